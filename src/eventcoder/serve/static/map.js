/* map.html: every asset and the data are inlined, so this runs from file:// with no network. */
(function () {
  "use strict";

  function readJson(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  var data = readJson("ec-data");
  var map = EC.baseMap("map", data.config);
  EC.bordersLayer(readJson("ec-borders")).addTo(map);

  // One marker per event: only markers that would overlap are grouped (and spiderfy on click).
  var cluster = EC.clusterGroup({ maxClusterRadius: 12 });
  var markers = data.events.map(function (ev) {
    var marker = EC.markerFor(ev);
    marker.bindPopup(function () { return EC.popupContent(ev); }, { maxWidth: 360 });
    cluster.addLayer(marker);
    return marker;
  });
  map.addLayer(cluster);
  EC.legend(map);

  if (markers.length) {
    map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 5, animate: false });
  } else {
    map.setView([20, 0], 2);
  }
  document.getElementById("ec-count").textContent =
    markers.length + " event" + (markers.length === 1 ? "" : "s") +
    (data.unplaced ? " (" + data.unplaced + " without coordinates not shown)" : "");

  window.eventcoderMap = { map: map, cluster: cluster, markers: markers };
})();
