/* The money-flow graph: firms as nodes, agreements as edges (value direction), LOIs dashed,
   cycles red; click opens the entity page; checkboxes filter agreement types. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("flow-data").textContent);
  var container = document.getElementById("flow-graph");
  var colours = { investment: "#2b6cb0", compute: "#805ad5", cloud: "#0987a0", supply: "#dd6b20",
                  loan: "#2f855a", warrant: "#b7791f", lease: "#718096", other: "#a0aec0" };
  var elements = data.nodes.map(function (n) {
    return { group: "nodes", data: { id: n.id, label: n.label, href: n.href }, classes: n.on_cycle ? "cycle" : "" };
  }).concat(data.edges.map(function (e) {
    return { group: "edges", data: { id: e.id, source: e.source, target: e.target, label: e.label,
             href: e.href, category: e.category, colour: colours[e.category] || colours.other },
             classes: [e.loi ? "loi" : "", e.on_cycle ? "cycle" : "", "cat-" + e.category].join(" ") };
  }));
  var cy = window.cytoscape({
    container: container,
    elements: elements,
    layout: { name: data.nodes.length > 40 ? "cose" : "circle", animate: false, padding: 30 },
    style: [
      { selector: "node", style: { "label": "data(label)", "background-color": "#4a5568", "color": "#1a202c",
        "font-size": 12, "text-valign": "bottom", "text-margin-y": 4, "width": 26, "height": 26 } },
      { selector: "node.cycle", style: { "background-color": "#c53030", "border-width": 3, "border-color": "#feb2b2" } },
      { selector: "edge", style: { "width": 2, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
        "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "", "font-size": 9 } },
      { selector: "edge.loi", style: { "line-style": "dashed" } },
      { selector: "edge.cycle", style: { "width": 4, "line-color": "#c53030", "target-arrow-color": "#c53030" } },
      { selector: "edge:selected, edge.hover", style: { "label": "data(label)" } }
    ]
  });
  cy.on("tap", "node, edge", function (evt) {
    var href = evt.target.data("href");
    if (href) window.location.href = href;
  });
  cy.on("mouseover", "edge", function (evt) { evt.target.addClass("hover"); });
  cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); });
  Array.prototype.forEach.call(document.querySelectorAll(".flow-filter"), function (box) {
    box.addEventListener("change", function () {
      var edges = cy.edges(".cat-" + box.value);
      if (box.checked) edges.style("display", "element"); else edges.style("display", "none");
    });
  });
  container.setAttribute("data-rendered-nodes", String(cy.nodes().length));
  container.setAttribute("data-rendered-edges", String(cy.edges().length));
  window.dealgraphFlows = cy;
})();
