/* geomap's map page, continued (after map.js): the time slider and the filter box,
 * numbered clusters of events at one point, arrow labels that never overlap, and the
 * first view, clear of the legend and the controls. */
/* global L, geomap */
(function (G) {
  "use strict";
  var esc = G.esc, small = G.small, control = G.control, eventMarks = G.eventMarks;

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
      var want = wanted(), shown = 0, undated = check.checked;
      var active = FILTERS.filter(function (f) { return want[f[0]] !== ""; });
      var arrows = (G.marks.arrows || []).length > 0;  // G.shown is for the arrows
      label.textContent = cutoff ? "events up to " + cutoff : "no dated events";
      all.forEach(function (e) {
        var p = e[1].feature.properties, d = p.date;
        var visible = d ? d <= cutoff : undated;
        for (var k = 0; k < active.length && visible; k++) {
          if (String(active[k][2](p)) !== want[active[k][0]]) { visible = false; }
        }
        e[1].gmShown = visible;
        if (arrows) { G.shown[p.id] = visible; }
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
   * mark whose popup lists them all; each entry opens that event's own popup. With
   * more than marks.draw_all_up_to events only marks and clusters in view (and half
   * a screen around it) are drawn, and moving further away draws them anew.
   * Positions are projected once (zoom 0) into typed arrays and scaled per zoom. */
  function index() {
    if (G.index) { return G.index; }
    var all = eventMarks(), n = all.length, crs = G.map.options.crs;
    var x = new Float64Array(n), y = new Float64Array(n);
    all.forEach(function (e, i) {
      var p = crs.latLngToPoint(e[1].getLatLng(), 0);
      x[i] = p.x; y[i] = p.y;
    });
    var places = G.cullPlaces ? G.marks.places : [];
    var px = new Float64Array(places.length), py = new Float64Array(places.length);
    places.forEach(function (mark, i) {
      var p = crs.latLngToPoint(mark.getLatLng(), 0);
      px[i] = p.x; py[i] = p.y;
    });
    G.index = { all: all, x: x, y: y, area: null, zoom: null,
      cull: n > G.theme.marks.draw_all_up_to || G.cullPlaces,
      places: places, placeX: px, placeY: py };
    return G.index;
  }

  /* A layer of many places: its marks in the area clustered, none elsewhere, and
   * none at all while more than marks.places_in_view would be drawn (zoomed out,
   * thousands of dots would only hide the counts). */
  function cullPlaces(ix, area, scale) {
    var layer = G.layers.places, inside = new Uint8Array(ix.places.length), n = 0;
    for (var i = 0; i < ix.places.length; i++) {
      var x = ix.placeX[i] * scale, y = ix.placeY[i] * scale;
      if (x >= area.min.x && x <= area.max.x && y >= area.min.y && y <= area.max.y) {
        inside[i] = 1; n += 1;
      }
    }
    var all = n <= G.theme.marks.places_in_view;
    ix.places.forEach(function (mark, j) {
      var on = all && inside[j] === 1;
      if (on && !layer.hasLayer(mark)) { layer.addLayer(mark); }
      if (!on && layer.hasLayer(mark)) { layer.removeLayer(mark); }
    });
  }

  /* Whether the view left what the last clustering covered (or the zoom changed). */
  G.reclusterNeeded = function () {
    var ix = G.index;
    if (!ix || ix.zoom !== G.map.getZoom()) { return true; }
    return ix.cull && !ix.area.contains(G.map.getPixelBounds());
  };

  var stamp = 0;
  G.recluster = function () {
    if (!G.map || !G.viewFitted) { return; }  // nothing is drawn before the first view
    if (!G.clusters) { G.clusters = L.layerGroup().addTo(G.map); }
    G.clusters.clearLayers();
    var ix = index(), all = ix.all, m = G.theme.marks, map = G.map;
    var px = all.length > m.many ? m.cluster_pixels_many : m.cluster_pixels;
    var zoom = map.getZoom(), scale = Math.pow(2, zoom), cells = new Map(), groups = [];
    var on = {};
    G.eventRoles.forEach(function (role) {
      on[role] = !!G.layers[role] && map.hasLayer(G.layers[role]);
    });
    var area = null;
    if (ix.cull) {
      var view = map.getPixelBounds(), half = view.getSize().divideBy(2);
      area = L.bounds(view.min.subtract(half), view.max.add(half));
    }
    ix.zoom = zoom;
    ix.area = area;
    if (ix.places.length) { cullPlaces(ix, area, scale); }
    stamp += 1;
    for (var i = 0; i < all.length; i++) {
      var mark = all[i][1];
      if (mark.gmShown === false || !on[all[i][0]]) { continue; }
      var x = ix.x[i] * scale, y = ix.y[i] * scale;
      if (area && (x < area.min.x || x > area.max.x || y < area.min.y || y > area.max.y)) {
        continue;
      }
      var cx = Math.floor(x / px), cy = Math.floor(y / px), found = null;
      for (var dx = -1; dx <= 1 && !found; dx++) {
        for (var dy = -1; dy <= 1 && !found; dy++) {
          var near = cells.get((cx + dx) * 1e8 + cy + dy) || [];
          for (var k = 0; k < near.length; k++) {
            var g = near[k];
            if ((g.x - x) * (g.x - x) + (g.y - y) * (g.y - y) <= px * px) { found = g; break; }
          }
        }
      }
      if (!found) {
        found = { x: x, y: y, members: [] };
        groups.push(found);
        var key = cx * 1e8 + cy;
        if (!cells.has(key)) { cells.set(key, []); }
        cells.get(key).push(found);
      }
      found.members.push(all[i]);
    }
    groups.forEach(function (g) {
      if (g.members.length === 1) { g.members[0][1].gmLone = stamp; }
    });
    G.eventRoles.forEach(function (role) {
      var layer = G.layers[role];
      if (!layer) { return; }
      layer.eachLayer(function (mark) {
        if (mark.gmLone !== stamp) { layer.removeLayer(mark); }
      });
    });
    groups.forEach(function (g) {
      if (g.members.length === 1) {
        var layer = G.layers[g.members[0][0]], mark = g.members[0][1];
        if (!layer.hasLayer(mark)) { layer.addLayer(mark); }
      } else {
        G.clusters.addLayer(clusterMark(g.members));
      }
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
    G.eventRoles.forEach(function (role) {
      var layer = G.layers[role];
      if (layer && G.map.hasLayer(layer)) { layer.eachLayer(function (m) { out.push(m); }); }
    });
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
    G.viewFitted = true;
    if (!b.isValid()) { G.recluster(); return; }
    var margin = 6;
    eventMarks().forEach(function (e) {
      if (e[1].gmShown !== false) { margin = Math.max(margin, e[1].options.radius + 4); }
    });
    margin = Math.max(margin, 24);  // a numbered cluster mark is up to 40 px wide
    for (var round = 0; round < 8; round++) {
      var pad = G.controlPadding(margin, b);
      map.fitBounds(b, { paddingTopLeft: pad.topLeft, paddingBottomRight: pad.bottomRight,
        maxZoom: 9, animate: false });
      if (G.reclusterNeeded()) { G.recluster(); }  // moveend has, unless the view stayed
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
    if (G.reclusterNeeded()) { G.recluster(); }
    G.declutter();
  };
})(geomap);
