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
    yasqe.on("change", function () { declareKnownPrefixes(yasqe); });
    var yasr = t.getYasr();
    yasr.on("drawn", function () {
      decorateResults(yasr.resultsEl);
      if (scrollToResults) {
        scrollToResults = false;
        yasr.rootEl.scrollIntoView({ block: "start" });
      }
    });
    refreshLinks();
  }
  /* A known prefix (dg:, rdfs:, ...) used but not declared gets its PREFIX line, as YASQE does
     when one is picked from autocompletion: the editor marks no error, and what runs is what
     the editor shows. */
  function declareKnownPrefixes(yasqe) {
    var text = yasqe.getValue();
    var declared = yasqe.getPrefixesFromQuery ? yasqe.getPrefixesFromQuery() : {};
    var missing = {};
    var used = /(^|[\s({,;\/^|!])([A-Za-z][\w-]*):[A-Za-z_]/g;
    var match;
    while ((match = used.exec(text)) !== null) {
      var name = match[2];
      if (config.prefixes[name] && !declared[name]) missing[name] = config.prefixes[name];
    }
    if (Object.keys(missing).length) yasqe.addPrefixes(missing);
  }
  var scrollToResults = false;
  /* Run the editor's query; a failure (e.g. a syntax error) is shown in the results pane,
     not thrown as an unhandled rejection. */
  function run(yasqe) {
    var running = yasqe.query();
    if (running && typeof running.catch === "function") running.catch(function () {});
  }
  hookTab(tab());
  if (config.query) {  /* a permalink runs its query */
    scrollToResults = true;
    run(tab().getYasqe());
  }
  yasgui.on("tabSelect", function () { setTimeout(function () { hookTab(tab()); }, 0); });

  /* Typed literals show as values ("300000000"^^xsd:decimal as 300000000), amounts in US
     dollars as money ($300 m, 3亿美元) in the page's language. */
  var MONEY_COLUMN = /amount|usd|price/i;
  function showValues(root) {
    var headers = Array.prototype.map.call(root.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    Array.prototype.forEach.call(root.querySelectorAll("tbody td span.nonIri"), function (span) {
      var sup = span.querySelector("sup");
      var datatype = sup && sup.querySelector("a");
      if (!datatype || span.classList.contains("typed-value")) return;
      var raw = span.textContent.slice(0, span.textContent.length - sup.textContent.length);
      var value = raw.replace(/^"|"$/g, "");
      var cell = span.closest("td");
      var column = headers[cell ? cell.cellIndex : -1] || "";
      var numeric = /(decimal|integer|double|float)$/.test(datatype.textContent);
      span.textContent = numeric && MONEY_COLUMN.test(column) ? window.dealgraphUsd(value, config.lang) : value;
      span.title = value + " (" + datatype.textContent + ")";
      span.classList.add("typed-value");
      if (numeric) span.classList.add("num");
    });
  }

  /* Result IRIs under the public base link to the console's entity pages, with their labels. */
  function decorateResults(root) {
    if (!root) return;
    showValues(root);
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

  /* A bound parameter as a SPARQL term: <iri>, http(s) IRI, prefixed name (id:firm/openai),
     or else a plain literal. */
  function parameterTerm(text) {
    var value = text.trim();
    if (/^<[^<>"{}|^`\\\s]*>$/.test(value)) return value;
    if (/^https?:\/\/[^<>"{}|^`\\\s]+$/.test(value)) return "<" + value + ">";
    var m = /^([A-Za-z][\w-]*):([^<>"{}|^`\\\s]+)$/.exec(value);
    if (m && config.prefixes[m[1]]) return "<" + config.prefixes[m[1]] + m[2] + ">";
    return JSON.stringify(value);
  }
  function withBindings(q, item) {
    var values = [];
    Array.prototype.forEach.call(item.querySelectorAll("input[data-param]"), function (input) {
      if (input.value.trim()) values.push("VALUES ?" + input.getAttribute("data-param") + " { " + parameterTerm(input.value) + " }");
    });
    return values.length ? q.sparql.replace(/\s*$/, "\n") + values.join("\n") + "\n" : q.sparql;
  }

  /* Saved queries: a click (or Enter in a parameter) loads the query, with its bound
     parameters, into the editor, runs it and scrolls to the results. */
  var byName = {};
  config.saved.forEach(function (q) { byName[q.name] = q; });
  function runSaved(item) {
    var q = byName[item.getAttribute("data-name")];
    if (!q) return;
    var yasqe = tab().getYasqe();
    yasqe.setValue(withPrologue(withBindings(q, item)));
    refreshLinks();
    scrollToResults = true;
    run(yasqe);
  }
  Array.prototype.forEach.call(document.querySelectorAll(".saved-item"), function (item) {
    item.querySelector(".saved-query").addEventListener("click", function () { runSaved(item); });
    Array.prototype.forEach.call(item.querySelectorAll("input[data-param]"), function (input) {
      input.addEventListener("keydown", function (e) {
        if (e.key === "Enter") { e.preventDefault(); runSaved(item); }
      });
    });
  });
})();

/* YASGUI speaks English only: in the Chinese console, its labels are translated in place
   (text nodes and placeholders/titles), also as it redraws. */
(function () {
  "use strict";
  if ((document.body.getAttribute("data-lang") || "en") !== "zh") return;
  var root = document.getElementById("yasgui");
  if (!root) return;
  var WORDS = {
    "Table": "表格", "Response": "原始响应", "Simple view": "简洁视图", "Ellipse": "截断长文本",
    "Page size:": "每页行数：", "Query": "查询", "Filter query results": "筛选查询结果",
    "Download result": "下载结果", "Open help": "帮助", "Show all": "显示全部",
    "Edit endpoint": "编辑端点", "Run query": "运行查询", "Share query": "分享查询",
    "No results": "无结果", "Previous": "上一页", "Next": "下一页", "First": "首页", "Last": "末页"
  };
  var PATTERNS = [
    [/^(\d+) results? in ([\d.]+) seconds?$/, "$1 条结果，用时 $2 秒"],
    [/^Showing (\d+) to (\d+) of (\d+) entries$/, "第 $1 至 $2 条，共 $3 条"],
    [/^Showing (\d+) to (\d+) of (\d+) entries \(filtered from (\d+) total entries\)$/, "第 $1 至 $2 条，共 $3 条（从 $4 条中筛选）"]
  ];
  function translate(text) {
    var trimmed = text.trim();
    if (WORDS[trimmed]) return text.replace(trimmed, WORDS[trimmed]);
    for (var i = 0; i < PATTERNS.length; i++) {
      if (PATTERNS[i][0].test(trimmed)) return text.replace(trimmed, trimmed.replace(PATTERNS[i][0], PATTERNS[i][1]));
    }
    return null;
  }
  function walk(node) {
    if (node.nodeType === 3) {
      var done = translate(node.nodeValue);
      if (done !== null && done !== node.nodeValue) node.nodeValue = done;
      return;
    }
    if (node.nodeType !== 1 || node.classList.contains("CodeMirror") || node.closest("tbody")) return;
    ["placeholder", "title", "aria-label"].forEach(function (name) {
      var value = node.getAttribute(name);
      var done = value && translate(value);
      if (done) node.setAttribute(name, done);
    });
    Array.prototype.forEach.call(node.childNodes, walk);
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; walk(root); });
  }).observe(root, { childList: true, subtree: true, characterData: true });
  walk(root);
})();
