/*
 * Jaga hotline console: plain JavaScript over /api/v1/hotline. Every value from the server is put
 * on the page with textContent, never as HTML.
 */
(function () {
  'use strict';
  var API = '/api/v1/hotline';
  var state = { me: null, csrf: null, view: null, caseId: null, desks: [], events: null, timer: null };

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'class') { node.className = attrs[k]; }
      else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }

  function api(method, path, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (state.csrf && method !== 'GET') { headers['X-CSRF-Token'] = state.csrf; }
    return fetch(API + path, {
      method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (response.status === 401 && path !== '/session') { signedOut(); }
        if (!response.ok) {
          var error = new Error((data && data.message) || response.statusText);
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function showError(error) {
    var box = $('error');
    box.textContent = error ? error.message : '';
    box.hidden = !error;
  }

  function show(view) {
    ['login', 'queue', 'conversation', 'cases', 'stats', 'audit', 'staff'].forEach(function (id) {
      $(id).hidden = id !== view;
    });
    state.view = view;
    showError(null);
    refresh();
  }

  function refresh() {
    var loaders = { queue: loadQueue, conversation: loadConversation, cases: loadClosed, stats: loadStats,
      audit: loadAudit, staff: loadStaff };
    var load = loaders[state.view];
    if (load) { load().catch(showError); }
  }

  function waited(seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m >= 60 ? Math.floor(m / 60) + ' h ' + (m % 60) + ' min' : m + ':' + (s < 10 ? '0' : '') + s;
  }

  function levelBadge(level) { return el('span', { 'class': 'level-' + level, text: level }); }

  function caseRow(c, cells) {
    var row = el('tr', { 'data-id': c.id, 'data-testid': 'queue-item', 'data-state': c.state });
    cells.forEach(function (cell) { row.appendChild(el('td', {}, [typeof cell === 'string' ? document.createTextNode(cell) : cell])); });
    row.addEventListener('click', function () { openCase(c.id); });
    return row;
  }

  function loadQueue() {
    return Promise.all([api('GET', '/conversations?state=WAITING'), api('GET', '/conversations?state=WITH_HUMAN')])
      .then(function (lists) {
        var waiting = $('waiting'), held = $('with-human');
        waiting.replaceChildren.apply(waiting, lists[0].map(function (c) {
          var since = el('span', { 'class': 'since', 'data-since': c.waitingSince, text: waited(c.waitingSeconds) });
          return caseRow(c, [levelBadge(c.level), since, c.language, c.channel, c.deskName]);
        }));
        held.replaceChildren.apply(held, lists[1].map(function (c) {
          return caseRow(c, [levelBadge(c.level), new Date(c.waitingSince).toLocaleTimeString(), c.language, c.channel,
            c.deskName, c.responder || '']);
        }));
      });
  }

  function tick() {
    Array.prototype.forEach.call(document.querySelectorAll('.since'), function (node) {
      node.textContent = waited(Math.max(0, Math.round((Date.now() - Date.parse(node.dataset.since)) / 1000)));
    });
  }

  function openCase(id) { state.caseId = id; show('conversation'); }

  function loadConversation() {
    return api('GET', '/conversations/' + encodeURIComponent(state.caseId)).then(function (c) {
      $('case-title').textContent = c.level + ' · ' + c.deskName;
      $('case-meta').textContent = 'Language: ' + c.language + ' · channel: ' + c.channel + ' · ' +
        (c.state === 'WITH_HUMAN' ? 'with ' + c.responder : c.state.toLowerCase().replace('_', ' ')) +
        ' · waiting since ' + new Date(c.waitingSince).toLocaleString() +
        (c.outcome ? ' · outcome: ' + c.outcome : '');
      var lines = $('transcript');
      lines.replaceChildren.apply(lines, c.transcript.map(function (line) {
        return el('li', { 'class': 'from-' + line.from, 'data-testid': 'transcript-line', 'data-from': line.from }, [
          el('small', { text: line.from + ' · ' + new Date(line.at).toLocaleTimeString() }),
          document.createTextNode(line.text)]);
      }));
      lines.scrollTop = lines.scrollHeight;
      var facts = $('facts');
      facts.replaceChildren.apply(facts, [].concat.apply([], Object.keys(c.facts).map(function (k) {
        return [el('dt', { text: k }), el('dd', { text: c.facts[k] })];
      })));
      var notes = $('notes');
      notes.replaceChildren.apply(notes, c.notes.map(function (n) {
        return el('li', { 'data-testid': 'note', text: n.author + ': ' + n.text });
      }));
      var mine = c.state === 'WITH_HUMAN' && c.responder === state.me.user;
      $('claim').disabled = c.state !== 'WAITING';
      $('handback').disabled = !mine;
      $('reply-input').disabled = !mine;
      $('reply-form').querySelector('button').disabled = !mine;
      $('close-form').querySelector('button').disabled = c.state === 'CLOSED';
      $('transfer-form').querySelector('button').disabled = c.state === 'CLOSED';
    });
  }

  function act(path, body) {
    return api('POST', '/conversations/' + encodeURIComponent(state.caseId) + path, body)
      .then(function () { showError(null); return loadConversation(); })
      .catch(showError);
  }

  function loadClosed() {
    return api('GET', '/conversations?state=CLOSED').then(function (list) {
      var rows = $('closed');
      rows.replaceChildren.apply(rows, list.map(function (c) {
        return caseRow(c, [new Date(c.closedAt).toLocaleString(), levelBadge(c.level), c.language, c.channel,
          c.deskName, c.outcome || '']);
      }));
    });
  }

  function loadAudit() {
    return api('GET', '/audit?limit=300').then(function (entries) {
      var rows = $('audit-rows');
      rows.replaceChildren.apply(rows, entries.map(function (e) {
        return el('tr', { 'data-testid': 'audit-row' }, [new Date(e.at).toLocaleString(), e.actor, e.action, e.subject,
          e.detail].map(function (t) { return el('td', { text: t }); }));
      }));
    });
  }

  function loadStaff() {
    return api('GET', '/staff').then(function (list) {
      var rows = $('staff-rows');
      rows.replaceChildren.apply(rows, list.map(function (s) {
        return el('tr', { 'data-testid': 'staff-row' }, [s.username, s.role, s.desks.join(', ')].map(function (t) {
          return el('td', { text: t });
        }));
      }));
    });
  }

  function seconds(value) { return value === null || value === undefined ? '–' : waited(value); }

  function loadStats() {
    return api('GET', '/stats').then(function (desks) {
      var rows = $('stats-rows');
      rows.replaceChildren.apply(rows, desks.map(function (d) {
        return el('tr', {}, [d.name, String(d.waiting), String(d.withHuman), seconds(d.firstReplyMedianSeconds),
          seconds(d.firstReplyP90Seconds), String(d.replies)].map(function (t) { return el('td', { text: t }); }));
      }));
      drawChart(desks);
    });
  }

  /** Two bars per desk: waiting now (count) and median time to first reply (minutes), as inline SVG. */
  function drawChart(desks) {
    var ns = 'http://www.w3.org/2000/svg', rowHeight = 34, width = 760, labelWidth = 240, barWidth = 220;
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (rowHeight * desks.length + 30));
    svg.setAttribute('width', '100%');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Waiting now and median time to first reply per desk');
    var maxWaiting = Math.max(1, Math.max.apply(null, desks.map(function (d) { return d.waiting; })));
    var maxReply = Math.max(1, Math.max.apply(null, desks.map(function (d) { return d.firstReplyP90Seconds || 0; })));
    function add(tag, attrs, text) {
      var node = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      if (text !== undefined) { node.textContent = text; }
      svg.appendChild(node);
    }
    add('text', { x: labelWidth, y: 14 }, 'waiting now');
    add('text', { x: labelWidth + barWidth + 40, y: 14 }, 'first reply: median (p90)');
    desks.forEach(function (d, i) {
      var y = 24 + i * rowHeight;
      add('text', { x: 0, y: y + 14 }, d.name);
      add('rect', { x: labelWidth, y: y, height: 18, width: Math.max(1, barWidth * d.waiting / maxWaiting), fill: '#c36b00' });
      add('text', { x: labelWidth + 4 + barWidth * d.waiting / maxWaiting, y: y + 14 }, String(d.waiting));
      var x = labelWidth + barWidth + 40;
      if (d.firstReplyP90Seconds !== null && d.firstReplyP90Seconds !== undefined) {
        add('rect', { x: x, y: y, height: 18, width: Math.max(1, barWidth * d.firstReplyP90Seconds / maxReply), fill: '#b8d4ea' });
        add('rect', { x: x, y: y + 4, height: 10, width: Math.max(1, barWidth * d.firstReplyMedianSeconds / maxReply), fill: '#2271b1' });
      }
      add('text', { x: x + barWidth + 8, y: y + 14 }, seconds(d.firstReplyMedianSeconds) + ' (' + seconds(d.firstReplyP90Seconds) + ')');
    });
    $('stats-chart').replaceChildren(svg);
  }

  function listen() {
    if (state.events) { state.events.close(); }
    var source = new EventSource(API + '/events');
    var pending = null;
    function changed() {
      if (pending) { return; }
      pending = setTimeout(function () { pending = null; refresh(); }, 150);
    }
    ['case', 'message', 'note'].forEach(function (kind) { source.addEventListener(kind, changed); });
    source.addEventListener('ready', function () { $('live').classList.add('on'); changed(); });
    source.onerror = function () { $('live').classList.remove('on'); };
    state.events = source;
  }

  function signedIn(me) {
    state.me = me;
    state.csrf = me.csrf || null;
    $('me').textContent = me.user + ' (' + me.role.toLowerCase() + ')';
    $('nav').hidden = false;
    $('logout').hidden = false;
    Array.prototype.forEach.call(document.querySelectorAll('.oversight'), function (b) { b.hidden = me.role === 'RESPONDER'; });
    api('GET', '/desks').then(function (desks) {
      state.desks = desks;
      var options = desks.map(function (d) { return el('option', { value: d.id, text: d.name + (d.openNow ? '' : ' (closed now)') }); });
      $('transfer-desk').replaceChildren.apply($('transfer-desk'), [el('option', { value: '', text: 'another desk…' })].concat(options));
      $('staff-desks').replaceChildren.apply($('staff-desks'), desks.map(function (d) { return el('option', { value: d.id, text: d.name }); }));
    });
    listen();
    show('queue');
  }

  function signedOut() {
    state.me = null; state.csrf = null;
    if (state.events) { state.events.close(); state.events = null; }
    $('nav').hidden = true; $('logout').hidden = true; $('me').textContent = '';
    api('GET', '/setup').then(function (setup) { $('setup-warning').hidden = setup.adminConfigured; });
    show('login');
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('[data-view]'), function (b) {
      b.addEventListener('click', function () { show(b.dataset.view); });
    });
    $('login-form').addEventListener('submit', function (e) {
      e.preventDefault();
      api('POST', '/session', { user: $('login-user').value, password: $('login-password').value })
        .then(function (me) { $('login-password').value = ''; signedIn(me); })
        .catch(showError);
    });
    $('logout').addEventListener('click', function () { api('DELETE', '/session').finally(signedOut); });
    $('claim').addEventListener('click', function () { act('/claim'); });
    $('handback').addEventListener('click', function () { act('/handback'); });
    $('reply-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = $('reply-input').value;
      if (!text.trim()) { return; }
      var requestId = 'r' + Date.now() + Math.random().toString(36).slice(2, 10);
      act('/messages', { text: text, requestId: requestId }).then(function () { $('reply-input').value = ''; });
    });
    $('note-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var text = $('note-input').value;
      if (!text.trim()) { return; }
      api('POST', '/conversations/' + encodeURIComponent(state.caseId) + '/notes', { text: text })
        .then(function () { $('note-input').value = ''; return loadConversation(); }).catch(showError);
    });
    $('transfer-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var responder = $('transfer-responder').value.trim();
      act('/transfer', responder ? { responder: responder } : { desk: $('transfer-desk').value });
    });
    $('close-form').addEventListener('submit', function (e) {
      e.preventDefault();
      act('/close', { outcome: $('close-outcome').value, note: $('close-note').value });
    });
    $('staff-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var desks = Array.prototype.map.call($('staff-desks').selectedOptions, function (o) { return o.value; });
      api('POST', '/staff', { username: $('staff-username').value, password: $('staff-password').value,
        role: $('staff-role').value, desks: desks })
        .then(function () { $('staff-password').value = ''; return loadStaff(); }).catch(showError);
    });
    state.timer = setInterval(tick, 1000);
    api('GET', '/session').then(signedIn).catch(function () { signedOut(); });
  });
}());
