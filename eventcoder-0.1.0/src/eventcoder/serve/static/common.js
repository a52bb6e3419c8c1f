/* Shared by the web page and the self-contained map.html: colours, markers, popups, highlighting.
 * Every piece of event or article text reaches the DOM through textContent, never innerHTML,
 * so a hostile article cannot inject markup. */
(function (global) {
  "use strict";

  var TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
  ];
  var COLOURS = ["#d62728", "#ff7f0e", "#9467bd", "#2ca02c", "#8c564b", "#1f77b4", "#7f7f7f"];

  function typeIndex(eventType) {
    var i = TYPES.indexOf(eventType);
    return i < 0 ? TYPES.length : i;
  }

  function colour(eventType) {
    return COLOURS[typeIndex(eventType)];
  }

  /* Marker diameter in pixels: area grows with fatalities, capped so one massacre does not
   * hide a country. Unknown fatalities get the base size (and a white heart via CSS). */
  function markerSize(fatalities) {
    if (fatalities === null || fatalities === undefined) return 12;
    return Math.round(Math.min(12 + 4 * Math.sqrt(fatalities), 40));
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function safeHttpUrl(url) {
    if (!url) return null;
    try {
      var parsed = new URL(url);
      return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
    } catch (e) {
      return null;
    }
  }

  function dateLabel(ev) {
    var range = ev.date_start && ev.date_end && ev.date_start !== ev.date_end
      ? ev.date_start + " to " + ev.date_end
      : ev.event_date || ev.date_start || "unknown";
    var precision = { 1: "day", 2: "within a week", 3: "month or vaguer" }[ev.time_precision];
    return precision ? range + " (" + precision + ")" : range;
  }

  function actorsLabel(ev) {
    function side(actor, assoc) {
      if (!actor) return null;
      return assoc ? actor + " (with " + assoc + ")" : actor;
    }
    var one = side(ev.actor1, ev.assoc_actor_1);
    var two = side(ev.actor2, ev.assoc_actor_2);
    if (one && two) return one + " vs " + two;
    return one || two || "unknown";
  }

  function fatalitiesLabel(ev) {
    var text = ev.fatalities === null || ev.fatalities === undefined
      ? "not reported"
      : String(ev.fatalities);
    var claims = (ev.fatalities_claimed || []).map(function (claim) {
      var figure = claim.low === claim.high || claim.high === null || claim.high === undefined
        ? claim.low
        : claim.low + "-" + claim.high;
      var what = figure === null || figure === undefined ? "“" + claim.text + "”" : figure;
      return what + (claim.claimant ? " claimed by " + claim.claimant : " claimed");
    });
    return claims.length ? text + "; " + claims.join("; ") : text;
  }

  /* The name a map label gives an event's place: the town, else the region, else the country. */
  function placeName(ev) {
    return ev.location || ev.admin1 || ev.country || null;
  }

  function placeLabel(ev) {
    var parts = [ev.location, ev.admin1, ev.country].filter(function (p, i, all) {
      return p && all.indexOf(p) === i;
    });
    return parts.length ? parts.join(", ") : "unknown";
  }

  /* Append text to parent with the given [start, end) spans wrapped in <mark>. Overlapping spans
   * are merged; labels say which fields a span supports. */
  function appendHighlighted(parent, text, spans) {
    var sorted = (spans || [])
      .filter(function (s) { return s.end > s.start && s.start >= 0 && s.start < text.length; })
      .map(function (s) {
        return { start: s.start, end: Math.min(s.end, text.length), labels: s.label ? [s.label] : [] };
      })
      .sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var merged = [];
    sorted.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        s.labels.forEach(function (l) { if (last.labels.indexOf(l) < 0) last.labels.push(l); });
      } else {
        merged.push(s);
      }
    });
    var cursor = 0;
    merged.forEach(function (s) {
      if (s.start > cursor) parent.appendChild(document.createTextNode(text.slice(cursor, s.start)));
      var mark = el("mark", "ec-evidence", text.slice(s.start, s.end));
      if (s.labels.length) mark.title = s.labels.join(", ");
      parent.appendChild(mark);
      cursor = s.end;
    });
    if (cursor < text.length) parent.appendChild(document.createTextNode(text.slice(cursor)));
    return parent;
  }

  function row(dl, label, value) {
    dl.appendChild(el("dt", null, label));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    dl.appendChild(dd);
  }

  function sourceNode(ev) {
    var label = ev.source || ev.source_url || "unknown";
    var href = safeHttpUrl(ev.source_url);
    if (!href) return el("span", null, label);
    var link = el("a", null, label);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  /* The popup body: type, actors, date, place, fatalities, source and the evidence sentence
   * (ev.evidence_sentence = {text, spans}) when the caller supplies one. */
  function popupContent(ev) {
    var box = el("div", "ec-popup");
    var head = el("div", "ec-popup-type", ev.event_type + " · " + ev.sub_event_type);
    head.style.borderLeftColor = colour(ev.event_type);
    box.appendChild(head);
    var dl = el("dl");
    row(dl, "Actors", actorsLabel(ev));
    row(dl, "Date", dateLabel(ev));
    row(dl, "Place", placeLabel(ev));
    row(dl, "Fatalities", fatalitiesLabel(ev));
    row(dl, "Source", sourceNode(ev));
    box.appendChild(dl);
    var sentence = ev.evidence_sentence;
    if (sentence && sentence.text) {
      var quote = el("blockquote", "ec-popup-evidence");
      appendHighlighted(quote, sentence.text, sentence.spans);
      box.appendChild(quote);
    }
    return box;
  }

  function markerFor(ev, onClick) {
    var size = markerSize(ev.fatalities);
    var unknown = ev.fatalities === null || ev.fatalities === undefined;
    var icon = L.divIcon({
      className: "ec-marker ec-t-" + typeIndex(ev.event_type) + (unknown ? " ec-unknown" : ""),
      iconSize: [size, size],
      html: "",
    });
    var marker = L.marker([ev.latitude, ev.longitude], {
      icon: icon,
      title: ev.event_type + ": " + placeLabel(ev),
      keyboard: true,
      riseOnHover: true,
    });
    marker.eventId = ev.event_id;
    marker.eventType = ev.event_type;
    marker.placeName = placeName(ev);
    if (marker.placeName) {
      // The place's name beside its dot: the map says where without a click. An element,
      // not a string, so the name reaches the DOM as text.
      marker.bindTooltip(el("span", null, marker.placeName), {
        permanent: true,
        direction: "right",
        offset: [Math.round(size / 2), 0],
        className: "ec-place-label",
        interactive: false,
        opacity: 1,
      });
    }
    marker.on("add", function () {
      var node = marker.getElement();
      if (node) node.setAttribute("data-event-id", ev.event_id);
    });
    if (onClick) marker.on("click", function () { onClick(ev, marker); });
    return marker;
  }

  /* A cluster shows its count in the colour of its most frequent event type; a ring of the
   * second colour says the cluster is mixed. */
  function clusterIcon(cluster) {
    var counts = {};
    cluster.getAllChildMarkers().forEach(function (m) {
      var i = typeIndex(m.eventType);
      counts[i] = (counts[i] || 0) + 1;
    });
    var ranked = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; });
    var total = cluster.getChildCount();
    var size = Math.round(Math.min(26 + 6 * Math.log2(total), 60));
    var box = el("div", "ec-cluster-box");
    var node = el("div", "ec-cluster-inner ec-t-" + ranked[0], total);
    if (ranked.length > 1) node.style.boxShadow = "0 0 0 4px " + COLOURS[ranked[1]];
    box.appendChild(node);
    var names = clusterPlaces(cluster.getAllChildMarkers());
    if (names) box.appendChild(el("span", "ec-place-label ec-cluster-label", names));
    return L.divIcon({
      html: box,
      className: "ec-cluster" + (ranked.length > 1 ? " ec-mixed" : ""),
      iconSize: [size, size],
    });
  }

  /* "Kunduz", "Kunduz, Pul-e Khumri" or "Kunduz, Pul-e Khumri +3": the places a cluster holds,
   * most events first, so a cluster is named like a marker. */
  function clusterPlaces(markers) {
    var counts = {};
    markers.forEach(function (m) {
      if (m.placeName) counts[m.placeName] = (counts[m.placeName] || 0) + 1;
    });
    var names = Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0);
    });
    if (!names.length) return null;
    var shown = names.slice(0, 2).join(", ");
    return names.length > 2 ? shown + " +" + (names.length - 2) : shown;
  }

  /* Admin1 (province, state) names, placed at the middle of their events. No admin1 boundary
   * data ships offline (world-atlas has countries only), so the names come from the events'
   * own admin1 field and stand where the events are, not at the province's centre. */
  function regionLabels(events) {
    var groups = {};
    var order = [];
    events.forEach(function (ev) {
      if (!ev.admin1 || ev.latitude === null || ev.longitude === null ||
          ev.latitude === undefined || ev.longitude === undefined) return;
      var key = (ev.country || "") + "\u0000" + ev.admin1;
      if (!groups[key]) { groups[key] = { name: ev.admin1, lat: 0, lon: 0, n: 0 }; order.push(key); }
      groups[key].lat += ev.latitude;
      groups[key].lon += ev.longitude;
      groups[key].n += 1;
    });
    var layer = L.layerGroup();
    order.forEach(function (key) {
      var g = groups[key];
      var label = el("span", null, g.name);
      L.marker([g.lat / g.n, g.lon / g.n], {
        pane: "ecRegions",
        interactive: false,
        keyboard: false,
        icon: L.divIcon({ className: "ec-region-label", html: label, iconSize: null,
          iconAnchor: [0, -14] }),
      }).addTo(layer);
    });
    return layer;
  }

  /* Region names sit under markers and labels; place and region labels give way when the map
   * is zoomed out over many events (a world of names reads as noise). */
  function labelPanes(map, manyEvents) {
    if (!map.getPane("ecRegions")) {
      var pane = map.createPane("ecRegions");
      pane.style.zIndex = 450;
      pane.style.pointerEvents = "none";
    }
    function update() {
      var zoom = map.getZoom();
      var box = map.getContainer();
      box.classList.toggle("ec-regions-off", zoom < 5);
      box.classList.toggle("ec-places-off", zoom < 4 && manyEvents());
    }
    map.on("zoomend", update);
    return update;
  }

  /* The view that tells the story: every event in sight, places 100 km apart apart on
   * screen (zoom up to 8, where 100 km is some 200 px), room on the right for the labels. */
  function fitEvents(map, bounds, legendControl) {
    // the legend's band at the bottom, and room under the lowest marker for its region name
    var box = legendControl && legendControl.getContainer();
    var below = (box ? box.offsetHeight + 10 : 0) + 36;
    map.fitBounds(bounds, {
      paddingTopLeft: [40, 40],
      paddingBottomRight: [150, Math.min(below, map.getSize().y / 2)],
      maxZoom: 8,
      animate: false,
    });
  }

  function clusterGroup(options) {
    return L.markerClusterGroup(Object.assign({
      iconCreateFunction: clusterIcon,
      maxClusterRadius: 35,
      spiderfyOnMaxZoom: true,
      showCoverageOnHover: false,
    }, options || {}));
  }

  /* What colour, size, a number and the two kinds of names mean, drawn with the map's own
   * marker styles so the key cannot drift from the map. */
  function legend(map) {
    var control = L.control({ position: "bottomleft" });
    control.onAdd = function () {
      var box = el("div", "ec-legend leaflet-bar");
      box.appendChild(el("div", "ec-legend-head", "Colour: event type"));
      var types = el("div", "ec-legend-types");
      TYPES.forEach(function (t, i) {
        var line = el("div");
        line.appendChild(el("span", "ec-swatch ec-t-" + i));
        line.appendChild(document.createTextNode(t));
        types.appendChild(line);
      });
      box.appendChild(types);
      var sizes = el("div", "ec-legend-sizes");
      sizes.appendChild(el("span", "ec-legend-head", "Size: people killed"));
      [[null, "not reported"], [1, "1"], [10, "10"], [50, "50 or more"]].forEach(function (item) {
        var cell = el("span", "ec-legend-size");
        var px = markerSize(item[0]);
        var dot = el("span", "ec-marker ec-t-6" + (item[0] === null ? " ec-unknown" : ""));
        dot.style.width = dot.style.height = px + "px";
        cell.appendChild(dot);
        cell.appendChild(el("span", null, item[1]));
        sizes.appendChild(cell);
      });
      box.appendChild(sizes);
      var cluster = el("div", "ec-legend-note");
      var badge = el("span", "ec-legend-cluster ec-t-0", "3");
      cluster.appendChild(badge);
      cluster.appendChild(document.createTextNode(
        " events at nearby places: zoom in or click to split"));
      box.appendChild(cluster);
      var names = el("div", "ec-legend-note");
      names.appendChild(el("span", "ec-legend-place", "Town"));
      names.appendChild(document.createTextNode(" place of the events · "));
      names.appendChild(el("span", "ec-legend-region", "Province"));
      names.appendChild(document.createTextNode(" their admin1"));
      box.appendChild(names);
      return box;
    };
    control.addTo(map);
    return control;
  }

  /* Rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180; on a flat map
   * that draws a band across the world. Unwrap them so longitudes stay continuous. */
  function unwrapRing(ring) {
    var shift = 0;
    return ring.map(function (point, i) {
      if (i > 0) {
        var step = point[0] - ring[i - 1][0];
        if (step > 180) shift -= 360;
        else if (step < -180) shift += 360;
      }
      return [point[0] + shift, point[1]];
    });
  }

  function unwrapGeometry(geometry) {
    if (!geometry) return geometry;
    if (geometry.type === "Polygon") {
      return { type: "Polygon", coordinates: geometry.coordinates.map(unwrapRing) };
    }
    if (geometry.type === "MultiPolygon") {
      return {
        type: "MultiPolygon",
        coordinates: geometry.coordinates.map(function (poly) { return poly.map(unwrapRing); }),
      };
    }
    return geometry;
  }

  /* Natural Earth country borders (world-atlas TopoJSON) as a quiet base layer. */
  function bordersLayer(topology) {
    var shapes = topojson.feature(topology, topology.objects.countries);
    shapes.features.forEach(function (f) { f.geometry = unwrapGeometry(f.geometry); });
    return L.geoJSON(shapes, {
      style: { color: "#8a8f98", weight: 0.7, fillColor: "#eef0e8", fillOpacity: 1 },
      // With no basemap tiles, a hover label is how a reader tells one country from another.
      onEachFeature: function (feature, layer) {
        var name = feature.properties && feature.properties.name;
        if (name) layer.bindTooltip(name, { sticky: true, direction: "top", opacity: 0.85 });
      },
    });
  }

  function baseMap(container, config) {
    var map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 18 });
    map.getContainer().style.background = "#c9dbe8";
    if (config && config.tileUrl) {
      L.tileLayer(config.tileUrl, {
        attribution: config.tileAttribution || "",
        maxZoom: 18,
      }).addTo(map);
    }
    return map;
  }

  global.EC = {
    TYPES: TYPES,
    COLOURS: COLOURS,
    typeIndex: typeIndex,
    colour: colour,
    markerSize: markerSize,
    el: el,
    safeHttpUrl: safeHttpUrl,
    dateLabel: dateLabel,
    actorsLabel: actorsLabel,
    fatalitiesLabel: fatalitiesLabel,
    placeLabel: placeLabel,
    placeName: placeName,
    clusterPlaces: clusterPlaces,
    regionLabels: regionLabels,
    labelPanes: labelPanes,
    fitEvents: fitEvents,
    appendHighlighted: appendHighlighted,
    popupContent: popupContent,
    markerFor: markerFor,
    clusterIcon: clusterIcon,
    clusterGroup: clusterGroup,
    legend: legend,
    bordersLayer: bordersLayer,
    baseMap: baseMap,
  };
})(window);
