/* The dashboard of fazhi: fills the reports table from the page's JSON a page of rows at a time (so a
   national year of 10 000 reports opens and sorts at once), sorts it by any column, filters it, and
   draws the charts with ECharts (bundled beside this script; nothing comes from a network). Every text
   from a report is escaped before it reaches the table. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('fazhi-data').textContent);
  var words = JSON.parse(document.getElementById('fazhi-words').textContent);
  var all = data.reports;
  var PART_ORDER = { '✓': 0, '~': 1, '✗': 2, '–': 3 };
  var PART_CLASS = { '✓': 'found', '~': 'embedded', '✗': 'missing', '–': 'absent' };
  var COLOURS = { ERROR: '#c5221f', WARNING: '#e37400', INFO: '#1a5fb4' };
  var collator = new Intl.Collator(document.documentElement.lang || undefined, { numeric: true });
  var i, p;
  for (i = 0; i < all.length; i++) {
    var r = all[i];
    r.k = i;
    r.t = ((r.i || '') + ' ' + r.s + ' ' + (r.y == null ? '' : r.y) + ' ' + r.f + ' ' + (r.du || '')).toLowerCase();
    r.missing = false;
    for (p = 0; p < 5; p++) {
      r['pt' + p] = r.pt.charAt(p);
      if (r.pt.charAt(p) === '✗') { r.missing = true; }
    }
  }
  var state = { key: null, type: 'text', dir: 1, filter: '', show: 'all', page: 0, size: 100 };
  var view = all.slice();
  var table = document.getElementById('reports');
  var tbody = table.tBodies[0];
  var charts = [];

  function format(pattern, values) {
    return pattern.replace(/\{(\d)\}/g, function (m, n) { return values[Number(n)]; });
  }
  function escape(text) {
    if (text == null) { return ''; }
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function value(v) { return v == null ? escape(words.none) : escape(v); }

  function comparator(key, type, dir) {
    var part = key.lastIndexOf('pt', 0) === 0;
    return function (a, b) {
      var x = a[key];
      var y = b[key];
      if (part) { x = PART_ORDER[x]; y = PART_ORDER[y]; }
      var xNone = x == null || x === '';
      var yNone = y == null || y === '';
      if (xNone || yNone) {
        return xNone && yNone ? a.k - b.k : (xNone ? 1 : -1); // nothing to sort by: always last
      }
      var c = part || type === 'number' ? x - y : collator.compare(x, y);
      return c !== 0 ? c * dir : a.k - b.k;
    };
  }

  function keep(r) {
    if (state.filter && r.t.indexOf(state.filter) < 0) { return false; }
    switch (state.show) {
      case 'errors': return r.e > 0;
      case 'late': return r.l > 0;
      case 'missing': return r.missing;
      case 'copied': return r.du != null || r.ru != null;
      default: return true;
    }
  }

  function apply() {
    view = state.filter || state.show !== 'all' ? all.filter(keep) : all.slice();
    if (state.key) { view.sort(comparator(state.key, state.type, state.dir)); }
    var pages = pageCount();
    if (state.page >= pages) { state.page = pages - 1; }
    render();
  }

  function pageCount() {
    return state.size ? Math.max(1, Math.ceil(view.length / state.size)) : 1;
  }

  function row(r) {
    var html = '<tr><td><a href="' + escape(r.h) + '">' + escape(r.i || r.s) + '</a><div class="file">'
      + escape(r.s) + '</div></td><td class="num">' + value(r.y) + '</td><td>' + escape(r.f) + '</td><td class="date">'
      + value(r.sg) + '</td><td class="date">' + value(r.p) + '</td><td class="num' + (r.l > 0 ? ' late' : '') + '">'
      + value(r.l) + '</td>';
    for (var q = 0; q < 5; q++) {
      var mark = r['pt' + q];
      html += '<td class="part ' + PART_CLASS[mark] + '">' + escape(mark) + '</td>';
    }
    return html + '<td class="num' + (r.e > 0 ? ' has-error' : '') + '">' + r.e + '</td><td class="num">' + r.w
      + '</td><td class="num">' + r.n + '</td><td class="file duplicate"' + (r.du == null ? '>' : ' title="' + escape(r.du) + '">')
      + value(r.du == null ? null : r.du.substring(r.du.lastIndexOf('/') + 1))
      + '</td><td class="num reused">' + (r.ru == null ? value(null) : escape(r.ru + ' %')) + '</td></tr>';
  }

  function render() {
    var size = state.size || view.length;
    var start = state.page * size;
    var end = Math.min(view.length, start + size);
    var html = new Array(end - start);
    for (var j = start; j < end; j++) { html[j - start] = row(view[j]); }
    tbody.innerHTML = html.join('');
    document.getElementById('shown').textContent = format(words['filter.shown'], [view.length, all.length]);
    document.getElementById('page-info').textContent = format(words['pager.page'], [state.page + 1, pageCount()]);
    document.getElementById('prev').disabled = state.page === 0;
    document.getElementById('next').disabled = state.page + 1 >= pageCount();
  }

  function sortBy(key, type) {
    if (state.key === key) {
      state.dir = -state.dir;
    } else {
      state.key = key;
      state.type = type || 'text';
      state.dir = 1;
    }
    var headers = table.tHead.rows[0].cells;
    for (var h = 0; h < headers.length; h++) {
      var sorted = headers[h].getAttribute('data-key') === key;
      headers[h].setAttribute('aria-sort', sorted ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
    state.page = 0;
    apply();
  }

  table.tHead.addEventListener('click', function (event) {
    var th = event.target.closest('th');
    if (th) { sortBy(th.getAttribute('data-key'), th.getAttribute('data-type')); }
  });
  table.tHead.addEventListener('keydown', function (event) {
    var th = event.target.closest('th');
    if (th && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      sortBy(th.getAttribute('data-key'), th.getAttribute('data-type'));
    }
  });
  var typing = null;
  document.getElementById('filter').addEventListener('input', function (event) {
    clearTimeout(typing);
    var text = event.target.value.trim().toLowerCase();
    typing = setTimeout(function () { state.filter = text; state.page = 0; apply(); }, 120);
  });
  document.getElementById('show').addEventListener('change', function (event) {
    state.show = event.target.value; state.page = 0; apply();
  });
  document.getElementById('page-size').addEventListener('change', function (event) {
    state.size = Number(event.target.value); state.page = 0; render();
  });
  document.getElementById('prev').addEventListener('click', function () {
    if (state.page > 0) { state.page--; render(); }
  });
  document.getElementById('next').addEventListener('click', function () {
    if (state.page + 1 < pageCount()) { state.page++; render(); }
  });
  // On paper, every row that the filter keeps, and charts sized for the page.
  var sizeBeforePrint = null;
  window.addEventListener('beforeprint', function () {
    sizeBeforePrint = state.size; state.size = 0; render();
    charts.forEach(function (c) { c.resize(); });
  });
  window.addEventListener('afterprint', function () {
    if (sizeBeforePrint !== null) { state.size = sizeBeforePrint; sizeBeforePrint = null; render(); }
    charts.forEach(function (c) { c.resize(); });
  });

  function draw(id, option, height) {
    var box = document.getElementById(id);
    if (!box || !window.echarts) { return; }
    if (height) { box.style.height = height + 'px'; }
    var chart = window.echarts.init(box, null, { renderer: 'svg' });
    chart.setOption(option);
    charts.push(chart);
  }

  function drawRules() {
    var rules = Object.keys(data.rules);
    var total = function (rule) {
      var c = data.rules[rule];
      return (c.ERROR || 0) + (c.WARNING || 0) + (c.INFO || 0);
    };
    rules.sort(function (a, b) { return total(a) - total(b) || collator.compare(b, a); });
    var series = ['ERROR', 'WARNING', 'INFO'].map(function (severity) {
      return {
        name: words['severity.' + severity], type: 'bar', stack: 'all', color: COLOURS[severity],
        data: rules.map(function (rule) { return data.rules[rule][severity] || 0; })
      };
    });
    draw('chart-rules', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 }, yAxis: { type: 'category', data: rules },
      series: series
    }, Math.max(320, 26 * rules.length + 80));
  }

  function drawDates() {
    var weeks = {};
    var undated = 0;
    var low = 0;
    var high = 1;
    all.forEach(function (r) {
      if (r.d == null) { undated++; return; }
      // The week ending on the deadline is week 0 (on time); week 1 the first week late, and so on.
      var week = Math.max(-26, Math.min(52, Math.ceil(r.d / 7)));
      weeks[week] = (weeks[week] || 0) + 1;
      low = Math.min(low, week);
      high = Math.max(high, week);
    });
    var labels = [];
    var counts = [];
    for (var w = low; w <= high; w++) {
      labels.push(w === 0 ? words['chart.deadline'] : (w > 0 ? '+' : '') + (w * 7));
      counts.push({ value: weeks[w] || 0, itemStyle: { color: w > 0 ? '#c5221f' : '#137333' } });
    }
    draw('chart-dates', {
      tooltip: { trigger: 'axis' },
      title: { text: undated ? words['chart.no-date'] + ': ' + undated : '', right: 8, top: 0,
        textStyle: { fontSize: 12, fontWeight: 'normal' } },
      grid: { left: 8, right: 24, top: 32, bottom: 28, containLabel: true },
      xAxis: { type: 'category', data: labels, name: words['chart.days'], nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', minInterval: 1, name: words['chart.reports'] },
      series: [{ type: 'bar', data: counts, name: words['chart.reports'] }]
    });
  }

  function drawParts() {
    var names = [0, 1, 2, 3, 4].map(function (q) { return words['part.' + q]; });
    var kinds = [['found', '✓', '#137333'], ['embedded', '~', '#e37400'], ['missing', '✗', '#c5221f'],
      ['absent', '–', '#bdc1c6']];
    var n = Math.max(1, all.length);
    var series = kinds.map(function (kind) {
      return {
        name: words['chart.' + kind[0]], type: 'bar', stack: 'share', color: kind[2],
        data: [0, 1, 2, 3, 4].map(function (q) {
          var count = 0;
          for (var j = 0; j < all.length; j++) {
            var mark = all[j]['pt' + q];
            if (mark === kind[1]) { count++; }
          }
          return Math.round(1000 * count / n) / 10;
        })
      };
    });
    draw('chart-parts', {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } }, legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
      series: series
    });
  }

  function drawErrors() {
    var counts = new Array(11);
    for (var j = 0; j < 11; j++) { counts[j] = 0; }
    all.forEach(function (r) { counts[Math.min(10, r.e)]++; });
    var labels = counts.map(function (c, j) { return j === 10 ? '10+' : String(j); });
    draw('chart-errors', {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 32, bottom: 28, containLabel: true },
      xAxis: { type: 'category', data: labels, name: words['column.errors'], nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', minInterval: 1, name: words['chart.reports'] },
      series: [{ type: 'bar', data: counts, color: '#c5221f', name: words['chart.reports'] }]
    });
  }

  render();
  drawRules();
  drawDates();
  drawParts();
  drawErrors();
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  // For scripts and tests: how many reports, how many rows shown, sorting as a click does.
  window.fazhiDashboard = {
    reports: all.length,
    shown: function () { return view.length; },
    sortBy: sortBy,
    filter: function (text) { state.filter = String(text).trim().toLowerCase(); state.page = 0; apply(); },
    charts: charts
  };
  if (window.performance && performance.mark) { performance.mark('fazhi-ready'); }
}());
