/* map.html: every asset and the data are inlined, so this runs from file:// with no network. */
(function () {
  "use strict";

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  var data = readJson("ec-data");
  var map = EC.baseMap("map", data.config);
  EC.bordersLayer(readJson("ec-borders")).addTo(map);
  var updateLabels = EC.labelPanes(map, function () { return data.events.length > 25; });

  // One marker per event, named by its place: only markers that would overlap are grouped,
  // and a group splits as the map zooms in (or spiderfies on click where they share a spot).
  var cluster = EC.clusterGroup({ maxClusterRadius: 24 });
  var markers = data.events.map(function (ev) {
    var marker = EC.markerFor(ev);
    marker.bindPopup(function () { return EC.popupContent(ev); }, { maxWidth: 360 });
    cluster.addLayer(marker);
    return marker;
  });
  var regions = EC.regionLabels(data.events).addTo(map);
  map.addLayer(cluster);
  var legend = EC.legend(map);

  if (markers.length) {
    EC.fitEvents(map, cluster.getBounds(), legend);
  } else {
    map.setView([20, 0], 2);
  }
  updateLabels();
  // At a province's zoom no country name is in sight: say where the events are.
  var countries = [];
  data.events.forEach(function (ev) {
    if (ev.country && countries.indexOf(ev.country) < 0) countries.push(ev.country);
  });
  var where = countries.length && countries.length <= 3 ? " in " + countries.join(", ") : "";
  document.getElementById("ec-count").textContent =
    markers.length + " event" + (markers.length === 1 ? "" : "s") + where +
    (data.unplaced ? " (" + data.unplaced + " without coordinates not shown)" : "");

  window.eventcoderMap = { map: map, cluster: cluster, markers: markers, regions: regions };
})();
