/* The money-flow graph, force-directed: firms as nodes; parallel agreements between two firms in
   one direction and category merged into one link, its width by amount and its label the
   category and amount; category colours kept, cycles drawn as a red halo, letters of intent
   dashed. Checkboxes filter categories; the picker isolates a cycle or a firm and its partners;
   a click opens the entity page. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("flow-data").textContent);
  var container = document.getElementById("flow-graph");
  var colours = { investment: "#2b6cb0", compute: "#805ad5", cloud: "#0987a0", supply: "#dd6b20",
                  loan: "#2f855a", warrant: "#b7791f", lease: "#718096", other: "#a0aec0" };
  var maxAmount = data.links.reduce(function (m, l) { return Math.max(m, l.amountUSD || 0); }, 1);
  function width(amount) {
    return amount ? 1.5 + 8 * Math.log(1 + amount) / Math.log(1 + maxAmount) : 1.5;
  }
  var elements = data.nodes.map(function (n) {
    return { group: "nodes", data: { id: n.id, label: n.label, href: n.href }, classes: n.on_cycle ? "cycle" : "" };
  }).concat(data.links.map(function (l) {
    return { group: "edges",
             data: { id: l.id, source: l.source, target: l.target, label: l.label, href: l.href,
                     category: l.category, colour: colours[l.category] || colours.other,
                     width: width(l.amountUSD), agreements: l.agreements.length },
             classes: [l.loi ? "loi" : "", l.on_cycle ? "cycle" : "", "cat-" + l.category].join(" ") };
  }));
  var LAYOUT = { name: "cose", animate: false, padding: 40, randomize: false, nodeRepulsion: 1500000,
                 idealEdgeLength: 200, edgeElasticity: 60, componentSpacing: 40, nodeOverlap: 120,
                 gravity: 0.6, numIter: 2500 };
  var cy = window.cytoscape({
    container: container,
    elements: elements,
    maxZoom: 2,
    minZoom: 0.2,
    layout: LAYOUT,
    style: [
      { selector: "node", style: { "label": "data(label)", "background-color": "#4a5568", "color": "#1a202c",
        "font-size": 12, "text-valign": "bottom", "text-margin-y": 4, "width": 26, "height": 26 } },
      { selector: "node.cycle", style: { "border-width": 4, "border-color": "#e53e3e" } },
      { selector: "edge", style: { "width": "data(width)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier",
        "label": "data(label)", "font-size": 9, "color": "#2d3748", "text-rotation": "autorotate",
        "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "edge.loi", style: { "line-style": "dashed" } },
      { selector: "edge.cycle", style: { "underlay-color": "#e53e3e", "underlay-opacity": 0.35,
        "underlay-padding": 4 } }
    ]
  });
  cy.on("tap", "node, edge", function (evt) {
    var href = evt.target.data("href");
    if (href) window.location.href = href;
  });

  var hiddenCategories = {};
  var focus = null;
  function apply() {
    cy.batch(function () {
      var hidden = cy.edges().filter(function (e) { return hiddenCategories[e.data("category")]; });
      if (focus) hidden = hidden.union(cy.elements().not(focus()));
      cy.elements().not(hidden).removeClass("faded").style("display", "element");
      hidden.addClass("faded").style("display", "none");
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll(".flow-filter"), function (box) {
    box.addEventListener("change", function () {
      hiddenCategories[box.value] = !box.checked;
      apply();
    });
  });
  var cycles = {};
  data.cycles.forEach(function (c) { cycles[c.iri] = c.members; });
  document.getElementById("flow-focus").addEventListener("change", function (evt) {
    var value = evt.target.value;
    if (!value) {
      focus = null;
    } else if (value.indexOf("cycle:") === 0) {
      var members = cycles[value.slice(6)] || [];
      focus = function () {
        var nodes = cy.nodes().filter(function (n) { return members.indexOf(n.id()) >= 0; });
        return nodes.union(nodes.edgesWith(nodes).filter(".cycle"));
      };
    } else {
      var firm = cy.getElementById(value.slice(5));
      focus = function () { return firm.closedNeighborhood(); };
    }
    apply();
    cy.elements(":visible").layout(LAYOUT).run();
    cy.fit(cy.elements(":visible"), 40);
  });
  container.setAttribute("data-rendered-nodes", String(cy.nodes().length));
  container.setAttribute("data-rendered-edges", String(cy.edges().length));
  window.dealgraphFlows = cy;
})();
