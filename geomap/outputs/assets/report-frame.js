/* Added to the map page when the report embeds it as <iframe srcdoc>. A frame's page
 * can run before the frame is laid out: a view fitted to a map of no size is fitted
 * again (clear of the legend and controls) once the map has one. Printing opens the
 * legend. */
/* global L */
(function () {
  "use strict";
  var fit = L.Map.prototype.fitBounds, pending = false;
  L.Map.prototype.fitBounds = function (bounds, options) {
    var map = this, size = map.getSize();
    if ((size.x < 10 || size.y < 10) && !pending) {
      pending = true;
      var again = function () {
        map.invalidateSize({ animate: false });
        var now = map.getSize();
        if (now.x < 10 || now.y < 10) { return; }
        window.removeEventListener("resize", again);
        window.removeEventListener("load", again);
        pending = false;
        if (window.geomap && window.geomap.fitView) {
          window.geomap.fitView();
        } else {
          fit.call(map, bounds, options);
        }
      };
      window.addEventListener("resize", again);
      window.addEventListener("load", again);
    }
    return fit.call(map, bounds, options);
  };
  window.addEventListener("beforeprint", function () {
    var legend = document.querySelector(".gm-legend details");
    if (legend) { legend.open = true; }
  });
})();
