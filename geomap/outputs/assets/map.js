/* geomap's map page: unpacks the page data, draws and explains every mark (styles,
 * popups, tooltips, legend). map-controls.js adds the time slider, the filter box, the
 * clusters and the first view. Inlined into map.html by geomap/maps.py;
 * geomap.theme comes from theme.toml. */
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

  /* Page data deflated in Python (zlib raw deflate) and written seven bits a
   * character into the text of element ``id`` (geomap/bytetext.py); DEL and a digit
   * stand for one of ESCAPED. */
  var ESCAPED = [0x00, 0x0d, 0x22, 0x26, 0x27, 0x3c, 0x3e, 0x7b, 0x7f];
  G.inflateText = function (id, size) {
    // ASCII text: its UTF-8 bytes are its characters, read far faster than charCodeAt
    var text = new TextEncoder().encode(document.getElementById(id).textContent);
    var n = text.length, src = new Uint8Array(Math.ceil(n * 7 / 8)), acc = 0, bits = 0, o = 0;
    for (var i = 0; i < n; i++) {
      var v = text[i];
      if (v === 0x7f) { i += 1; v = ESCAPED[text[i] - 48]; }
      acc = (acc << 7) | v;
      bits += 7;
      if (bits >= 8) {
        bits -= 8;
        src[o++] = (acc >> bits) & 255;
        acc &= (1 << bits) - 1;
      }
    }
    var out = geomapInflate(src.subarray(0, o), new Uint8Array(size));
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
    map.on("moveend", function () {
      if (G.reclusterNeeded()) { G.recluster(); G.declutter(); }
    });
  };

  /* A layer of many places draws only those in view, as events do (map-controls.js):
   * its marks leave the layer before it is put on the map. */
  G.register = function (role, layer) {
    G.layers[role] = layer;
    G.marks[role] = layer.getLayers();
    layer.on("click mouseover", bindOnDemand);
    if (role === "places" && G.marks[role].length > G.theme.marks.draw_all_up_to) {
      G.cullPlaces = true;
      layer.clearLayers();
    }
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

  /* A quote of the page's table: text, or word codes (geomap/wordcode.py) decoded
   * when a popup needs it; a code's first digit says whether to give the sentence
   * back its capital (1) and its full stop (2). */
  var DIGIT = {};
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("")
    .forEach(function (c, i) { DIGIT[c] = i; });
  G.quote = function (i) {
    var q = G.data.quotes;
    if (Array.isArray(q)) { return q[i]; }
    var code = q.codes[i], words = [], n = 0, flag = DIGIT[code.charAt(0)];
    for (var j = 1; j < code.length; j++) {
      var v = DIGIT[code.charAt(j)];
      n = n * 32 + (v & 31);
      if (v < 32) { words.push(q.words[n]); n = 0; }
    }
    var text = words.join(" ");
    if (flag & 1) { text = text.charAt(0).toUpperCase() + text.slice(1); }
    return flag & 2 ? text + "." : text;
  };

  /* An event's quoted sentences with their articles, built when its popup opens
   * (p.quote: the index its first quote's difference counts from). */
  G.sources = function (p) {
    var out = [];
    for (var j = 0, quote = p.quote; j < p.refs.length; j += 2) {
      quote += p.refs[j + 1];
      out.push({ article: G.data.articles[p.refs[j]], quote: G.quote(quote) });
    }
    return out;
  };

  /* The properties of event i of a packed family (see _pack_events in maps.py). */
  function eventProps(family, c, i) {
    var D = G.data, type = D.types[c.t[i]], place = D.places[c.pl[i]];
    return {
      id: c.id[i], family: family, type: type[1], color: type[2], date: c.d[i],
      date_precision: c.dp[i], actor: c.a[i], target: c.g[i], location: place[0],
      place_kind: place[1], country: c.c[i], geo_precision: place[2],
      killed: c.k[i], crossed_border: c.cb[i], border_distance_km: c.bd[i],
      confidence: c.cf[i], refs: c.s[i], alleged: c.al[i] === 1,
      background: c.bg[i] === 1, reported_by: c.rb[i]
    };
  }

  /* An event's mark: a canvas circle whose popup and tooltip are bound the first
   * time it is drawn (most marks of a large map are only ever part of a cluster). */
  var EventMark = L.CircleMarker.extend({
    onAdd: function (map) {
      if (!this.gmBound) {
        this.gmBound = true;
        G.bindEvent(this.feature, this);
      }
      L.CircleMarker.prototype.onAdd.call(this, map);
    }
  });

  /* One family's layer: a mark per event, none drawn yet (map-controls.js draws
   * those no cluster holds); registered as geomap.layers[role]. */
  G.eventLayer = function (family, role) {
    var c = G.data.events[family], marks = [], quote = 0;
    for (var i = 0; i < c.id.length; i++) {
      var p = eventProps(family, c, i), place = G.data.places[c.pl[i]];
      // refs give each quote's index as the difference from the previous one's
      p.quote = quote;
      for (var j = 1; j < p.refs.length; j += 2) { quote += p.refs[j]; }
      var mark = new EventMark([place[4], place[3]], G.eventStyle(p));
      mark.feature = { type: "Feature", properties: p };
      marks.push(mark);
    }
    var layer = L.featureGroup();
    G.layers[role] = layer;
    G.marks[role] = marks;
    return layer;
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
    var sources = G.sources(p);
    for (var i = 0; i < sources.length; i++) {
      var s = sources[i];
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

  /* A place's mark binds its popup and tooltip when first asked for them, or when
   * first clicked or hovered (its layer passes the event on: see G.register). */
  var PlaceMark = L.CircleMarker.extend({
    gmBind: function () {
      if (!this.gmBound) {
        this.gmBound = true;
        G.bindPlace(this.feature, this);
      }
      return this;
    },
    getPopup: function () { return L.Layer.prototype.getPopup.call(this.gmBind()); },
    getTooltip: function () { return L.Layer.prototype.getTooltip.call(this.gmBind()); },
    openPopup: function (latlng) {
      return L.Layer.prototype.openPopup.call(this.gmBind(), latlng);
    },
    openTooltip: function (latlng) {
      return L.Layer.prototype.openTooltip.call(this.gmBind(), latlng);
    }
  });

  function bindOnDemand(e) {
    var mark = e.propagatedFrom;
    if (!mark || !mark.gmBind || mark.gmBound) { return; }
    mark.gmBind();
    if (e.type === "click") { mark.openPopup(e.latlng); } else { mark.openTooltip(e.latlng); }
  }

  G.placeMark = function (feature, latlng) {
    var c = G.theme.map;
    return new PlaceMark(latlng, { radius: 3.5, color: c.place, weight: 1,
      fillColor: "#ffffff", fillOpacity: 0.9 });
  };

  G.bindPlace = function (feature, layer) {
    var p = feature.properties;
    layer.bindTooltip(function () { return esc(p.name); }, { sticky: true });
    layer.bindPopup(function () {
      var h = '<div class="gm-pop"><div class="gm-type">' + esc(p.name) + "</div>";
      h += row('<span class="gm-dim">' + esc(p.kind) +
        (p.country ? ", " + esc(p.country) : "") + "</span>");
      h += row("Mentioned " + esc(p.count) + (p.count === 1 ? " time" : " times") +
        (p.mentions.length < p.count ?
          ' <span class="gm-dim">(the first ' + p.mentions.length + " below)</span>" : ""));
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
  G.eventRoles = EVENT_ROLES;
  G.control = control;
  G.small = small;

  return G;
})();
