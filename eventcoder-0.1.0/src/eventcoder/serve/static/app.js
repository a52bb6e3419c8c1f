/* The web page: filters -> /events (GeoJSON) -> map, timeline (brush), table; a click opens the
 * event panel with the article text and its evidence highlighted. No CDN: everything comes from
 * this app's own routes. Text reaches the DOM via textContent only (see common.js). */
(function () {
  "use strict";

  var PAGE = 5000;
  var DAY = 86400000;
  var config = JSON.parse(document.getElementById("ec-config").textContent);
  var state = { events: [], total: 0, period: null, selected: null };

  // ---------- map ----------
  var map = EC.baseMap("map", config);
  map.setView([20, 10], 2);
  map.attributionControl.addAttribution("Borders: Natural Earth (world-atlas); admin1 names from the events");
  fetch("/vendor/countries-50m.json")
    .then(function (r) { return r.json(); })
    .then(function (topology) { EC.bordersLayer(topology).addTo(map).bringToBack(); })
    .catch(function (err) { setStatus("borders unavailable: " + err); });
  // No cluster animation: re-filtering while a zoom animation runs trips markercluster up.
  var cluster = EC.clusterGroup({ animate: false });
  var updateLabels = EC.labelPanes(map, function () { return cluster.getLayers().length > 25; });
  var regions = L.layerGroup().addTo(map);
  map.addLayer(cluster);
  var legend = EC.legend(map);
  var markersById = {};

  // ---------- filters ----------
  var form = document.getElementById("filters");
  var typeSelect = document.getElementById("f-type");
  EC.TYPES.forEach(function (t) {
    var opt = EC.el("option", null, t);
    opt.value = t;
    typeSelect.appendChild(opt);
  });

  function setStatus(text) {
    document.getElementById("status").textContent = text;
  }

  function queryString() {
    var params = new URLSearchParams({ format: "geojson", limit: String(PAGE), sort: "-event_date" });
    new FormData(form).forEach(function (value, key) {
      var v = String(value).trim();
      if (v) params.set(key, v);
    });
    return params.toString();
  }

  function load() {
    setStatus("loading…");
    return fetch("/events?" + queryString(), { headers: { Accept: "application/geo+json" } })
      .then(function (r) {
        if (!r.ok) return r.json().then(function (b) { throw new Error(JSON.stringify(b.detail)); });
        return r.json();
      })
      .then(function (fc) {
        state.events = fc.features.map(function (f) {
          var ev = Object.assign({}, f.properties);
          ev.event_id = f.id;
          ev.latitude = f.geometry ? f.geometry.coordinates[1] : null;
          ev.longitude = f.geometry ? f.geometry.coordinates[0] : null;
          ev.span = eventSpan(ev);
          return ev;
        });
        state.total = fc.numberMatched;
        drawTimeline();
        refresh();
      })
      .catch(function (err) { setStatus("could not load events: " + err.message); });
  }

  /* Every stored country, from /stats, not just those among the events loaded. */
  function fillCountries() {
    return fetch("/stats")
      .then(function (r) { return r.json(); })
      .then(function (stats) {
        var select = document.getElementById("f-country");
        Object.keys(stats.by_country || {}).filter(function (c) { return c !== "unknown"; })
          .sort()
          .forEach(function (c) {
            var opt = EC.el("option", null, c + " (" + stats.by_country[c] + ")");
            opt.value = c;
            select.appendChild(opt);
          });
      })
      .catch(function () { /* the filter still works by typing in the API; keep the page */ });
  }

  form.addEventListener("submit", function (e) { e.preventDefault(); load(); });
  typeSelect.addEventListener("change", load);
  document.getElementById("f-country").addEventListener("change", load);
  document.getElementById("f-reset").addEventListener("click", function () {
    form.reset();
    state.period = null;
    load();
  });

  // ---------- dates ----------
  function parseDay(text) {
    if (!text) return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text);
    if (!m) return null;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  }

  /* [first day, last day] an event may have happened on, in ms; imprecise dates stay wide. */
  function eventSpan(ev) {
    var start = parseDay(ev.date_start || ev.event_date);
    var end = parseDay(ev.date_end || ev.event_date || ev.date_start);
    if (start === null) return null;
    return [start, end === null ? start : Math.max(start, end)];
  }

  function weekStart(ms) {
    var day = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
    return ms - day * DAY;
  }

  function iso(ms) {
    return new Date(ms).toISOString().slice(0, 10);
  }

  function inPeriod(ev) {
    if (!state.period) return true;
    return ev.span !== null && ev.span[0] <= state.period[1] && ev.span[1] >= state.period[0];
  }

  // ---------- timeline with brush ----------
  var svg = document.getElementById("timeline-svg");
  var SVGNS = "http://www.w3.org/2000/svg";
  var scale = null;

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function drawTimeline() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var dated = state.events.filter(function (e) { return e.span; });
    var width = svg.clientWidth || 600;
    var height = svg.clientHeight || 80;
    if (!dated.length) {
      scale = null;
      var none = svgEl("text", { x: 8, y: 20, class: "tl-axis" });
      none.textContent = "no dated events";
      svg.appendChild(none);
      return;
    }
    // Events known only to the month (or a range over a week) count in the week their range
    // starts, drawn lighter: the bar does not pretend to know the day.
    var counts = {};
    var vague = {};
    dated.forEach(function (e) {
      var w = weekStart(e.span[0]);
      counts[w] = (counts[w] || 0) + 1;
      if (e.span[1] - e.span[0] >= 7 * DAY) vague[w] = (vague[w] || 0) + 1;
    });
    var weeks = Object.keys(counts).map(Number).sort(function (a, b) { return a - b; });
    var first = Math.min.apply(null, weeks);
    var last = Math.max.apply(null, weeks) + 7 * DAY;
    var max = Math.max.apply(null, weeks.map(function (w) { return counts[w]; }));
    var pad = 4;
    var plotH = height - 16;
    scale = {
      first: first, last: last, width: width,
      x: function (ms) { return pad + (ms - first) / (last - first) * (width - 2 * pad); },
      ms: function (x) { return first + (x - pad) / (width - 2 * pad) * (last - first); },
    };
    var barW = Math.max(1, scale.x(first + 7 * DAY) - scale.x(first) - 1);
    weeks.forEach(function (w) {
      var h = Math.max(2, counts[w] / max * (plotH - 4));
      var bar = svgEl("rect", {
        x: scale.x(w), y: plotH - h, width: barW, height: h, class: "tl-bar",
        "data-week": iso(w),
      });
      var tip = svgEl("title", {});
      tip.textContent = "week of " + iso(w) + ": " + counts[w] + " event(s)" +
        (vague[w] ? ", " + vague[w] + " dated only to a longer period starting this week" : "");
      bar.appendChild(tip);
      svg.appendChild(bar);
      if (vague[w]) {
        var vh = vague[w] / counts[w] * h;
        svg.appendChild(svgEl("rect", {
          x: scale.x(w), y: plotH - h, width: barW, height: vh, class: "tl-vague",
        }));
      }
    });
    var ticks = Math.min(6, weeks.length + 1);
    for (var i = 0; i < ticks; i++) {
      var ms = first + (last - first) * i / Math.max(1, ticks - 1);
      var label = svgEl("text", {
        x: scale.x(ms), y: height - 3, class: "tl-axis",
        "text-anchor": i === 0 ? "start" : i === ticks - 1 ? "end" : "middle",
      });
      label.textContent = iso(weekStart(ms));
      svg.appendChild(label);
    }
    brushRect = svgEl("rect", { class: "tl-brush", y: 0, height: plotH, x: 0, width: 0 });
    svg.appendChild(brushRect);
    showBrush();
  }

  var brushRect = null;
  var dragFrom = null;

  function showBrush() {
    var label = document.getElementById("brush-label");
    var clear = document.getElementById("brush-clear");
    if (!state.period || !scale || !brushRect) {
      if (brushRect) brushRect.setAttribute("width", 0);
      label.textContent = "drag to select a period";
      clear.hidden = true;
      return;
    }
    var x0 = scale.x(Math.max(state.period[0], scale.first));
    var x1 = scale.x(Math.min(state.period[1] + DAY, scale.last));
    brushRect.setAttribute("x", x0);
    brushRect.setAttribute("width", Math.max(1, x1 - x0));
    label.textContent = iso(state.period[0]) + " to " + iso(state.period[1]);
    clear.hidden = false;
    Array.prototype.forEach.call(svg.querySelectorAll(".tl-bar"), function (bar) {
      var w = parseDay(bar.getAttribute("data-week"));
      bar.classList.toggle("tl-in", w <= state.period[1] && w + 6 * DAY >= state.period[0]);
    });
  }

  function svgX(evt) {
    var box = svg.getBoundingClientRect();
    return Math.max(0, Math.min(box.width, evt.clientX - box.left));
  }

  svg.addEventListener("pointerdown", function (evt) {
    if (!scale) return;
    dragFrom = svgX(evt);
    svg.setPointerCapture(evt.pointerId);
  });
  svg.addEventListener("pointermove", function (evt) {
    if (dragFrom === null) return;
    var x = svgX(evt);
    brushRect.setAttribute("x", Math.min(dragFrom, x));
    brushRect.setAttribute("width", Math.abs(x - dragFrom));
  });
  svg.addEventListener("pointerup", function (evt) {
    if (dragFrom === null) return;
    var x = svgX(evt);
    var a = Math.min(dragFrom, x);
    var b = Math.max(dragFrom, x);
    dragFrom = null;
    if (b - a < 3) {
      state.period = null; // a click clears the period
    } else {
      // Snap to whole weeks so the selection matches the bars it covers.
      state.period = [weekStart(scale.ms(a)), weekStart(scale.ms(b)) + 6 * DAY];
    }
    showBrush();
    refresh();
  });
  document.getElementById("brush-clear").addEventListener("click", function () {
    state.period = null;
    showBrush();
    refresh();
  });

  // ---------- markers and table ----------
  function refresh() {
    var visible = state.events.filter(inPeriod);
    cluster.unspiderfy(); // clearing spiderfied markers confuses markercluster
    map.closePopup();
    cluster.clearLayers();
    markersById = {};
    var markers = [];
    visible.forEach(function (ev) {
      if (ev.latitude === null || ev.longitude === null) return;
      var marker = EC.markerFor(ev, function () { selectEvent(ev.event_id); });
      markersById[ev.event_id] = marker;
      markers.push(marker);
    });
    cluster.addLayers(markers);
    // admin1 names of the events shown, from their own admin1 field (no boundaries offline)
    map.removeLayer(regions);
    regions = EC.regionLabels(visible).addTo(map);
    drawTable(visible);
    var shown = visible.length + " of " + state.total + " events";
    if (state.total > state.events.length) shown += " (first " + state.events.length + " loaded)";
    if (visible.length > markers.length) shown += ", " + (visible.length - markers.length) + " not located";
    setStatus(shown);
    if (markers.length && !state.period) {
      // Not animated: markercluster draws only the markers inside the view, so during a pan
      // animation a freshly filtered marker has no element yet and cannot be clicked.
      EC.fitEvents(map, cluster.getBounds(), legend);
    }
    updateLabels();
  }

  function drawTable(events) {
    var body = document.querySelector("#events-table tbody");
    while (body.firstChild) body.removeChild(body.firstChild);
    events.slice(0, 1000).forEach(function (ev) {
      var tr = EC.el("tr");
      tr.setAttribute("data-event-id", ev.event_id);
      if (ev.event_id === state.selected) tr.className = "selected";
      var date = ev.date_start && ev.date_end && ev.date_start !== ev.date_end
        ? ev.date_start + " – " + ev.date_end
        : ev.event_date || ev.date_start || "";
      var typeCell = EC.el("td");
      var dot = EC.el("span", "type-dot ec-t-" + EC.typeIndex(ev.event_type));
      typeCell.appendChild(dot);
      typeCell.appendChild(document.createTextNode(ev.event_type));
      [date].forEach(function (v) { tr.appendChild(EC.el("td", null, v)); });
      tr.appendChild(typeCell);
      [ev.sub_event_type, ev.actor1, ev.actor2, ev.location, ev.country,
        ev.fatalities === null || ev.fatalities === undefined ? "?" : ev.fatalities]
        .forEach(function (v) { tr.appendChild(EC.el("td", null, v === null ? "" : v)); });
      tr.tabIndex = 0;
      tr.addEventListener("click", function () { selectEvent(ev.event_id, true); });
      tr.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectEvent(ev.event_id, true); }
      });
      body.appendChild(tr);
    });
  }

  /* Bring a marker into view, opening its cluster if it shares a spot with others. (Not
   * markercluster's zoomToShowLayer: its pending listener outlives a re-filter and throws.) */
  function showMarker(marker, done) {
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), 6), { animate: false });
    var parent = cluster.getVisibleParent(marker);
    if (parent && parent !== marker && parent.spiderfy) parent.spiderfy();
    done();
  }

  // ---------- event panel ----------
  function selectEvent(eventId, fromTable) {
    state.selected = eventId;
    Array.prototype.forEach.call(document.querySelectorAll("#events-table tr.selected"),
      function (tr) { tr.classList.remove("selected"); });
    var row = document.querySelector('#events-table tr[data-event-id="' + CSS.escape(eventId) + '"]');
    if (row) { row.classList.add("selected"); if (!fromTable) row.scrollIntoView({ block: "nearest" }); }
    Array.prototype.forEach.call(document.querySelectorAll(".ec-marker.ec-selected"),
      function (node) { node.classList.remove("ec-selected"); });
    var marker = markersById[eventId];
    function mark() {
      var node = marker && marker.getElement();
      if (node) node.classList.add("ec-selected");
    }
    if (fromTable && marker) showMarker(marker, mark); else mark();
    var panel = document.getElementById("panel");
    panel.textContent = "loading…";
    fetch("/events/" + encodeURIComponent(eventId))
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (ev) { return showEvent(panel, ev); })
      .catch(function (err) { panel.textContent = "could not load event: " + err.message; });
  }

  function showEvent(panel, ev) {
    panel.textContent = "";
    var head = EC.el("h2", null, ev.event_type + " · " + ev.sub_event_type);
    head.style.borderLeftColor = EC.colour(ev.event_type);
    panel.appendChild(head);
    var dl = EC.el("dl");
    function add(label, value) {
      dl.appendChild(EC.el("dt", null, label));
      dl.appendChild(EC.el("dd", null, value));
    }
    add("Actors", EC.actorsLabel(ev));
    add("Date", EC.dateLabel(ev));
    add("Place", EC.placeLabel(ev) + (ev.geo_precision ? " (precision " + ev.geo_precision + ")" : ""));
    add("Fatalities", EC.fatalitiesLabel(ev));
    if (ev.injured !== null && ev.injured !== undefined) add("Injured", ev.injured);
    add("Modality", ev.modality);
    if (ev.notes) add("Notes", ev.notes);
    add("Event id", ev.event_id);
    panel.appendChild(dl);
    var sources = ev.sources || [];
    return Promise.all(sources.slice(0, 10).map(function (src) {
      return fetch("/articles/" + encodeURIComponent(src.id))
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (article) { if (article) panel.appendChild(articleBox(article, ev)); });
    })).then(function () {
      var first = panel.querySelector("mark.ec-evidence");
      if (first) first.scrollIntoView({ block: "center" });
    });
  }

  function articleBox(article, ev) {
    var box = EC.el("section", "article");
    box.setAttribute("data-article-id", article.id);
    box.appendChild(EC.el("h3", null, article.title || article.id));
    var meta = [article.source, article.published, article.language].filter(Boolean).join(" · ");
    var metaLine = EC.el("div", "article-meta", meta);
    var href = EC.safeHttpUrl(article.url);
    if (href) {
      var link = EC.el("a", null, " original");
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      metaLine.appendChild(link);
    }
    box.appendChild(metaLine);
    var spans = (ev.evidence || [])
      .filter(function (e) { return e.article_id === article.id; })
      .map(function (e) { return { start: e.start, end: e.end, label: e.field }; });
    box.appendChild(EC.appendHighlighted(EC.el("div", "article-text"), article.text, spans));
    return box;
  }

  window.addEventListener("resize", function () { drawTimeline(); });
  window.eventcoderPage = { state: state, map: map, cluster: cluster, markers: function () { return markersById; }, regions: function () { return regions; }, reload: load };
  fillCountries();
  load();
})();
