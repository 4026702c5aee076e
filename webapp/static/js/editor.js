/* The query editor: YASGUI on the local endpoint, project prefixes, saved queries, ontology
   autocompletion from /api/terms (never prefix.cc or LOV), result IRIs linked to entity pages
   with labels, downloads and a permalink. */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("editor-config").textContent);
  var Yasgui = window.Yasgui;
  var Yasqe = Yasgui.Yasqe;

  /* Security: YASR's table hands the *raw* value of every cell to its HTML sanitiser for
     DataTables' search/sort data, so a literal like <img src=x onerror=...> is parsed as markup
     (Chrome reports the blocked handler as a CSP violation; DataTables then re-parses the
     sanitised HTML in the live document). Give DataTables escaped text instead: it decodes it
     back to exactly the literal's text, and no markup from the data is ever parsed. */
  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  var Table = Yasgui.Yasr && Yasgui.Yasr.plugins && Yasgui.Yasr.plugins.table;
  if (Table && Table.prototype && typeof Table.prototype.getColumns === "function") {
    var getColumns = Table.prototype.getColumns;
    Table.prototype.getColumns = function () {
      return getColumns.apply(this, arguments).map(function (column) {
        var render = column.render;
        if (typeof render !== "function") return column;
        column.render = function (data, type, row, meta) {
          if ((type === "filter" || type === "sort" || !type) && data && typeof data === "object" &&
              typeof data.value === "string") {
            return escapeHtml(data.value);
          }
          return render.call(this, data, type, row, meta);
        };
        return column;
      });
    };
  }

  function prologue() {
    return Object.keys(config.prefixes).map(function (p) {
      return "PREFIX " + p + ": <" + config.prefixes[p] + ">";
    }).join("\n") + "\n";
  }

  function withPrologue(query) {
    var missing = Object.keys(config.prefixes).filter(function (p) {
      return new RegExp("^\\s*PREFIX\\s+" + p + ":", "mi").test(query) === false;
    });
    if (missing.length === Object.keys(config.prefixes).length) return prologue() + query;
    return query;
  }

  var termsPromise = null;
  function terms() {
    if (!termsPromise) {
      termsPromise = fetch(config.termsUrl, { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .catch(function () { return []; });
    }
    return termsPromise;
  }
  function termIris(kind) {
    return function () {
      return terms().then(function (list) {
        return list.filter(function (t) { return t.kind === kind; }).map(function (t) { return t.iri; });
      });
    };
  }
  Yasqe.forkAutocompleter("class", { name: "dg-class", get: termIris("class"), bulk: true, persistenceId: null }, false);
  Yasqe.forkAutocompleter("property", { name: "dg-property", get: termIris("property"), bulk: true, persistenceId: null }, false);
  var completers = ["variables", "prefixes", "dg-class", "dg-property"];
  Yasqe.defaults.autocompleters = completers.slice();
  Yasqe.defaults.prefixCcApi = null;

  var initial = config.query ? config.query :
    prologue() + "\nSELECT ?firm ?label WHERE {\n  ?firm a dg:Firm ; rdfs:label ?label .\n  FILTER(LANG(?label) = \"" + config.lang + "\")\n} ORDER BY ?label LIMIT 50\n";

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: config.endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    populateFromUrl: false,
    autofocus: false,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: config.endpoint }]; } },
    yasqe: { value: initial, collapsePrefixesOnLoad: true, editorHeight: "320px", autocompleters: completers, prefixCcApi: null, persistenceId: null,
             createShareableLink: function (yasqe) { return permalinkFor(yasqe.getValue()); } },
    yasr: { prefixes: config.prefixes, persistenceId: null }
  });

  function tab() { return yasgui.getTab(); }
  function currentQuery() { return tab().getYasqe().getValue(); }

  function permalinkFor(query) {
    return window.location.origin + window.location.pathname + "?query=" + encodeURIComponent(query);
  }
  function downloadUrl(fmt) {
    return config.endpoint + "?format=" + fmt + "&download=1&query=" + encodeURIComponent(currentQuery());
  }
  function refreshLinks() {
    var q = currentQuery();
    document.getElementById("permalink").href = permalinkFor(q);
    document.getElementById("download-csv").href = downloadUrl("csv");
    document.getElementById("download-json").href = downloadUrl("json");
  }

  function hookTab(t) {
    var yasqe = t.getYasqe();
    if (config.query && yasqe.getValue() !== config.query && !t.__dgInit) yasqe.setValue(config.query);
    t.__dgInit = true;
    yasqe.on("change", refreshLinks);
    var yasr = t.getYasr();
    yasr.on("drawn", function () { decorateResults(yasr.resultsEl); });
    refreshLinks();
  }
  hookTab(tab());
  yasgui.on("tabSelect", function () { setTimeout(function () { hookTab(tab()); }, 0); });

  /* Result IRIs under the public base link to the console's entity pages, with their labels. */
  function decorateResults(root) {
    if (!root) return;
    var anchors = Array.prototype.slice.call(root.querySelectorAll("a[href]"));
    var iris = anchors.map(function (a) { return a.getAttribute("href"); })
      .filter(function (h) { return /^https?:/.test(h); });
    if (!iris.length) return;
    var unique = iris.filter(function (v, i) { return iris.indexOf(v) === i; }).slice(0, 1000);
    fetch(config.labelsUrl + "?lang=" + encodeURIComponent(config.lang), {
      method: "POST", headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(unique)
    }).then(function (r) { return r.ok ? r.json() : {}; }).then(function (info) {
      anchors.forEach(function (a) {
        var iri = a.getAttribute("href");
        var item = info[iri];
        if (!item) return;
        if (iri.indexOf(config.idBase) === 0 || item.href.indexOf("/ontology") === 0) {
          a.setAttribute("href", item.href);
          a.removeAttribute("target");
          a.classList.add("entity-link");
        }
        if (iri.indexOf(config.idBase) === 0 && item.label && !a.parentNode.querySelector(".iri-label")) {
          var span = document.createElement("span");
          span.className = "iri-label";
          span.textContent = item.label;
          a.parentNode.insertBefore(span, a.nextSibling);
        }
      });
    }).catch(function () { /* labels are a nicety */ });
  }

  /* Saved queries: a click loads the query into the editor and runs it. */
  var byName = {};
  config.saved.forEach(function (q) { byName[q.name] = q; });
  Array.prototype.forEach.call(document.querySelectorAll(".saved-query"), function (button) {
    button.addEventListener("click", function () {
      var q = byName[button.getAttribute("data-name")];
      if (!q) return;
      var yasqe = tab().getYasqe();
      yasqe.setValue(withPrologue(q.sparql));
      refreshLinks();
      yasqe.query();
    });
  });
})();
