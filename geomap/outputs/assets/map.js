/* geomap's map page: unpacks the page data, draws and explains every mark, and runs
 * the time slider, the filter box, the clusters and the initial view.
 * Inlined into map.html by geomap/maps.py; geomap.theme comes from theme.toml. */
/* global L, geomapInflate */
var geomap = (function () {
  "use strict";
  var G = { layers: {}, marks: {}, ready: false, theme: null, shown: {} };
  var ESC = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  var PRECISION = { 1: "exact place", 2: "admin area / region", 3: "country only" };
  var EVENT_ROLES = ["strikes", "diplomatic"];
  var SMALL_SCREEN = 700;

  /* Every string from an article passes through esc() before it becomes markup. */
  function esc(value) {
    if (value === null || value === undefined) { return ""; }
    return String(value).replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }
  G.esc = esc;

  function small() {
    return window.innerWidth < SMALL_SCREEN || window.innerHeight < SMALL_SCREEN;
  }

  /* Page data deflated in Python (zlib raw deflate) and base64-encoded. */
  G.inflateJson = function (b64, size) {
    var bin = atob(b64), src = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { src[i] = bin.charCodeAt(i); }
    var out = geomapInflate(src, new Uint8Array(size));
    return JSON.parse(new TextDecoder("utf-8").decode(out));
  };

  G.init = function (map, options) {
    G.map = map;
    var box = map.getContainer();
    if (!options.tiles) { L.DomUtil.addClass(box, "gm-vector"); }
    box.style.setProperty("--gm-sea", G.theme.map.sea);
    box.style.setProperty("--gm-arrow", G.theme.map.arrow);
    map.on("overlayadd", function () {
      G.keepEventsOnTop();
      G.refresh();
    });
    map.on("overlayremove", function () { G.refresh(); });
    map.on("zoomend", function () { G.recluster(); G.declutter(); });
  };

  G.register = function (role, layer) {
    G.layers[role] = layer;
    G.marks[role] = layer.getLayers();
  };

  /* Layer control order: events first, context after. */
  var ORDER = ["strikes", "diplomatic", "arrows", "places", "areas", "borders"];
  G.layerOrder = function (a, b) {
    return rank(a) - rank(b);
  };
  function rank(layer) {
    for (var i = 0; i < ORDER.length; i++) {
      if (G.layers[ORDER[i]] === layer) { return i; }
    }
    return ORDER.length;
  }

  /* Keep events above context when a layer is switched back on (one canvas). */
  G.keepEventsOnTop = function () {
    ["arrows", "diplomatic", "strikes"].forEach(function (role) {
      var layer = G.layers[role];
      if (layer && G.map.hasLayer(layer)) { layer.bringToFront(); }
    });
  };

  G.radius = function (killed) {
    var m = G.theme.marks;
    return Math.min(m.base + m.per_sqrt_killed * Math.sqrt(Math.max(killed || 0, 0)), m.max);
  };

  G.unpack = function (family) {
    var D = G.data, c = D.events[family], features = [];
    for (var i = 0; i < c.id.length; i++) {
      var type = D.types[c.t[i]], place = D.places[c.pl[i]], refs = c.s[i], sources = [];
      for (var j = 0; j < refs.length; j += 2) {
        sources.push({ article: D.articles[refs[j]], quote: D.quotes[refs[j + 1]] });
      }
      features.push({
        type: "Feature",
        geometry: { type: "Point", coordinates: [c.x[i], c.y[i]] },
        properties: {
          id: c.id[i], family: family, type: type[1], color: type[2], date: c.d[i],
          date_precision: c.dp[i], actor: c.a[i], target: c.g[i], location: place[0],
          place_kind: place[1], country: place[2], geo_precision: place[3],
          killed: c.k[i], crossed_border: c.cb[i], border_distance_km: c.bd[i],
          confidence: c.cf[i], sources: sources, alleged: c.al[i] === 1,
          background: c.bg[i] === 1, reported_by: c.rb[i]
        }
      });
    }
    return { type: "FeatureCollection", features: features };
  };

  function decodeLine(flat, steps, ring) {
    var out = [], x = 0, y = 0;
    for (var i = 0; i < flat.length; i += 2) {
      x += flat[i]; y += flat[i + 1];
      out.push([x / steps, y / steps]);
    }
    if (ring) { out.push(out[0]); }
    return out;
  }

  /* Inverse of pack_shapes() in geomap/maps.py. */
  G.unpackShapes = function (packed) {
    var features = [], steps = packed.steps;
    for (var i = 0; i < packed.geoms.length; i++) {
      var g = packed.geoms[i];
      if (!g) { continue; }
      var geometry = g[0] === "P" ?
        { type: "MultiPolygon", coordinates: g[1].map(function (rings) {
          return rings.map(function (r) { return decodeLine(r, steps, true); });
        }) } :
        { type: "MultiLineString", coordinates: g[1].map(function (l) {
          return decodeLine(l, steps, false);
        }) };
      features.push({ type: "Feature", geometry: geometry, properties: packed.props[i] });
    }
    return { type: "FeatureCollection", features: features };
  };

  /* Filled dot where the place is named; a dashed ring for an admin area, a wider
   * dotted ring for a country. Alleged: dark dashed outline; background: faded. */
  G.eventStyle = function (p) {
    var m = G.theme.marks, r = G.radius(p.killed), style;
    if (p.geo_precision === 2 || p.geo_precision === 3) {
      style = { radius: r + 2 + (p.geo_precision === 3 ? m.country_ring_grow : 0),
        color: p.color, weight: m.ring_weight, opacity: 0.95, fill: true,
        fillColor: p.color, fillOpacity: m.ring_fill_opacity,
        dashArray: p.geo_precision === 3 ? m.country_dash : m.admin_dash };
      if (p.alleged) { style.color = m.alleged_edge; style.fillOpacity = 0.3; }
    } else {
      style = { radius: r, color: m.edge, weight: 1, opacity: 1, fill: true,
        fillColor: p.color, fillOpacity: m.fill_opacity };
      if (p.alleged) {
        style.color = m.alleged_edge; style.weight = 2; style.dashArray = m.alleged_dash;
      }
    }
    if (p.background) {
      style.opacity *= m.background_opacity;
      style.fillOpacity *= m.background_opacity;
    }
    return style;
  };

  G.eventMark = function (feature, latlng) {
    return L.circleMarker(latlng, G.eventStyle(feature.properties));
  };

  function dateText(p) {
    if (!p.date) { return "date unknown"; }
    var d = String(p.date);
    if (p.date_precision === "month") { d = d.slice(0, 7); }
    if (p.date_precision === "year") { d = d.slice(0, 4); }
    return esc(d) + (p.date_precision ? " (" + esc(p.date_precision) + ")" : "");
  }

  function row(html) { return '<div class="gm-row">' + html + "</div>"; }

  G.eventPopup = function (p) {
    var h = '<div class="gm-pop"><div class="gm-type" style="border-color:' +
      esc(p.color) + '">' + esc(p.type) + "</div>";
    if (p.alleged) {
      h += row('<span class="gm-flag">alleged</span> stated as one side\u2019s claim');
    }
    if (p.background) {
      h += row('<span class="gm-flag">background</span> an earlier incident cited for context');
    }
    h += row(dateText(p));
    h += row(esc(p.actor || "unknown actor") + " \u2192 " + esc(p.target || "unknown target"));
    h += row(esc(p.location) + ' <span class="gm-dim">(' +
      esc(PRECISION[p.geo_precision] || "precision unknown") +
      (p.country ? ", " + esc(p.country) : "") + ")</span>");
    if (p.reported_by) { h += row("Reported by: " + esc(p.reported_by)); }
    if (p.killed !== null && p.killed !== undefined) { h += row("Killed: " + esc(p.killed)); }
    if (p.crossed_border === true || p.crossed_border === false) {
      h += row("Crossed a border: " + (p.crossed_border ? "yes" : "no"));
    }
    if (p.border_distance_km !== null && p.border_distance_km !== undefined) {
      h += row(esc(p.border_distance_km) + " km from the nearest shared border");
    }
    if (p.confidence !== null && p.confidence !== undefined) {
      h += row('<span class="gm-dim">confidence ' + esc(p.confidence) +
        " \u00b7 " + esc(p.id) + "</span>");
    }
    for (var i = 0; i < p.sources.length; i++) {
      var s = p.sources[i];
      h += "<blockquote>" + esc(s.quote) + "<footer>\u2014 " + esc(s.article) +
        "</footer></blockquote>";
    }
    return h + "</div>";
  };

  G.eventTooltip = function (p) {
    return esc(p.type) + " \u00b7 " + esc(p.location) + " \u00b7 " + dateText(p) +
      (p.alleged ? " \u00b7 alleged" : "") + (p.background ? " \u00b7 background" : "");
  };

  G.bindEvent = function (feature, layer) {
    layer.bindPopup(function () { return G.eventPopup(feature.properties); },
      { maxWidth: 360 });
    layer.bindTooltip(function () { return G.eventTooltip(feature.properties); },
      { sticky: true });
  };

  G.placeMark = function (feature, latlng) {
    var c = G.theme.map;
    return L.circleMarker(latlng, { radius: 3.5, color: c.place, weight: 1,
      fillColor: "#ffffff", fillOpacity: 0.9 });
  };

  G.bindPlace = function (feature, layer) {
    var p = feature.properties;
    layer.bindTooltip(function () { return esc(p.name); }, { sticky: true });
    layer.bindPopup(function () {
      var h = '<div class="gm-pop"><div class="gm-type">' + esc(p.name) + "</div>";
      h += row('<span class="gm-dim">' + esc(p.kind) +
        (p.country ? ", " + esc(p.country) : "") + "</span>");
      h += row("Mentioned " + esc(p.count) + (p.count === 1 ? " time" : " times"));
      for (var i = 0; i < p.mentions.length; i++) {
        var m = p.mentions[i];
        h += "<blockquote>" + esc(m[1] === null ? p.name : m[1]) +
          (m[2] ? " <i>(stands for its government)</i>" : "") +
          "<footer>\u2014 " + esc(G.data.articles[m[0]]) + "</footer></blockquote>";
      }
      return h + "</div>";
    }, { maxWidth: 340 });
  };

  G.areaStyle = function () {
    var c = G.theme.map;
    return { color: c.area, weight: 1.5, opacity: 0.8, dashArray: "4 3",
      fillColor: c.area_fill, fillOpacity: 0.08 };
  };

  G.bindArea = function (feature, layer) {
    var p = feature.properties;
    layer.bindTooltip(function () {
      return esc(p.name) + ' <span class="gm-dim">(' + esc(p.kind) +
        (p.country ? ", " + esc(p.country) : "") + ")</span>";
    }, { sticky: true });
  };

  G.borderStyle = function () {
    return { color: G.theme.map.border, weight: 2.5, opacity: 0.85, dashArray: "8 4" };
  };

  G.bindBorder = function (feature, layer) {
    var p = feature.properties;
    layer.bindTooltip(function () {
      var km = p.length_km === null || p.length_km === undefined ? "" :
        " \u00b7 " + esc(Math.round(p.length_km)) + " km";
      return esc(p.name) + km;
    }, { sticky: true });
  };

  G.basemapStyle = function () {
    var c = G.theme.map;
    return { color: c.land_edge, weight: 0.8, opacity: 1, fillColor: c.land, fillOpacity: 1 };
  };

  G.arrowStyle = function (feature) {
    var head = feature.geometry.type === "Polygon", c = G.theme.map.arrow;
    return { color: c, weight: head ? 1 : 2.5, opacity: 0.9,
      fillColor: c, fillOpacity: head ? 0.9 : 0 };
  };

  G.bindArrow = function (permanent) {
    return function (feature, layer) {
      var label = esc(feature.properties.label);
      layer.bindPopup(function () { return '<div class="gm-pop">' + label + "</div>"; });
      if (feature.geometry.type !== "Polygon") {
        layer.bindTooltip(label, { permanent: permanent, direction: "center",
          className: "gm-arrow-label" });
      }
    };
  };

  function control(position, className, html) {
    var ctl = L.control({ position: position });
    ctl.onAdd = function () {
      var div = L.DomUtil.create("div", "gm-box " + className);
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    };
    return ctl.addTo(G.map);
  }

  /* html is built and escaped in Python (legend_html). Collapsed on small screens,
   * and so is the layer control. */
  G.addLegend = function (position, html) {
    G.legend = control(position, "gm-legend", html);
    var details = G.legend.getContainer().querySelector("details");
    if (details && small()) { details.open = false; }
    var layers = G.map.getContainer().querySelector(".leaflet-control-layers");
    if (layers && small()) {
      L.DomUtil.removeClass(layers, "leaflet-control-layers-expanded");
      var toggle = layers.querySelector(".leaflet-control-layers-toggle");
      if (toggle) {
        L.DomEvent.on(toggle, "click", function (ev) {
          L.DomEvent.preventDefault(ev);
          if (L.DomUtil.hasClass(layers, "leaflet-control-layers-expanded")) {
            L.DomUtil.removeClass(layers, "leaflet-control-layers-expanded");
          } else {
            L.DomUtil.addClass(layers, "leaflet-control-layers-expanded");
          }
        });
      }
    }
  };

  function eventMarks() {
    var out = [];
    EVENT_ROLES.forEach(function (role) {
      (G.marks[role] || []).forEach(function (mark) { out.push([role, mark]); });
    });
    return out;
  }
  G.eventMarks = eventMarks;

  /* ------------------------------------------------------------- time and filter */

  var FILTERS = [
    ["family", "event family", function (p) { return p.family; }],
    ["type", "type", function (p) { return p.type; }],
    ["country", "country", function (p) { return p.country; }],
    ["actor", "actor", function (p) { return p.actor; }]
  ];

  function filterBox() {
    var h = '<details class="gm-filter"><summary>Filter</summary>';
    FILTERS.forEach(function (f) {
      h += '<label class="gm-field">' + f[1] + ' <select class="gm-f-' + f[0] +
        '" aria-label="' + f[1] + '"><option value="">all</option></select></label>';
    });
    return h + "</details>";
  }

  function fillFilters(box, all) {
    FILTERS.forEach(function (f) {
      var select = box.querySelector(".gm-f-" + f[0]), seen = {}, values = [];
      all.forEach(function (e) {
        var v = f[2](e[1].feature.properties);
        if (v !== null && v !== undefined && v !== "" && !seen[v]) {
          seen[v] = true; values.push(String(v));
        }
      });
      values.sort().forEach(function (v) {
        var option = document.createElement("option");
        option.value = v; option.textContent = v;
        select.appendChild(option);
      });
    });
  }

  G.addTimeControl = function (position) {
    var all = eventMarks(), seen = {}, dates = [], undated = 0;
    all.forEach(function (e) {
      var d = e[1].feature.properties.date;
      if (!d) { undated += 1; } else if (!seen[d]) { seen[d] = true; dates.push(d); }
    });
    dates.sort();
    var ctl = control(position, "gm-time",
      '<b>Time</b> <span class="gm-label"></span>' +
      '<input type="range" min="0" step="1" aria-label="show events up to this date">' +
      '<label><input type="checkbox" class="gm-undated" checked> undated events ' +
      '(<span class="gm-nundated"></span>)</label>' +
      '<div class="gm-count"></div>' + filterBox());
    var box = ctl.getContainer();
    var slider = box.querySelector("input[type=range]");
    var check = box.querySelector(".gm-undated");
    var label = box.querySelector(".gm-label");
    var details = box.querySelector(".gm-filter");
    details.open = !small();
    fillFilters(box, all);
    box.querySelector(".gm-nundated").textContent = String(undated);
    slider.max = String(Math.max(dates.length - 1, 0));
    slider.value = slider.max;
    slider.disabled = dates.length === 0;

    function wanted() {
      var out = {};
      FILTERS.forEach(function (f) { out[f[0]] = box.querySelector(".gm-f-" + f[0]).value; });
      return out;
    }

    function apply() {
      var cutoff = dates.length ? dates[Number(slider.value)] : null;
      var want = wanted(), shown = 0;
      label.textContent = cutoff ? "events up to " + cutoff : "no dated events";
      all.forEach(function (e) {
        var p = e[1].feature.properties, d = p.date;
        var visible = d ? d <= cutoff : check.checked;
        FILTERS.forEach(function (f) {
          if (want[f[0]] !== "" && String(f[2](p)) !== want[f[0]]) { visible = false; }
        });
        e[1].gmShown = visible;
        G.shown[p.id] = visible;
        if (visible) { shown += 1; }
      });
      box.querySelector(".gm-count").textContent =
        "showing " + shown + " of " + all.length + " events";
      G.refresh();
    }
    L.DomEvent.on(slider, "input", apply);
    L.DomEvent.on(check, "change", apply);
    FILTERS.forEach(function (f) {
      L.DomEvent.on(box.querySelector(".gm-f-" + f[0]), "change", apply);
    });
    G.time = {
      dates: dates, slider: slider, undated: check, apply: apply,
      setIndex: function (i) { slider.value = String(i); apply(); },
      setUndated: function (on) { check.checked = !!on; apply(); }
    };
    G.filter = {
      box: details,
      set: function (name, value) {
        box.querySelector(".gm-f-" + name).value = value || ""; apply();
      }
    };
    apply();
  };

  /* Marks, clusters and arrows drawn as the time slider, the filter and the layer
   * control say. */
  G.refresh = function () {
    G.recluster();
    var arrows = G.layers.arrows;
    if (arrows) {
      (G.marks.arrows || []).forEach(function (part) {
        var on = G.shown[part.feature.properties.event_id] !== false;
        if (on && !arrows.hasLayer(part)) { arrows.addLayer(part); }
        if (!on && arrows.hasLayer(part)) { arrows.removeLayer(part); }
      });
    }
    G.declutter();
  };

  /* Arrow labels never overlap each other or an event mark: one that would moves up
   * or down a line or more; one with no free place is hidden (its arrow's popup still
   * says it). */
  var NUDGES = [0, 1, -1, 2, -2, 3, -3];
  G.declutter = function () {
    var labels = [];
    (G.marks.arrows || []).forEach(function (part) {
      var tip = part.getTooltip && part.getTooltip(), el = tip && tip.getElement();
      if (el && part._map) { labels.push(el); }
    });
    if (!labels.length) { return; }
    var box = G.map.getContainer().getBoundingClientRect(), placed = [];
    drawnMarks().forEach(function (mark) {
      var pt = G.map.latLngToContainerPoint(mark.getLatLng());
      var r = mark.getElement && mark.getElement() ?
        mark.getElement().offsetWidth / 2 : mark._radius || 0;
      placed.push({ left: box.left + pt.x - r, right: box.left + pt.x + r,
        top: box.top + pt.y - r, bottom: box.top + pt.y + r });
    });
    function free(r) {
      return !placed.some(function (q) {
        return r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom;
      });
    }
    labels.forEach(function (el) {
      el.style.visibility = "";
      el.style.marginTop = "0px";
      var r = el.getBoundingClientRect(), step = r.height + 2;
      for (var i = 0; i < NUDGES.length; i++) {
        var dy = NUDGES[i] * step;
        var moved = { left: r.left, right: r.right, top: r.top + dy, bottom: r.bottom + dy };
        if (free(moved)) {
          el.style.marginTop = dy + "px";
          placed.push(moved);
          return;
        }
      }
      el.style.visibility = "hidden";
    });
  };

  /* ------------------------------------------------------------------ clusters */

  /* Marks closer than a few pixels (more when there are many) become one numbered
   * mark whose popup lists them all; each entry opens that event's own popup. */
  G.recluster = function () {
    if (!G.map) { return; }
    if (!G.clusters) { G.clusters = L.layerGroup().addTo(G.map); }
    G.clusters.clearLayers();
    var all = eventMarks(), m = G.theme.marks;
    var px = all.length > m.many ? m.cluster_pixels_many : m.cluster_pixels;
    var zoom = G.map.getZoom(), cells = {}, groups = [];
    all.forEach(function (e) {
      var group = G.layers[e[0]], mark = e[1];
      if (mark.gmShown === false || !G.map.hasLayer(group)) {
        if (group.hasLayer(mark)) { group.removeLayer(mark); }
        return;
      }
      var p = G.map.project(mark.getLatLng(), zoom);
      var cx = Math.floor(p.x / px), cy = Math.floor(p.y / px), found = null;
      for (var dx = -1; dx <= 1 && !found; dx++) {
        for (var dy = -1; dy <= 1 && !found; dy++) {
          (cells[(cx + dx) + "," + (cy + dy)] || []).forEach(function (g) {
            if (!found && g.p.distanceTo(p) <= px) { found = g; }
          });
        }
      }
      if (!found) {
        found = { p: p, members: [] };
        groups.push(found);
        (cells[cx + "," + cy] = cells[cx + "," + cy] || []).push(found);
      }
      found.members.push(e);
    });
    groups.forEach(function (g) {
      var lone = g.members.length === 1;
      g.members.forEach(function (e) {
        var group = G.layers[e[0]];
        if (lone && !group.hasLayer(e[1])) { group.addLayer(e[1]); }
        if (!lone && group.hasLayer(e[1])) { group.removeLayer(e[1]); }
      });
      if (!lone) { G.clusters.addLayer(clusterMark(g.members)); }
    });
    G.keepEventsOnTop();
  };

  function clusterMark(members) {
    var n = members.length, d = Math.round(Math.min(20 + 4 * Math.log(n) / Math.LN2, 40));
    var families = {}, colour = G.theme.marks.cluster_colour;
    members.forEach(function (e) { families[e[1].feature.properties.family] = true; });
    var keys = Object.keys(families);
    if (keys.length === 1) { colour = G.theme.families[keys[0]].colour; }
    var mark = L.marker(members[0][1].getLatLng(), {
      icon: L.divIcon({ className: "gm-cluster", iconSize: [d, d],
        html: '<span style="background:' + esc(colour) + '">' + n + "</span>" }),
      keyboard: true, title: n + " events here", riseOnHover: true
    });
    mark.gmMembers = members.map(function (e) { return e[1]; });
    mark.bindPopup(function () { return clusterList(mark); }, { maxWidth: 360 });
    return mark;
  }

  function clusterList(mark) {
    var list = L.DomUtil.create("div", "gm-pop gm-list");
    var head = L.DomUtil.create("div", "gm-type", list);
    head.textContent = mark.gmMembers.length + " events here";
    mark.gmMembers.forEach(function (member) {
      var p = member.feature.properties;
      var button = L.DomUtil.create("button", "gm-item", list);
      button.type = "button";
      button.setAttribute("data-event", p.id);
      button.innerHTML = '<span class="gm-sw" style="background:' + esc(p.color) + '"></span>' +
        G.eventTooltip(p);
      L.DomEvent.on(button, "click", function (ev) {
        L.DomEvent.stop(ev);
        var one = L.DomUtil.create("div", "");
        var back = L.DomUtil.create("button", "gm-back", one);
        back.type = "button";
        back.textContent = "\u2190 all " + mark.gmMembers.length + " events here";
        L.DomEvent.on(back, "click", function (e2) {
          L.DomEvent.stop(e2);
          mark.getPopup().setContent(clusterList(mark));
        });
        var body = L.DomUtil.create("div", "", one);
        body.innerHTML = G.eventPopup(p);
        mark.gmOpen = p.id;
        mark.getPopup().setContent(one);
      });
    });
    mark.gmOpen = null;
    return list;
  }

  /* ---------------------------------------------------------------- first view */

  /* The padding that keeps marks clear of the map's controls: each corner's controls
   * are avoided either sideways or up/down, whichever lets ``bounds`` be shown at the
   * highest zoom (then: leaves the larger free area). */
  G.controlPadding = function (margin, bounds) {
    var map = G.map, box = map.getContainer().getBoundingClientRect(), size = map.getSize();
    var corners = {};
    ["topleft", "topright", "bottomleft", "bottomright"].forEach(function (name) {
      var w = 0, h = 0, top = name.indexOf("top") === 0, left = name.indexOf("left") > 0;
      var el = map._controlCorners[name];
      Array.prototype.forEach.call(el ? el.children : [], function (c) {
        var r = c.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) { return; }
        w = Math.max(w, left ? r.right - box.left : box.right - r.left);
        h = Math.max(h, top ? r.bottom - box.top : box.bottom - r.top);
      });
      corners[name] = { w: w, h: h, top: top, left: left };
    });
    var names = Object.keys(corners), best = null;
    for (var mask = 0; mask < 16; mask++) {
      var pad = { l: 0, r: 0, t: 0, b: 0 };
      names.forEach(function (name, i) {
        var c = corners[name];
        if (!c.w) { return; }
        if (mask & (1 << i)) {
          if (c.left) { pad.l = Math.max(pad.l, c.w); } else { pad.r = Math.max(pad.r, c.w); }
        } else if (c.top) { pad.t = Math.max(pad.t, c.h); } else { pad.b = Math.max(pad.b, c.h); }
      });
      var w = size.x - pad.l - pad.r - 2 * margin, h = size.y - pad.t - pad.b - 2 * margin;
      var area = Math.max(w, 0) * Math.max(h, 0);
      var zoom = bounds && w > 0 && h > 0 ?
        map.getBoundsZoom(bounds, false, L.point(size.x - w, size.y - h)) : 0;
      if (!best || zoom > best.zoom || (zoom === best.zoom && area > best.area)) {
        best = { area: area, zoom: zoom, pad: pad };
      }
    }
    var p = best.pad;
    return { topLeft: [p.l + margin, p.t + margin], bottomRight: [p.r + margin, p.b + margin] };
  };

  function drawnMarks() {
    var out = [];
    eventMarks().forEach(function (e) { if (e[1]._map) { out.push(e[1]); } });
    if (G.clusters) { G.clusters.eachLayer(function (c) { out.push(c); }); }
    return out;
  }

  /* Where a mark at screen point pt would be: "off" the screen, "clear" of the
   * controls, or "under" one. */
  function place(pt, size, pad, margin) {
    if (pt.x < -margin || pt.y < -margin || pt.x > size.x + margin || pt.y > size.y + margin) {
      return "off";
    }
    var clear = pt.x >= pad.topLeft[0] && pt.y >= pad.topLeft[1] &&
      pt.x <= size.x - pad.bottomRight[0] && pt.y <= size.y - pad.bottomRight[1];
    return clear ? "clear" : "under";
  }

  var MAX_SHIFT_MARKS = 12;

  /* The smallest shift of the view (in pixels) that leaves every mark off the screen
   * or clear of the controls and keeps the fitted bounds clear; null if none does. */
  function clearingShift(points, corners, size, pad, margin) {
    var xs = [0], ys = [0], under = points.filter(function (pt) {
      return place(pt, size, pad, margin) === "under";
    });
    if (under.length > MAX_SHIFT_MARKS) {  // many: only the shifts that move all at once
      under = [
        L.point(Math.max.apply(null, under.map(function (p) { return p.x; })),
          Math.max.apply(null, under.map(function (p) { return p.y; }))),
        L.point(Math.min.apply(null, under.map(function (p) { return p.x; })),
          Math.min.apply(null, under.map(function (p) { return p.y; })))
      ];
    }
    under.forEach(function (pt) {
      xs.push(pt.x + margin + 1, pt.x - size.x - margin - 1);
      ys.push(pt.y + margin + 1, pt.y - size.y - margin - 1);
    });
    var best = null;
    xs.forEach(function (dx) {
      ys.forEach(function (dy) {
        if (best && Math.abs(dx) + Math.abs(dy) >= best.cost) { return; }
        var ok = corners.every(function (pt) {
          return place(L.point(pt.x - dx, pt.y - dy), size, pad, margin) === "clear";
        }) && points.every(function (pt) {
          return place(L.point(pt.x - dx, pt.y - dy), size, pad, margin) !== "under";
        });
        if (ok) { best = { x: dx, y: dy, cost: Math.abs(dx) + Math.abs(dy) }; }
      });
    });
    return best;
  }

  /* Fit the view to ``bounds`` (default: the bounds given by the page) with every
   * drawn mark clear of the legend and the controls. A mark that lands under one is
   * moved off the screen by the smallest shift of the view that keeps the bounds
   * clear; when no shift does, it is taken into the bounds and the view fitted again. */
  G.fitView = function (bounds) {
    var map = G.map, b = L.latLngBounds(bounds || G.viewBounds || []);
    if (!b.isValid()) { return; }
    var margin = 6;
    eventMarks().forEach(function (e) {
      if (e[1].gmShown !== false) { margin = Math.max(margin, e[1].options.radius + 4); }
    });
    margin = Math.max(margin, 24);  // a numbered cluster mark is up to 40 px wide
    for (var round = 0; round < 8; round++) {
      var pad = G.controlPadding(margin, b);
      map.fitBounds(b, { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight,
        maxZoom: 9, animate: false });
      G.recluster();
      var size = map.getSize(), marks = drawnMarks();
      var points = marks.map(function (mark) {
        return map.latLngToContainerPoint(mark.getLatLng());
      });
      var corners = [b.getSouthWest(), b.getNorthEast()].map(function (ll) {
        return map.latLngToContainerPoint(ll);
      });
      var shift = clearingShift(points, corners, size, pad, margin);
      if (shift) {
        if (shift.cost > 0) { map.panBy([shift.x, shift.y], { animate: false }); }
        break;
      }
      var before = b.toBBoxString();
      marks.forEach(function (mark, i) {
        if (place(points[i], size, pad, margin) === "under") { b.extend(mark.getLatLng()); }
      });
      if (b.toBBoxString() === before) { break; }
    }
    G.recluster();
    G.declutter();
  };

  return G;
})();
