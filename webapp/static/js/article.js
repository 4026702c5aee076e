/* Article view: hovering a fact in the list highlights its spans in the text, and back. */
(function () {
  "use strict";
  function spans(id) { return document.querySelectorAll('.article-text [data-facts~="' + id + '"]'); }
  Array.prototype.forEach.call(document.querySelectorAll("[data-fact]"), function (li) {
    var id = li.getAttribute("data-fact");
    li.addEventListener("mouseenter", function () {
      Array.prototype.forEach.call(spans(id), function (s) { s.classList.add("focus"); });
    });
    li.addEventListener("mouseleave", function () {
      Array.prototype.forEach.call(spans(id), function (s) { s.classList.remove("focus"); });
    });
  });
  if (window.location.hash) {
    var target = document.getElementById(window.location.hash.slice(1));
    if (target) target.classList.add("focus");
  }
})();
