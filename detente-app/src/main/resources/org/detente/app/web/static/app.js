// détente dashboard: wires the as-of slider, charts (ECharts) and the goal graph (Cytoscape.js)
// to data the server put in data-* attributes. No business logic here: the server computed everything.
(function () {
  "use strict";
  var DAY = 86400000;

  function isoOfEpochDay(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

  function wireSlider() {
    var slider = document.getElementById("asof-slider");
    var date = document.getElementById("asof-date");
    var knownAt = document.getElementById("knownat-date");
    if (knownAt) {
      // an empty moment of knowledge means everything recorded: leave it out of the address
      knownAt.form.addEventListener("submit", function () { knownAt.disabled = knownAt.value === ""; });
    }
    if (!slider || !date) { return; }
    var pointer = false;
    slider.addEventListener("pointerdown", function () { pointer = true; });
    slider.addEventListener("input", function () {
      date.value = isoOfEpochDay(Number(slider.value));
      slider.setAttribute("aria-valuetext", date.value);
    });
    slider.addEventListener("change", function () {
      if (pointer) { pointer = false; slider.form.requestSubmit(); }
    });
    slider.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); slider.form.requestSubmit(); }
    });
  }

  function data(el, name) { return JSON.parse(el.getAttribute(name)); }

  var charts = [];
  function chart(el, option) {
    if (!window.echarts) { return; }
    var c = window.echarts.init(el, null, { renderer: "svg" });
    c.setOption(option);
    charts.push(c);
    el.setAttribute("data-rendered", "true");
  }
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });

  function staffChart(el) {
    var d = data(el, "data-chart");
    var series = [];
    d.series.forEach(function (s) {
      series.push({ name: s.name, type: "line", step: "end", data: s.points, showSymbol: false, lineStyle: { width: 2 } });
    });
    d.caps.forEach(function (s) {
      series.push({ name: s.name, type: "line", step: "end", data: s.points, showSymbol: false, lineStyle: { type: "dashed", width: 1.5 } });
    });
    d.markers.forEach(function (m) {
      series.push({ name: m.name, type: "scatter", data: m.points, symbol: m.symbol, symbolSize: 12,
        tooltip: { formatter: function (p) { return p.value[0] + ": " + p.value[2]; } } });
    });
    // A long ledger is drawn one point a month (or a quarter, a year): say so under the chart.
    if (d.resolution && d.resolution !== "day") {
      el.setAttribute("aria-label", el.getAttribute("aria-label") + ", one point a " + d.resolution);
    }
    chart(el, {
      animation: false, tooltip: { trigger: "item" }, legend: { type: "scroll", top: 0 },
      title: d.resolution && d.resolution !== "day" ? { text: "", subtext: "one point a " + d.resolution, right: 16, bottom: 0 } : undefined,
      grid: { left: 50, right: 16, top: 48, bottom: 40 },
      xAxis: { type: "time" }, yAxis: { type: "value", name: "staff" }, series: series,
      dataZoom: [{ type: "inside" }]
    });
  }

  function escalationChart(el) {
    var d = data(el, "data-chart");
    chart(el, {
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 50, right: 50, top: 40, bottom: 40 },
      xAxis: { type: "category", data: d.months },
      yAxis: [{ type: "value", name: "month" }, { type: "value", name: "cumulative" }],
      series: d.series.map(function (s) {
        return { name: s.name, type: s.kind, data: s.values, yAxisIndex: s.kind === "line" ? 1 : 0, showSymbol: false, step: s.kind === "line" ? "end" : undefined };
      }),
      dataZoom: [{ type: "inside" }]
    });
  }

  function eventsChart(el) {
    var d = data(el, "data-chart");
    var series = d.events.map(function (s) {
      return { name: s.name, type: "line", data: s.values, yAxisIndex: 0, showSymbol: false };
    });
    series.push({ name: d.ledger.name, type: "bar", data: d.ledger.values, yAxisIndex: 1 });
    chart(el, {
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 50, right: 50, top: 56, bottom: 40 },
      xAxis: { type: "category", data: d.months },
      yAxis: [{ type: "value", name: "events" }, { type: "value", name: "ledger" }],
      series: series,
      dataZoom: [{ type: "inside" }]
    });
  }

  function capacityChart(el) {
    var d = data(el, "data-chart");
    chart(el, {
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 60, right: 56, top: 84, bottom: 40 },
      xAxis: { type: "category", data: d.months, name: "months ahead", nameLocation: "middle", nameGap: 26 },
      yAxis: [{ type: "value", name: "applications" }, { type: "value", name: "wait (days)" }],
      series: [
        { name: "capacity a month", type: "line", data: d.capacity, showSymbol: false, lineStyle: { width: 2 } },
        { name: "demand a month", type: "line", data: d.demand, showSymbol: false, lineStyle: { type: "dashed", width: 2 } },
        { name: "backlog", type: "bar", data: d.backlog, barMaxWidth: 24 },
        { name: "expected wait (days)", type: "line", yAxisIndex: 1, data: d.waitDays, symbol: "triangle", symbolSize: 8 }
      ]
    });
  }

  function comparisonChart(el) {
    var d = data(el, "data-chart");
    function points(name, values, symbol, size) {
      return { name: name, type: "scatter", data: values, symbol: symbol, symbolSize: size,
        tooltip: { formatter: function (p) { return p.value[1] + " · " + p.value[2]; } } };
    }
    chart(el, {
      animation: false, tooltip: { trigger: "item" }, legend: { top: 0 },
      grid: { left: 140, right: 24, top: 40, bottom: 48 },
      xAxis: { type: "value", name: "months since the trigger", nameLocation: "middle", nameGap: 28, min: 0 },
      yAxis: { type: "category", data: d.cases, inverse: true },
      series: [points("goal met", d.met, "circle", 12), points("not met yet (censored)", d.open, "emptyCircle", 12),
        points("where the case stands", d.standing, "diamond", 16)]
    });
  }

  function goalGraph(el) {
    if (!window.cytoscape) { return; }
    var d = data(el, "data-graph");
    var cy = window.cytoscape({
      container: el, elements: d.elements, wheelSensitivity: 0.3,
      layout: { name: "preset", padding: 12 },
      style: [
        { selector: "node", style: { "label": "data(label)", "text-wrap": "wrap", "text-max-width": 130, "font-size": 10,
          "text-valign": "center", "text-halign": "center", "width": 150, "height": 58, "shape": "round-rectangle",
          "background-color": "data(fill)", "border-color": "data(stroke)", "border-width": 2, "color": "#1b1f24" } },
        { selector: "node:parent", style: { "label": "data(label)", "text-valign": "top", "font-size": 12, "font-weight": "bold",
          "background-color": "#f3f6f9", "border-color": "#aab4be", "border-width": 1, "padding": 10 } },
        { selector: "edge", style: { "width": 1.5, "line-color": "#8c959f", "target-arrow-color": "#8c959f", "target-arrow-shape": "triangle", "curve-style": "bezier" } },
        { selector: "node:selected", style: { "border-width": 4, "border-color": "#f59e0b" } }
      ]
    });
    cy.on("tap", "node", function (evt) {
      var id = evt.target.data("goal");
      if (!id) { return; }
      var details = document.getElementById("goal-" + id);
      if (details) {
        details.open = true;
        details.scrollIntoView({ block: "nearest" });
        var summary = details.querySelector("summary");
        if (summary) { summary.focus({ preventScroll: true }); }
      }
    });
    // The list of goals is the keyboard's way into the graph: opening a goal (Enter or Space on
    // its summary) selects and centres its node.
    document.querySelectorAll("details.goal").forEach(function (details) {
      details.addEventListener("toggle", function () {
        if (!details.open) { return; }
        var node = cy.nodes().filter(function (n) { return "goal-" + n.data("goal") === details.id; });
        if (node.length) {
          cy.nodes().unselect();
          node.select();
          cy.animate({ center: { eles: node } }, { duration: 0 });
          el.setAttribute("data-selected", node.data("goal"));
        }
      });
    });
    el.setAttribute("data-nodes", String(cy.nodes().filter(function (n) { return n.data("goal"); }).length));
    el.setAttribute("data-rendered", "true");
    window.detenteGraph = cy;
  }

  // After htmx replaces part of a page, move focus to what the server marked (a notice, the
  // errors of a form, or the result), so keyboard and screen-reader users land on the news.
  function focusMarked(root) {
    var target = root.querySelector ? root.querySelector("[data-autofocus]") : null;
    if (!target && root.hasAttribute && root.hasAttribute("data-autofocus")) { target = root; }
    if (target) { target.focus(); }
  }

  function init(root) {
    root.querySelectorAll("[data-staff-chart]").forEach(staffChart);
    root.querySelectorAll("[data-escalation-chart]").forEach(escalationChart);
    root.querySelectorAll("[data-events-chart]").forEach(eventsChart);
    root.querySelectorAll("[data-capacity-chart]").forEach(capacityChart);
    root.querySelectorAll("[data-goal-graph]").forEach(goalGraph);
    root.querySelectorAll("[data-comparison-chart]").forEach(comparisonChart);
  }

  document.addEventListener("DOMContentLoaded", function () {
    wireSlider();
    init(document);
  });
  // With outerHTML swaps the event's target is the element replaced; look up its successor by id.
  function swapped(e) {
    var old = e.detail && e.detail.target;
    var fresh = old && old.id ? document.getElementById(old.id) : null;
    return fresh || (old && old.isConnected ? old : document);
  }
  document.addEventListener("htmx:afterSettle", function (e) {
    var root = swapped(e);
    init(root);
    focusMarked(root);
  });
})();
