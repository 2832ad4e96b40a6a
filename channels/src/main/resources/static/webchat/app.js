/*
 * Web chat client. Plain JS, no build step, no third-party code.
 *
 * Server contract (see also the report in the commit message):
 *   POST channels/webchat/messages
 *        {"conversationId", "messageId", "text" | "payload", "lang"}  -> 202 {"accepted": true, "messageId"}
 *        4xx -> {"error", "message"}; network errors and 5xx are retried with the same messageId.
 *   GET  channels/webchat/conversations/{conversationId}/events  (text/event-stream)
 *        data: {"type": "message" | "typing" | "clear", "id", "text", "buttons": [{"label", "payload"}],
 *               "at", "from": "bot" | "user" (optional, default "bot"),
 *               "messageId" and, for a tapped button, "payload" (on echoed user messages)}
 *        Events are de-duplicated by data.id (else by a changed SSE id), so a full replay is harmless.
 */
(function () {
  'use strict';

  // Where Quick exit goes. Opened with location.replace so Back does not return to the chat.
  var EXIT_URL = 'https://www.google.com/search?q=weather';

  var MESSAGES_URL = 'channels/webchat/messages';
  var EVENTS_URL = 'channels/webchat/conversations/{id}/events';
  var MAX_CHARS = 4000;
  var COUNTER_FROM = 500;          // show the counter when fewer characters than this are left
  var RETRY_BUDGET_MS = 32000;     // back-off 1 s, 2 s, 4 s, 8 s, 16 s, then "tap to retry"
  var ESCAPE_WINDOW_MS = 1000;     // Escape twice within this long = quick exit
  var TYPING_TIMEOUT_MS = 30000;
  var BANNER_DELAY_MS = 4000;      // how long the stream may be down before we say so
  var LANGS = ['en', 'id', 'ms', 'th', 'vi', 'fil', 'my', 'km', 'zh'];
  var KEY_CONVERSATION = 'c.id';   // deliberately bland storage keys
  var KEY_LANG = 'c.lang';

  // Strings used before or without the i18n file (the page's own HTML carries English too).
  var FALLBACK = {
    htmlLang: 'en', dir: 'ltr',
    sending: 'Sending…',
    notSent: 'Not sent. Tap to retry.',
    errorGeneric: 'Something went wrong. Please try again.',
    offline: 'You’re offline. Your messages will be sent when you’re back online.',
    connecting: 'Connecting…',
    counter: '{n} characters left',
    tooLong: '{n} characters too long. Please shorten it or send it in parts.'
  };

  var els = {};
  var strings = FALLBACK;
  var lang = 'en';
  var conversationId = null;
  var source = null;               // EventSource
  var sourceRetryTimer = null;
  var sourceBackoff = 1000;
  var bannerTimer = null;
  var typingTimer = null;
  var seen = new Set();            // event ids already rendered
  var prevLastEventId = '';
  var localIds = new Set();        // messageIds this page sent (their echoes are not rendered twice)
  var outbox = new Map();          // messageId -> pending send
  var currentChips = null;         // reply buttons of the latest bot message
  var buttonLabels = new Map();    // payload -> label, to show an echoed tap by its label
  var lastEscape = 0;
  var exiting = false;
  var memoryStore = {};            // used when localStorage is unavailable

  // ---------------------------------------------------------------- quick exit

  function quickExit() {
    if (exiting) { return; }
    exiting = true;
    // Synchronous, in this order: stream, transcript and input, storage, cookies, then leave.
    try { if (source) { source.close(); } source = null; } catch (e) { /* keep going */ }
    try {
      clearTimeout(sourceRetryTimer); clearTimeout(bannerTimer); clearTimeout(typingTimer);
      outbox.forEach(function (p) { clearTimeout(p.timer); });
      outbox.clear(); localIds.clear(); seen.clear(); buttonLabels.clear(); memoryStore = {};
    } catch (e) { /* keep going */ }
    try {
      if (els.messages) { els.messages.textContent = ''; }
      if (els.input) { els.input.value = ''; els.input.blur(); }
      if (els.scroll) { els.scroll.textContent = ''; }
    } catch (e) { /* keep going */ }
    try { window.localStorage.clear(); } catch (e) { /* keep going */ }
    try { window.sessionStorage.clear(); } catch (e) { /* keep going */ }
    try { clearCookies(); } catch (e) { /* keep going */ }
    window.location.replace(EXIT_URL);
  }

  function clearCookies() {
    // The page sets no cookies; this only removes any that exist for this origin's paths.
    var cookies = document.cookie ? document.cookie.split(';') : [];
    var paths = ['/', window.location.pathname];
    cookies.forEach(function (c) {
      var name = c.split('=')[0].trim();
      if (!name) { return; }
      paths.forEach(function (p) {
        document.cookie = name + '=; expires=Thu, 01 Jan 1970 00:00:00 GMT; max-age=0; path=' + p;
      });
    });
  }

  function onKeyDown(e) {
    if (e.key !== 'Escape' && e.key !== 'Esc') { return; }
    var now = Date.now();
    if (now - lastEscape <= ESCAPE_WINDOW_MS) {
      e.preventDefault();
      quickExit();
    } else {
      lastEscape = now;
    }
  }

  // ---------------------------------------------------------------- storage

  function store(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { memoryStore[key] = value; }
  }

  function load(key) {
    try {
      var v = window.localStorage.getItem(key);
      if (v !== null) { return v; }
    } catch (e) { /* fall through */ }
    return Object.prototype.hasOwnProperty.call(memoryStore, key) ? memoryStore[key] : null;
  }

  function randomId() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === 'function') { return c.randomUUID(); }
    var b = new Uint8Array(16);
    if (c && c.getRandomValues) {
      c.getRandomValues(b);
    } else {
      for (var i = 0; i < 16; i++) { b[i] = Math.floor(Math.random() * 256); }
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function getConversationId() {
    var id = load(KEY_CONVERSATION);
    if (!id || !/^[A-Za-z0-9-]{8,64}$/.test(id)) {
      id = randomId();
      store(KEY_CONVERSATION, id);
    }
    return id;
  }

  // ---------------------------------------------------------------- languages

  function normalizeLang(tag) {
    if (!tag) { return null; }
    var primary = String(tag).toLowerCase().split(/[-_]/)[0];
    var map = { 'in': 'id', 'tl': 'fil', 'zsm': 'ms', 'mya': 'my', 'khm': 'km', 'zho': 'zh', 'cmn': 'zh' };
    primary = map[primary] || primary;
    return LANGS.indexOf(primary) >= 0 ? primary : null;
  }

  function initialLang() {
    var saved = normalizeLang(load(KEY_LANG));
    if (saved) { return saved; }
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < prefs.length; i++) {
      var l = normalizeLang(prefs[i]);
      if (l) { return l; }
    }
    return 'en';
  }

  function t(key, vars) {
    var s = (strings && typeof strings[key] === 'string') ? strings[key] : FALLBACK[key];
    if (typeof s !== 'string') { return ''; }
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, k) { return vars[k] !== undefined ? String(vars[k]) : m; });
    }
    return s;
  }

  function setLang(next, remember) {
    lang = normalizeLang(next) || 'en';
    if (remember) { store(KEY_LANG, lang); }
    els.language.value = lang;
    var url = 'webchat/i18n/' + lang + '.json';
    fetch(url, { cache: 'no-cache' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (json) {
        if (exiting || normalizeLang(json.code || lang) !== lang) { return; }
        strings = json;
        applyStrings();
      })
      .catch(function () { /* keep whatever is shown */ });
  }

  function applyStrings() {
    var root = document.documentElement;
    root.lang = t('htmlLang') || lang;
    root.dir = t('dir') === 'rtl' ? 'rtl' : 'ltr';
    if (strings.title) { document.title = strings.title; }
    document.querySelectorAll('[data-i18n]').forEach(function (node) {
      var v = strings[node.getAttribute('data-i18n')];
      if (typeof v === 'string') { node.textContent = v; }
    });
    [['data-i18n-placeholder', 'placeholder'], ['data-i18n-aria-label', 'aria-label'], ['data-i18n-title', 'title']]
      .forEach(function (pair) {
        document.querySelectorAll('[' + pair[0] + ']').forEach(function (node) {
          var v = strings[node.getAttribute(pair[0])];
          if (typeof v === 'string') { node.setAttribute(pair[1], v); }
        });
      });
    outbox.forEach(function (p) { renderStatus(p); });
    updateCounter();
    updateBanner();
  }

  // ---------------------------------------------------------------- rendering

  var URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'“”‘’]+/gi;

  // Text goes in as text nodes only. Links become inert spans: shown, copyable, never clickable.
  function fillText(node, text) {
    node.textContent = '';
    text = String(text == null ? '' : text);
    var last = 0;
    var m;
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(text)) !== null) {
      if (m.index > last) { node.appendChild(document.createTextNode(text.slice(last, m.index))); }
      var span = document.createElement('span');
      span.className = 'url';
      span.textContent = m[0];
      node.appendChild(span);
      last = m.index + m[0].length;
    }
    if (last < text.length) { node.appendChild(document.createTextNode(text.slice(last))); }
  }

  function nearBottom() {
    var s = els.scroll;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  function scrollToBottom() {
    els.scroll.scrollTop = els.scroll.scrollHeight;
  }

  function appendRow(row, force) {
    var stick = force || nearBottom();
    els.messages.appendChild(row);
    els.intro.hidden = true;
    if (stick) { scrollToBottom(); }
  }

  function renderBot(data) {
    var stick = nearBottom();
    var row = document.createElement('div');
    row.className = 'row bot';
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.setAttribute('data-testid', 'bot-message');
    fillText(bubble, data.text);
    row.appendChild(bubble);

    retireChips();
    var buttons = Array.isArray(data.buttons) ? data.buttons : [];
    var chips = null;
    buttons.forEach(function (b) {
      if (!b || typeof b.label !== 'string' || !b.label) { return; }
      if (typeof b.payload === 'string' && b.payload) { buttonLabels.set(b.payload, b.label); }
      if (!chips) {
        chips = document.createElement('div');
        chips.className = 'chips';
        chips.setAttribute('role', 'group');
      }
      var btn = document.createElement('button');
      btn.type = 'button';
      btn.className = 'chip';
      btn.setAttribute('data-testid', 'reply-button');
      btn.textContent = b.label;
      btn.addEventListener('click', function () { onChip(b, btn, chips); });
      chips.appendChild(btn);
    });
    if (chips) {
      row.appendChild(chips);
      currentChips = chips;
    }
    appendRow(row, stick);
  }

  function renderUserRow(text) {
    var row = document.createElement('div');
    row.className = 'row user';
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.setAttribute('data-testid', 'user-message');
    fillText(bubble, text);
    row.appendChild(bubble);
    appendRow(row, true);
    return row;
  }

  // Old messages' buttons are removed; only the latest bot message offers choices.
  function retireChips() {
    if (currentChips && currentChips.parentNode) { currentChips.parentNode.removeChild(currentChips); }
    currentChips = null;
  }

  function setChipsEnabled(chips, enabled) {
    if (!chips) { return; }
    Array.prototype.forEach.call(chips.querySelectorAll('button'), function (b) {
      b.disabled = !enabled;
      if (enabled) { b.classList.remove('chosen'); }
    });
  }

  function showTyping() {
    var stick = nearBottom();
    els.typing.hidden = false;
    if (stick) { scrollToBottom(); }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_TIMEOUT_MS);
  }

  function hideTyping() {
    clearTimeout(typingTimer);
    els.typing.hidden = true;
  }

  function clearTranscript() {
    hideTyping();
    retireChips();
    els.messages.textContent = '';
    els.intro.hidden = false;
  }

  // ---------------------------------------------------------------- events (SSE)

  function eventsUrl() {
    return EVENTS_URL.replace('{id}', encodeURIComponent(conversationId));
  }

  function connect() {
    if (exiting) { return; }
    clearTimeout(sourceRetryTimer);
    if (source) { source.close(); }
    if (typeof window.EventSource !== 'function') { return; }
    var es = new EventSource(eventsUrl());
    source = es;
    es.onopen = function () {
      if (source !== es) { return; }
      sourceBackoff = 1000;
      updateBanner();
    };
    es.onmessage = onEvent;
    es.addEventListener('typing', onEvent);
    es.addEventListener('clear', onEvent);
    es.onerror = function () {
      if (source !== es || exiting) { return; }
      scheduleBanner();
      if (es.readyState === 2 /* CLOSED: the browser gave up, e.g. a 4xx/5xx answer */) {
        source = null;
        sourceRetryTimer = setTimeout(connect, sourceBackoff);
        sourceBackoff = Math.min(sourceBackoff * 2, 30000);
      }
    };
    scheduleBanner();
  }

  function ensureConnected() {
    if (!source) { connect(); }
  }

  function eventKey(ev, data) {
    if (data.id !== undefined && data.id !== null && data.id !== '') { return 'd:' + data.id; }
    // EventSource repeats the previous id for an event that has none: only trust a changed one.
    var key = ev.lastEventId && ev.lastEventId !== prevLastEventId ? 'e:' + ev.lastEventId : null;
    return key;
  }

  function onEvent(ev) {
    if (exiting) { return; }
    var data = null;
    try { data = JSON.parse(ev.data); } catch (e) { /* ignored below */ }
    var key = data && typeof data === 'object' ? eventKey(ev, data) : null;
    prevLastEventId = ev.lastEventId || prevLastEventId;
    if (!data || typeof data !== 'object') { return; }
    if (key && seen.has(key)) { return; }

    var type = data.type || ev.type;
    if (type === 'message') {
      if (key) { seen.add(key); }
      hideTyping();
      if (isFromUser(data)) {
        var mine = [data.messageId, data.id].some(function (x) { return x && localIds.has(String(x)); });
        if (!mine) {
          var shown = data.text;
          if ((shown === undefined || shown === null || shown === '') && typeof data.payload === 'string') {
            shown = buttonLabels.get(data.payload) || data.payload;
          }
          renderUserRow(shown);
          setChipsEnabled(currentChips, false);
        }
      } else {
        renderBot(data);
      }
    } else if (type === 'typing') {
      if (key) { seen.add(key); }
      showTyping();
    } else if (type === 'clear') {
      if (key) { seen.add(key); }
      clearTranscript();
    }
    // Unknown types are ignored.
  }

  function isFromUser(data) {
    var who = String(data.from || data.role || data.sender || '').toLowerCase();
    return who === 'user';
  }

  // ---------------------------------------------------------------- sending

  function onChip(button, btn, chips) {
    if (btn.disabled) { return; }
    var body = {};
    if (typeof button.payload === 'string' && button.payload) { body.payload = button.payload; } else { body.text = button.label; }
    setChipsEnabled(chips, false);
    btn.classList.add('chosen');
    send(body, button.label, chips);
  }

  function onSubmit(e) {
    if (e) { e.preventDefault(); }
    var text = els.input.value.replace(/^\s+|\s+$/g, '');
    if (!text || text.length > MAX_CHARS) { updateCounter(); return; }
    els.input.value = '';
    autosize();
    updateCounter();
    setChipsEnabled(currentChips, false);
    send({ text: text }, text, currentChips);
    els.input.focus();
  }

  function send(fields, displayText, chips) {
    var messageId = randomId();
    var body = { conversationId: conversationId, messageId: messageId };
    if (fields.payload !== undefined) { body.payload = fields.payload; } else { body.text = fields.text; }
    body.lang = lang;
    var p = {
      id: messageId, body: JSON.stringify(body), chips: chips || null,
      row: renderUserRow(displayText), status: null,
      state: 'sending', message: '', attempt: 0, started: Date.now(), timer: null
    };
    localIds.add(messageId);
    outbox.set(messageId, p);
    attempt(p);
  }

  function attempt(p) {
    if (exiting) { return; }
    p.state = 'sending';
    // Show "sending…" only when it takes a moment, so fast sends do not flicker.
    clearTimeout(p.timer);
    p.timer = setTimeout(function () { if (p.state === 'sending') { renderStatus(p); } }, p.attempt ? 0 : 600);
    fetch(MESSAGES_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: p.body,
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (res) {
      if (exiting) { return; }
      if (res.ok) {
        clearTimeout(p.timer);
        p.state = 'sent';
        outbox.delete(p.id);
        renderStatus(p);
        ensureConnected();
        return;
      }
      if (res.status >= 500) { retryLater(p); return; }
      // Other 4xx: show the server's reason, do not retry.
      return res.json().catch(function () { return null; }).then(function (json) {
        if (exiting) { return; }
        clearTimeout(p.timer);
        p.state = 'rejected';
        p.message = json && typeof json.message === 'string' && json.message ? json.message : t('errorGeneric');
        outbox.delete(p.id);
        renderStatus(p);
        if (p.chips && p.chips === currentChips) { setChipsEnabled(p.chips, true); }
      });
    }, function () {
      if (!exiting) { retryLater(p); }
    });
  }

  function retryLater(p) {
    clearTimeout(p.timer);
    var delay = 1000 * Math.pow(2, p.attempt);
    if (Date.now() - p.started + delay > RETRY_BUDGET_MS) {
      p.state = 'failed';
      renderStatus(p);
      return;
    }
    p.attempt += 1;
    renderStatus(p);
    p.timer = setTimeout(function () { attempt(p); }, delay);
  }

  function retryNow(p) {
    if (p.state !== 'failed') { return; }
    p.attempt = 0;
    p.started = Date.now();
    attempt(p);
    renderStatus(p);
  }

  function renderStatus(p) {
    if (p.status && p.status.parentNode) { p.status.parentNode.removeChild(p.status); }
    p.status = null;
    var node;
    if (p.state === 'sending') {
      node = document.createElement('p');
      node.className = 'status';
      node.textContent = t('sending');
    } else if (p.state === 'failed') {
      node = document.createElement('button');
      node.type = 'button';
      node.className = 'status';
      node.textContent = t('notSent');
      node.addEventListener('click', function () { retryNow(p); });
    } else if (p.state === 'rejected') {
      node = document.createElement('p');
      node.className = 'status error';
      node.setAttribute('role', 'alert');
      node.textContent = p.message;
    } else {
      return;
    }
    p.row.appendChild(node);
    p.status = node;
    if (nearBottom()) { scrollToBottom(); }
  }

  // ---------------------------------------------------------------- composer

  function updateCounter() {
    var len = els.input.value.length;   // UTF-16 units, like Java's String.length()
    var left = MAX_CHARS - len;
    var over = left < 0;
    var c = els.counter;
    if (over) {
      c.textContent = t('tooLong', { n: -left });
      c.className = 'counter over';
      c.hidden = false;
    } else if (left < COUNTER_FROM) {
      c.textContent = t('counter', { n: left });
      c.className = 'counter';
      c.hidden = false;
    } else {
      c.textContent = '';
      c.hidden = true;
    }
    if (over) { els.input.setAttribute('aria-invalid', 'true'); } else { els.input.removeAttribute('aria-invalid'); }
    els.send.disabled = over || !/\S/.test(els.input.value);
  }

  function autosize() {
    var i = els.input;
    i.style.height = 'auto';
    i.style.height = Math.min(i.scrollHeight + 3, Math.round(window.innerHeight * 0.4)) + 'px';
  }

  function onInputKeyDown(e) {
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.isComposing || e.keyCode === 229) { return; }          // IME composing (Chinese, Vietnamese…)
    if (window.matchMedia && window.matchMedia('(pointer: coarse)').matches) { return; }  // phones: newline
    e.preventDefault();
    onSubmit();
  }

  // ---------------------------------------------------------------- connection banner and viewport

  function scheduleBanner() {
    clearTimeout(bannerTimer);
    bannerTimer = setTimeout(updateBanner, BANNER_DELAY_MS);
  }

  function updateBanner() {
    var offline = navigator.onLine === false;
    var down = !source || source.readyState !== 1;
    var b = els.banner;
    if (offline) {
      b.textContent = t('offline');
      b.hidden = false;
    } else if (down && typeof window.EventSource === 'function') {
      b.textContent = t('connecting');
      b.hidden = false;
    } else {
      b.textContent = '';
      b.hidden = true;
    }
  }

  function onOnline() {
    updateBanner();
    ensureConnected();
    outbox.forEach(function (p) { if (p.state === 'failed') { retryNow(p); } });
  }

  // Keep the composer above the on-screen keyboard where the layout viewport does not shrink.
  function fitViewport() {
    var vv = window.visualViewport;
    if (!vv) { return; }
    var stick = nearBottom();
    var root = document.documentElement.style;
    root.setProperty('--app-h', Math.round(vv.height) + 'px');
    root.setProperty('--app-top', Math.round(vv.offsetTop) + 'px');
    if (stick) { scrollToBottom(); }
  }

  // ---------------------------------------------------------------- start

  function init() {
    ['messages', 'scroll', 'intro', 'typing', 'banner', 'composer', 'send', 'counter', 'language']
      .forEach(function (id) { els[id] = document.getElementById(id); });
    els.input = document.getElementById('message-input');
    els.exit = document.getElementById('quick-exit');

    els.exit.addEventListener('click', quickExit);
    document.addEventListener('keydown', onKeyDown, true);

    conversationId = getConversationId();
    setLang(initialLang(), false);
    els.language.addEventListener('change', function () { setLang(els.language.value, true); });

    els.composer.addEventListener('submit', onSubmit);
    els.input.addEventListener('input', function () { autosize(); updateCounter(); });
    els.input.addEventListener('keydown', onInputKeyDown);
    els.input.value = '';
    updateCounter();

    window.addEventListener('online', onOnline);
    window.addEventListener('offline', updateBanner);
    if (window.visualViewport) {
      window.visualViewport.addEventListener('resize', fitViewport);
      window.visualViewport.addEventListener('scroll', fitViewport);
    }
    connect();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
