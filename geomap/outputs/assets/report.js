/* Table sorter of the report and its fragments: sorts each table of each fragment
 * not yet initialised; no ids, no globals. Blank cells sort last either way. */
(function () {
  "use strict";
  function key(row, i) {
    var cell = row.cells[i];
    if (!cell) { return ""; }
    var k = cell.getAttribute("data-k");
    return k === null ? cell.textContent.trim() : k;
  }
  function compare(x, y) {
    if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
    var nx = Number(x), ny = Number(y);
    if (!isNaN(nx) && !isNaN(ny)) { return nx - ny; }
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  function sortBy(table, th) {
    var i = th.cellIndex, body = table.tBodies[0];
    var up = th.getAttribute("aria-sort") !== "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, i), y = key(b, i);
      if (x === "" || y === "") { return compare(x, y); }
      return up ? compare(x, y) : compare(y, x);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(th.parentNode.cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    th.setAttribute("aria-sort", up ? "ascending" : "descending");
  }
  var roots = document.querySelectorAll(".geomap-report:not([data-gmr-ready])");
  Array.prototype.forEach.call(roots, function (root) {
    Array.prototype.forEach.call(root.querySelectorAll("table.gmr-sortable"), function (t) {
      Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th) {
        th.querySelector("button").addEventListener("click", function () { sortBy(t, th); });
      });
    });
    root.setAttribute("data-gmr-ready", "1");
  });
})();
