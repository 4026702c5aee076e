/* Search box with label autocompletion in both languages (typing 英伟 offers Nvidia). */
(function () {
  "use strict";
  var box = document.getElementById("search-box");
  var list = document.getElementById("search-suggestions");
  if (!box || !list) return;
  var url = document.body.getAttribute("data-autocomplete-url");
  var lang = document.body.getAttribute("data-lang") || "en";
  var timer = null, seq = 0, active = -1;

  function clear() { list.textContent = ""; list.hidden = true; active = -1; }

  function render(items) {
    list.textContent = "";
    active = -1;
    items.forEach(function (item) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      var a = document.createElement("a");
      a.href = item.href;
      a.textContent = item.label;
      li.appendChild(a);
      if (item.matched && item.matched !== item.label) {
        var m = document.createElement("span");
        m.className = "muted";
        m.textContent = " (" + item.matched + ")";
        li.appendChild(m);
      }
      if (item.types && item.types.length) {
        var t = document.createElement("span");
        t.className = "type";
        t.textContent = item.types[0];
        li.appendChild(t);
      }
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
  }

  function lookup() {
    var q = box.value.trim();
    if (!q) { clear(); return; }
    var mine = ++seq;
    fetch(url + "?limit=10&lang=" + encodeURIComponent(lang) + "&q=" + encodeURIComponent(q),
          { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (items) { if (mine === seq) render(items); })
      .catch(function () { clear(); });
  }

  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 120);
  });
  box.addEventListener("keydown", function (e) {
    var items = list.querySelectorAll("li");
    if (!items.length) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      active = (active + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
      items.forEach(function (li, i) { li.classList.toggle("active", i === active); });
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      window.location.href = items[active].querySelector("a").href;
    } else if (e.key === "Escape") {
      clear();
    }
  });
  document.addEventListener("click", function (e) {
    if (!list.contains(e.target) && e.target !== box) clear();
  });
})();

/* US-dollar amounts as people read them (the same rules as webapp/money.py):
   "$1.2 bn" / "$300 m" in English, "12亿美元" / "250万美元" in Chinese. */
window.dealgraphUsd = function (value, lang) {
  "use strict";
  var n = Number(value);
  if (value === null || value === undefined || value === "" || !isFinite(n)) return String(value || "");
  function short(x) { return String(Math.round(x * 10) / 10); }
  if (lang === "zh") {
    if (Math.abs(n) >= 1e8) return short(n / 1e8) + "亿美元";
    if (Math.abs(n) >= 1e4) return short(n / 1e4) + "万美元";
    return short(n) + "美元";
  }
  if (Math.abs(n) >= 1e9) return "$" + short(n / 1e9) + " bn";
  if (Math.abs(n) >= 1e6) return "$" + short(n / 1e6) + " m";
  return "$" + short(n);
};
