// Kronika search page: plain DOM, no framework, no external requests.
//
// Views: search (default), article (?doc=ID) and entity (?entity=ID). All state lives in the URL
// (q, lang, from, to, sort, actor*, place*, page, doc, at, entity, efrom, eto) so every view is
// shareable and Back/Forward work through history.pushState + popstate. The interface language
// (en, sq, ro, it) is remembered in localStorage and sent to the API as ui_lang.
//
// Safety: every text from the API goes through textContent / createTextNode. The only innerHTML
// is the search snippet, which the server sends HTML-escaped with <mark> as its only markup.
'use strict';

// ---- Interface language ------------------------------------------------------------------------

const I18N = window.KRONIKA_I18N;
const UI_LANGS = ['en', 'sq', 'ro', 'it'];
const UI_KEY = 'kronika.ui_lang';

function storedUiLang() {
  try { return localStorage.getItem(UI_KEY); } catch { return null; } // storage may be disabled
}

// ?ui=xx in a shared link wins (and is remembered), then the stored choice, then the browser's.
function initialUiLang() {
  const fromUrl = new URLSearchParams(location.search).get('ui');
  if (UI_LANGS.includes(fromUrl)) {
    try { localStorage.setItem(UI_KEY, fromUrl); } catch { /* not remembered, still used */ }
    return fromUrl;
  }
  const stored = storedUiLang();
  if (UI_LANGS.includes(stored)) return stored;
  for (const l of navigator.languages || [navigator.language || '']) {
    const code = String(l).slice(0, 2).toLowerCase();
    if (UI_LANGS.includes(code)) return code;
  }
  return 'en';
}

let ui = initialUiLang();
let S = strings(ui);

function strings(code) {
  const base = I18N.strings.en;
  const own = I18N.strings[code] || {};
  const merged = { ...base, ...own };
  for (const key of ['langs', 'types', 'kinds']) merged[key] = { ...base[key], ...own[key] };
  return merged;
}

const PER_PAGE = 10;
const CHIPS_PER_KIND = 5; // per hit: the most mentioned actors/places/dates, then "+N more"

let numberFormat = new Intl.NumberFormat(ui);
const num = (n) => numberFormat.format(n);

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'), q: $('q'), lang: $('lang'), from: $('from'), to: $('to'), sort: $('sort'),
  uiLang: $('ui-lang'), acList: $('ac-list'), acStatus: $('ac-status'), chips: $('chips'),
  dateError: $('date-error'), main: $('main'),
  searchView: $('search-view'), heading: $('results-heading'), status: $('status'),
  facetsBox: $('facets-box'), facets: $('facets'), timeline: $('timeline'), notes: $('notes'),
  message: $('message'), results: $('results'), pager: $('pager'),
  docView: $('doc-view'), entityView: $('entity-view'), stats: $('stats'),
};

// ---- DOM helpers -------------------------------------------------------------------------------

// Text always goes through textContent, never innerHTML.
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

// Internal navigation link: a real href (shareable, middle-click works) handled by the click listener.
function navLink(href, text, className, nav = '') {
  const a = el('a', className, text);
  a.href = href;
  a.dataset.nav = nav;
  return a;
}

// Marks article text with its language so screen readers pronounce it right and CSS can hyphenate.
function setLang(node, lang) {
  if (lang && lang !== 'und') node.lang = lang;
}

const typeName = (t) => S.types[t] || t || '';
const kindOf = (type) => (type === 'place' ? 'place' : 'actor'); // person/organisation → actor= filter
const langName = (code) => S.langs[code] || code;

// ---- Dates -------------------------------------------------------------------------------------

const DATE_RE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

// Whether the browser's Intl has date data for the interface language (Chromium lacks Albanian).
const hasIntlDates = (code) => { try { return Intl.DateTimeFormat.supportedLocalesOf([code]).length > 0; } catch { return false; } };

// "2024", "2024-06" or "2024-06-19" → a localized label; anything else is shown as it is.
function formatPeriod(value, short) {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value || '');
  if (!m) return value || '';
  if (!m[2]) return m[1];
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  if (Number.isNaN(date.getTime())) return value;
  if (!hasIntlDates(ui) && S.months) { // "19 qershor 2024", "qer 24"
    const month = (short ? S.monthsShort : S.months)[date.getUTCMonth()];
    const year = short ? m[1].slice(2) : m[1];
    return m[3] ? `${date.getUTCDate()} ${month} ${year}` : `${month} ${year}`;
  }
  const opts = { timeZone: 'UTC', year: short ? '2-digit' : 'numeric', month: 'short' };
  if (m[3]) opts.day = 'numeric';
  return new Intl.DateTimeFormat(ui, opts).format(date);
}

function formatDateTime(date) {
  if (!hasIntlDates(ui) && S.months) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${date.getDate()} ${S.months[date.getMonth()]} ${date.getFullYear()}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
  }
  return new Intl.DateTimeFormat(ui, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

function rangeLabel(from, to) {
  if (from && to) return from === to ? formatPeriod(from) : S.dateRange(formatPeriod(from), formatPeriod(to));
  if (from) return S.since(formatPeriod(from));
  if (to) return S.until(formatPeriod(to));
  return '';
}

// A date expression of an article → the from/to filter it stands for, at its own granularity
// (a month mention filters by that month). Year-less dates ("month_day") have none.
function dateFilter(d) {
  if (!d || !d.from || !d.to) return null;
  let from = String(d.from);
  let to = String(d.to);
  if (d.granularity === 'month') { from = from.slice(0, 7); to = to.slice(0, 7); }
  else if (['year', 'decade', 'century'].includes(d.granularity)) { from = from.slice(0, 4); to = to.slice(0, 4); }
  return DATE_RE.test(from) && DATE_RE.test(to) ? { from, to } : null;
}

// First and last day of a YYYY / YYYY-MM / YYYY-MM-DD value, as comparable strings.
const periodStart = (v) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
const periodEnd = (v) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v);

// ---- URL state ---------------------------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  const hash = location.hash.match(/^#\/doc\/(.+)$/); // old links: #/doc/ID
  let doc = p.get('doc');
  if (hash) { try { doc = decodeURIComponent(hash[1]); } catch { doc = hash[1]; } }
  const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
  const list = (name) => [...new Set(p.getAll(name).map((v) => v.trim()).filter(Boolean))];
  return {
    q: p.get('q') || '', lang: p.get('lang') || '', from: p.get('from') || '', to: p.get('to') || '',
    sort: p.get('sort') === 'date' ? 'date' : '', page, actors: list('actor'), places: list('place'),
    doc: doc || null, at: p.get('at') || null,
    entity: doc ? null : p.get('entity') || null, efrom: p.get('efrom') || '', eto: p.get('eto') || '',
  };
}

// The search part of a state: what "back to results" returns to.
const searchOnly = (s) => ({ ...s, doc: null, at: null, entity: null, efrom: '', eto: '' });

function urlFor(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.lang) p.set('lang', s.lang);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort) p.set('sort', s.sort);
  for (const a of s.actors || []) p.append('actor', a);
  for (const a of s.places || []) p.append('place', a);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.doc) {
    p.set('doc', s.doc);
    if (s.at) p.set('at', s.at);
  } else if (s.entity) {
    p.set('entity', s.entity);
    if (s.efrom) p.set('efrom', s.efrom);
    if (s.eto) p.set('eto', s.eto);
  }
  const qs = p.toString();
  return location.pathname + (qs ? `?${qs}` : '');
}

const withFilter = (s, kind, id) => {
  const key = kind === 'place' ? 'places' : 'actors';
  return { ...searchOnly(s), [key]: [...new Set([...s[key], id])], page: 1 };
};
const withoutFilter = (s, kind, id) => {
  const key = kind === 'place' ? 'places' : 'actors';
  return { ...searchOnly(s), [key]: s[key].filter((v) => v !== id), page: 1 };
};
const entityState = (s, id) => ({ ...searchOnly(s), entity: id });

// Results render asynchronously, so the browser cannot restore scroll itself; we store it per entry.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

const currentUrl = () => location.pathname + location.search;

// focus: move focus to the new view's heading (after a link). refocus: where focus goes when the
// focused element was replaced by the render (a removed chip, a redrawn timeline).
function go(url, focus, refocus) {
  if (url === currentUrl() && !location.hash) {
    cache.key = null; // re-submitting the same search means "refresh", not a new history entry
    history.replaceState(history.state, '', url);
  } else {
    history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
    history.pushState({ fromApp: true, prev: currentUrl() }, '', url);
  }
  render({ scrollY: 0, focus, refocus });
}

window.addEventListener('popstate', (e) => render({ scrollY: (e.state && e.state.scrollY) || 0 }));

// Internal links are real <a href> (middle-click, copy link and no-JS all work); we only take over plain clicks.
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  const href = a.getAttribute('href');
  // "Back" returns to the existing history entry when that is where it leads, keeping its scroll position.
  if (a.dataset.nav === 'back' && history.state && history.state.prev === href) history.back();
  else if (a.dataset.nav === 'keep-focus') go(href, false, () => els.q);
  else go(href, true);
});

// ---- Fetching ----------------------------------------------------------------------------------

let controller = null;
let cache = { key: null, data: null }; // last search response: makes Back to the list instant

class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function fetchJSON(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(S.networkError, 0);
  }
  let body = null;
  try { body = await res.json(); } catch (err) {
    if (err.name === 'AbortError') throw err; // e.g. an HTML error page from a proxy otherwise
  }
  if (!res.ok) {
    const e = body && body.error;
    throw new ApiError((e && e.message) || S.httpError(res.status), res.status, e && e.code);
  }
  if (!body || typeof body !== 'object') throw new ApiError(S.badResponse, res.status);
  return body;
}

function searchParams(s, extra) {
  const p = new URLSearchParams();
  p.set('q', s.q);
  if (s.lang) p.set('lang', s.lang);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort) p.set('sort', s.sort);
  for (const a of s.actors) p.append('actor', a);
  for (const a of s.places) p.append('place', a);
  p.set('page', String(s.page));
  p.set('per_page', String(PER_PAGE));
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  p.set('ui_lang', ui);
  return p;
}

// ---- Entity names (filters are ids in the URL; chips show names) -------------------------------

let names = new Map(); // id or name as in the URL → { name, type }, in the current interface language

function remember(list) {
  for (const e of list || []) if (e && e.id && e.name) names.set(e.id, { name: e.name, type: e.type });
}

function rememberSearch(data) {
  const f = data.facets || {};
  remember(f.actor);
  remember(f.place);
  remember(data.query_entities);
  for (const h of data.hits || []) { remember(h.actors); remember(h.places); }
}

async function ensureNames(values, signal) {
  const missing = values.filter((v) => !names.has(v));
  await Promise.all(missing.map(async (v) => {
    try {
      const e = await fetchJSON(`api/entities/${encodeURIComponent(v)}?ui_lang=${ui}`, signal);
      names.set(v, { name: e.name || v, type: e.type });
    } catch (err) {
      if (err.name === 'AbortError') throw err;
      names.set(v, { name: v });
    }
  }));
}

const nameOf = (v) => (names.get(v) || { name: v }).name;

// ---- Search form -------------------------------------------------------------------------------

function syncForm(s) {
  els.q.value = s.q;
  els.lang.value = [...els.lang.options].some((o) => o.value === s.lang) ? s.lang : '';
  els.from.value = s.from;
  els.to.value = s.to;
  els.sort.value = s.sort;
  setDateError(null);
}

function setDateError(input) {
  for (const i of [els.from, els.to]) i.toggleAttribute('aria-invalid', i === input);
  if (input) els.dateError.textContent = S.badDate;
  els.dateError.hidden = !input;
}

function formState() {
  const s = readState();
  return {
    ...searchOnly(s), q: els.q.value.trim(), lang: els.lang.value, from: els.from.value.trim(),
    to: els.to.value.trim(), sort: els.sort.value, page: 1,
  };
}

function submitSearch() {
  const next = formState();
  for (const input of [els.from, els.to]) {
    if (input.value.trim() && !DATE_RE.test(input.value.trim())) {
      setDateError(input);
      input.focus();
      return;
    }
  }
  closeAutocomplete();
  go(urlFor(next), false);
}

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  submitSearch();
});
// Choosing a language or an order searches at once; dates wait for Enter or the button.
els.lang.addEventListener('change', submitSearch);
els.sort.addEventListener('change', submitSearch);

// ---- Autocomplete (WAI-ARIA combobox with a listbox popup) -------------------------------------

const ac = { items: [], active: -1, token: null, timer: 0, seq: 0, ctrl: null };

// What is being typed (up to the caret), as candidates longest first: the last three words, two,
// one ("kim jong" finds Kim Jong Un and, chosen, takes both words out of the query). Never inside
// a "phrase", never an operator or a -exclusion.
function acTokens() {
  const v = els.q.value;
  const caret = els.q.selectionStart == null ? v.length : els.q.selectionStart;
  const before = v.slice(0, caret);
  if ((before.match(/"/g) || []).length % 2) return [];
  if (/^[^\s]/.test(v.slice(caret))) return []; // caret inside a word
  const words = [];
  const re = /[^\s]+/g;
  let m;
  while ((m = re.exec(before))) words.push({ text: m[0], start: m.index });
  const out = [];
  for (let n = 1; n <= 3 && n <= words.length; n++) {
    const w = words[words.length - n];
    if (!/^[^"()*-][^"()*]*$/.test(w.text) || /^(OR|AND|NOT)$/.test(w.text)) break;
    out.unshift({ word: before.slice(w.start).trim(), start: w.start, end: caret });
  }
  return out.filter((t) => t.word.length >= 2);
}

function scheduleAutocomplete() {
  clearTimeout(ac.timer);
  const tokens = acTokens();
  if (!tokens.length) { closeAutocomplete(); return; }
  ac.timer = setTimeout(() => loadAutocomplete(tokens), 120);
}

async function loadAutocomplete(tokens) {
  const seq = ++ac.seq;
  if (ac.ctrl) ac.ctrl.abort();
  ac.ctrl = new AbortController();
  els.acList.setAttribute('aria-busy', 'true');
  try {
    const s = readState();
    let items = [];
    let token = null;
    for (const t of tokens) { // longest first; stop at the first that names something
      const p = new URLSearchParams({ q: t.word, limit: '8', ui_lang: ui });
      const data = await fetchJSON(`api/entities?${p}`, ac.ctrl.signal);
      if (seq !== ac.seq) return;
      // Entities without articles would only lead to empty results; applied filters are not offered again.
      items = (data.entities || []).filter((e) => e && e.id && e.name && Number(e.count) > 0
        && !(kindOf(e.type) === 'place' ? s.places : s.actors).includes(e.id));
      token = t;
      if (items.length) break;
    }
    // A newer list keeps the option the reader had moved to, when it is still there.
    const activeId = ac.active >= 0 && ac.items[ac.active] ? ac.items[ac.active].id : null;
    ac.items = items;
    ac.token = token;
    ac.active = activeId ? items.findIndex((e) => e.id === activeId) : -1;
    els.acList.dataset.query = token ? token.word : '';
    renderAutocomplete();
  } catch (err) {
    if (err.name !== 'AbortError' && seq === ac.seq) closeAutocomplete(); // suggestions are optional
  } finally {
    if (seq === ac.seq) els.acList.removeAttribute('aria-busy');
  }
}

function renderAutocomplete() {
  const list = els.acList;
  list.replaceChildren();
  if (!ac.items.length || document.activeElement !== els.q) { closeAutocomplete(); return; }
  ac.items.forEach((e, i) => {
    const li = el('li', `ac-option ac-${kindOf(e.type)}`);
    li.id = `ac-opt-${i}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === ac.active));
    li.dataset.index = String(i);
    const name = el('span', 'ac-name', e.name);
    const meta = el('span', 'ac-meta', `${typeName(e.type)} · ${S.articlesN(Number(e.count) || 0, num)}`);
    li.append(name, meta);
    list.append(li);
  });
  list.hidden = false;
  els.q.setAttribute('aria-expanded', 'true');
  if (ac.active >= 0) els.q.setAttribute('aria-activedescendant', `ac-opt-${ac.active}`);
  else els.q.removeAttribute('aria-activedescendant');
  els.acStatus.textContent = S.acCount(ac.items.length);
}

function closeAutocomplete() {
  clearTimeout(ac.timer);
  ac.seq++;
  if (ac.ctrl) ac.ctrl.abort();
  ac.items = [];
  ac.active = -1;
  els.acList.hidden = true;
  els.acList.replaceChildren();
  els.q.setAttribute('aria-expanded', 'false');
  els.q.removeAttribute('aria-activedescendant');
}

function setActive(i) {
  ac.active = i;
  for (const li of els.acList.children) li.setAttribute('aria-selected', String(Number(li.dataset.index) === i));
  if (i >= 0) {
    els.q.setAttribute('aria-activedescendant', `ac-opt-${i}`);
    els.acList.children[i].scrollIntoView({ block: 'nearest' });
  } else {
    els.q.removeAttribute('aria-activedescendant');
  }
}

// A chosen suggestion leaves the query (the typed word goes) and becomes a filter chip.
function pickSuggestion(i) {
  const e = ac.items[i];
  if (!e || !ac.token) return;
  // The list may be from a few keystrokes ago ("kim jo" while "kim jong" is typed): take out the
  // words from the same start up to the caret.
  const token = acTokens().find((t) => t.start === ac.token.start) || ac.token;
  const v = els.q.value;
  els.q.value = `${v.slice(0, token.start)} ${v.slice(token.end)}`.replace(/\s+/g, ' ').trim();
  names.set(e.id, { name: e.name, type: e.type });
  closeAutocomplete();
  const next = withFilter(formState(), kindOf(e.type), e.id);
  go(urlFor(next), false); // focus stays in the search box: the reader may go on typing
}

els.q.addEventListener('input', scheduleAutocomplete);
els.q.addEventListener('keydown', (e) => {
  const open = !els.acList.hidden && ac.items.length > 0;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (!open) {
      const tokens = acTokens();
      if (tokens.length) { e.preventDefault(); loadAutocomplete(tokens); }
      return;
    }
    e.preventDefault();
    const n = ac.items.length;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    setActive(ac.active < 0 ? (step > 0 ? 0 : n - 1) : (ac.active + step + n) % n);
  } else if (e.key === 'Enter' && open && ac.active >= 0) {
    e.preventDefault();
    pickSuggestion(ac.active);
  } else if (e.key === 'Escape' && open) {
    e.preventDefault(); // keeps the typed text (a search field would clear itself)
    closeAutocomplete();
  } else if (e.key === 'Tab') {
    closeAutocomplete();
  }
});
els.q.addEventListener('blur', () => closeAutocomplete());
// mousedown (not click) so the input keeps focus and the list is still there when the click lands.
els.acList.addEventListener('mousedown', (e) => {
  const li = e.target.closest('.ac-option');
  if (!li) return;
  e.preventDefault();
  pickSuggestion(Number(li.dataset.index));
});
els.acList.addEventListener('mousemove', (e) => {
  const li = e.target.closest('.ac-option');
  if (li && Number(li.dataset.index) !== ac.active) setActive(Number(li.dataset.index));
});

// ---- Active filters (chips under the form) -----------------------------------------------------

function renderChips(s) {
  const ul = el('ul', 'chip-list');
  ul.setAttribute('aria-label', S.activeFilters);
  const add = (kind, label, removeState, aboutHref) => {
    const li = el('li', `chip chip-${kind}`);
    if (aboutHref) li.append(navLink(aboutHref, label, 'chip-label'));
    else li.append(el('span', 'chip-label', label));
    const x = navLink(urlFor(removeState), '×', 'chip-remove', 'keep-focus');
    x.setAttribute('aria-label', S.removeFilter(label));
    x.title = S.removeFilter(label);
    li.append(x);
    ul.append(li);
  };
  for (const a of s.actors) add('actor', nameOf(a), withoutFilter(s, 'actor', a), urlFor(entityState(s, a)));
  for (const p of s.places) add('place', nameOf(p), withoutFilter(s, 'place', p), urlFor(entityState(s, p)));
  if (s.from || s.to) add('date', rangeLabel(s.from, s.to), { ...searchOnly(s), from: '', to: '', page: 1 });
  const count = ul.children.length;
  if (count > 1) {
    const li = el('li', 'chip-clear');
    li.append(navLink(urlFor({ ...searchOnly(s), actors: [], places: [], from: '', to: '', page: 1 }), S.clearAll, null, 'keep-focus'));
    ul.append(li);
  }
  els.chips.replaceChildren(...(count ? [ul] : []));
  els.chips.hidden = !count;
}

// ---- Rendering ---------------------------------------------------------------------------------

async function render(opts = {}) {
  if (controller) controller.abort(); // a newer navigation wins; stale responses are dropped
  controller = new AbortController();
  const signal = controller.signal;
  const s = readState();
  syncForm(s);
  renderChips(s);
  const view = s.doc !== null ? 'doc' : s.entity ? 'entity' : 'search';
  els.searchView.hidden = view !== 'search';
  els.docView.hidden = view !== 'doc';
  els.entityView.hidden = view !== 'entity';
  document.body.dataset.view = view;
  document.body.dataset.state = 'loading';
  let state = 'ready';
  try {
    if (view === 'doc') await renderDoc(s, signal);
    else if (view === 'entity') await renderEntity(s, signal);
    else await renderSearch(s, signal);
    await ensureNames([...s.actors, ...s.places], signal);
    renderChips(s);
  } catch (err) {
    if (err.name === 'AbortError') return;
    showError(s, view, err.message);
    state = 'error';
  }
  if (signal.aborted) return;
  document.body.dataset.state = state;
  // Completed renders, counted: lets tests (and tools) wait for exactly the next one.
  document.body.dataset.renders = String((Number(document.body.dataset.renders) || 0) + 1);
  const target = view === 'doc' && els.docView.querySelector('.at');
  if (target) target.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, opts.scrollY || 0);
  // After a link click, move focus to the new content so keyboard users are not left at the bottom.
  if (opts.focus) {
    const heading = view === 'search' ? els.heading : (view === 'doc' ? els.docView : els.entityView).querySelector('h1');
    (heading || els.main).focus({ preventScroll: true });
  } else if (opts.refocus && (!document.activeElement || document.activeElement === document.body)) {
    const target = opts.refocus();
    if (target) target.focus({ preventScroll: true });
  }
}

// ---- Search view -------------------------------------------------------------------------------

function searchTitle(s) {
  const parts = [s.q, ...s.actors.map(nameOf), ...s.places.map(nameOf)].filter(Boolean);
  return parts.length ? S.pageTitle(parts.join(' · ')) : S.appName;
}

async function renderSearch(s, signal) {
  const key = searchParams(s).toString();
  document.title = searchTitle(s);
  let data = cache.key === key ? cache.data : null;
  if (!data) {
    els.status.textContent = S.loading;
    els.message.replaceChildren();
    els.results.classList.add('is-loading'); // keep old results visible but dimmed: less flicker
    els.results.setAttribute('aria-busy', 'true');
    try {
      data = await fetchJSON(`api/search?${key}`, signal);
    } finally {
      if (!signal.aborted) { els.results.classList.remove('is-loading'); els.results.removeAttribute('aria-busy'); }
    }
    cache = { key, data };
  }
  rememberSearch(data);
  await ensureNames([...s.actors, ...s.places], signal);
  document.title = searchTitle(s);
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const total = Number(data.total) || 0;
  els.status.textContent = `${S.results(total, num)} · ${S.took(num(Math.max(1, Math.round(Number(data.took_ms) || 0))))}`;
  els.results.replaceChildren(...hits.map((h) => hitItem(s, h)));
  renderNotes(s, data);
  els.message.replaceChildren();
  if (!hits.length) {
    const box = el('div', 'empty');
    if (total > 0) { // page number past the end, e.g. an old shared link
      box.append(el('p', null, S.pageEmpty), navLink(urlFor({ ...s, page: 1 }), S.firstPage));
    } else if (s.q) {
      box.append(el('p', 'empty-title', S.noMatch(s.q)));
      if (data.suggestion) box.append(suggestionLine(s, data.suggestion));
      box.append(el('p', null, S.noMatchTip));
    } else if (s.actors.length || s.places.length || s.from || s.to || s.lang) {
      box.append(el('p', 'empty-title', S.noMatchFiltered), el('p', null, S.noMatchTip));
    } else {
      box.append(el('p', null, S.noArticles));
    }
    els.message.append(box);
  }
  renderFacets(s, data.facets || {});
  renderSearchTimeline(s, (data.facets && data.facets.timeline) || {});
  renderPager(s, total, Number(data.per_page) || PER_PAGE);
}

function suggestionLine(s, suggestion) {
  const p = el('p', 'suggestion');
  const a = navLink(urlFor({ ...searchOnly(s), q: suggestion, page: 1 }), suggestion);
  a.id = 'suggestion-link';
  p.append(`${S.didYouMean} `, a, '?');
  return p;
}

// Above the results: "did you mean" (when there are hits; the empty state shows it itself),
// the entities the query names (links to their pages), and filter values that named nothing.
function renderNotes(s, data) {
  const out = [];
  const hits = Array.isArray(data.hits) ? data.hits : [];
  if (data.suggestion && hits.length) out.push(suggestionLine(s, data.suggestion));
  const qe = (data.query_entities || []).filter((e) => e && e.id && e.name);
  if (qe.length) {
    const p = el('p', 'query-entities');
    p.append(`${S.queryEntities} `);
    qe.forEach((e, i) => {
      if (i) p.append(', ');
      const a = navLink(urlFor(entityState(s, e.id)), e.name, `ent-link ent-${kindOf(e.type)}`);
      p.append(a, ' ', el('span', 'muted', `(${typeName(e.type)})`));
    });
    out.push(p);
  }
  if (Array.isArray(data.unresolved) && data.unresolved.length) {
    out.push(el('p', 'warning', S.unresolved(data.unresolved.map((v) => `“${v}”`).join(', '))));
  }
  // Some shards did not answer: the counts and results are of the others.
  if (data.partial) {
    const p = el('p', 'warning partial');
    p.id = 'partial-warning';
    p.append(S.partial((data.missing_shards || []).length || 1));
    out.push(p);
  }
  els.notes.replaceChildren(...out);
}

function hitItem(s, h) {
  const li = el('li', 'hit');
  li.dataset.id = String(h.id);
  li.dataset.score = String(h.score); // not shown, but handy when inspecting ranking in devtools
  const a = navLink(urlFor({ ...searchOnly(s), doc: h.id }), h.title || S.untitled);
  setLang(a, h.lang);
  const title = el('h2', 'hit-title');
  title.append(a);
  const snippet = el('p', 'snippet');
  snippet.innerHTML = h.snippet || ''; // server contract: escaped text plus <mark> only
  setLang(snippet, h.lang);
  li.append(title, metaLine(h, false), snippet);
  const chips = hitChips(s, h);
  if (chips) li.append(chips);
  return li;
}

// The actors, places and dates of a hit as chips: an actor or place adds its filter, a date sets from/to.
function hitChips(s, h) {
  const box = el('div', 'hit-chips');
  const row = (kind, label, items, make) => {
    if (!items.length) return;
    const ul = el('ul', `chips chips-${kind}`);
    ul.setAttribute('aria-label', label);
    for (const item of items.slice(0, CHIPS_PER_KIND)) ul.appendChild(el('li')).append(make(item));
    if (items.length > CHIPS_PER_KIND) ul.append(el('li', 'chip-more', S.moreN(items.length - CHIPS_PER_KIND)));
    box.append(ul);
  };
  const entityChip = (kind) => (e) => {
    const active = (kind === 'place' ? s.places : s.actors).includes(e.id);
    const a = navLink(urlFor(active ? withoutFilter(s, kind, e.id) : withFilter(s, kind, e.id)), e.name, `chip chip-${kind}`);
    a.setAttribute('aria-label', active ? S.removeFilter(e.name) : (kind === 'place' ? S.filterPlace : S.filterActor)(e.name));
    a.title = typeName(e.type);
    if (active) a.setAttribute('aria-current', 'true');
    a.dataset.id = e.id;
    return a;
  };
  row('actor', S.actors, (h.actors || []).filter((e) => e && e.id), entityChip('actor'));
  row('place', S.places, (h.places || []).filter((e) => e && e.id), entityChip('place'));
  // One chip per distinct resolved date, in text order.
  const seen = new Set();
  const dates = (h.dates || []).filter((d) => {
    const f = dateFilter(d);
    const k = f ? `${f.from}/${f.to}` : `?${d.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  row('date', S.dates, dates, (d) => {
    const f = dateFilter(d);
    const label = String(d.text || '');
    if (!f) {
      const span = el('span', 'chip chip-date chip-static', label);
      span.title = S.noYear;
      setLang(span, h.lang);
      return span;
    }
    const a = navLink(urlFor({ ...searchOnly(s), from: f.from, to: f.to, page: 1 }), label, 'chip chip-date');
    setLang(a, h.lang);
    a.setAttribute('aria-label', S.filterDate(`${label} (${rangeLabel(f.from, f.to)})`));
    a.title = rangeLabel(f.from, f.to) + (d.relative ? ` · ${S.relative}` : '');
    a.dataset.from = f.from;
    a.dataset.to = f.to;
    return a;
  });
  return box.children.length ? box : null;
}

function metaLine(d, withLink) {
  const p = el('p', 'meta');
  const code = d.lang || 'und';
  const name = langName(code);
  // Sighted users get the short code; screen readers get the full language name.
  const short = el('span', null, code);
  short.setAttribute('aria-hidden', 'true');
  const badge = Object.assign(el('span', `badge badge-${code}`), { title: name });
  badge.append(short, el('span', 'sr-only', name));
  p.append(badge);
  if (d.published) p.append(Object.assign(el('time', null, formatPeriod(d.published)), { dateTime: d.published }));
  if (d.source) p.append(el('span', 'source', d.source));
  // Only http(s) links: a javascript: URL in the data must never become clickable.
  if (withLink && d.url && /^https?:\/\//i.test(d.url)) {
    p.append(Object.assign(el('a', 'original', S.original), { href: d.url, rel: 'noopener noreferrer' }));
  }
  return p;
}

function facetGroup(title, className) {
  const section = el('section', `facet-group ${className}`);
  const h = el('h2', 'facet-title', title);
  h.id = `facet-${className}`;
  section.setAttribute('aria-labelledby', h.id);
  section.append(h);
  return section;
}

function renderFacets(s, facets) {
  const out = [];
  // Languages: counts ignore the lang filter, so every language shows what it would give.
  const langs = Object.entries(facets.lang || {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (langs.length || s.lang) {
    const g = facetGroup(S.facetLangs, 'langs');
    const ul = el('ul', 'facet-list');
    const add = (code, label, count) => {
      const a = navLink(urlFor({ ...searchOnly(s), lang: code, page: 1 }), label, 'facet');
      if (count != null) a.append(' ', el('span', 'count', num(count)));
      if (code) a.setAttribute('aria-label', `${S.filterLang(label)} (${S.articlesN(count || 0, num)})`);
      if (code === s.lang) a.setAttribute('aria-current', 'true');
      a.dataset.lang = code;
      ul.appendChild(el('li')).append(a);
    };
    add('', S.allLanguages, null);
    for (const [code, n] of langs) add(code, langName(code), n);
    g.append(ul);
    out.push(g);
  }
  for (const kind of ['actor', 'place']) {
    const list = (facets[kind] || []).filter((e) => e && e.id && e.name);
    if (!list.length) continue;
    const g = facetGroup(kind === 'actor' ? S.facetActors : S.facetPlaces, `${kind}s`);
    const ul = el('ul', 'facet-list');
    const active = kind === 'place' ? s.places : s.actors;
    for (const e of list) {
      const li = el('li', 'facet-row');
      const on = active.includes(e.id);
      const a = navLink(urlFor(on ? withoutFilter(s, kind, e.id) : withFilter(s, kind, e.id)), e.name, 'facet');
      a.append(' ', el('span', 'count', num(Number(e.count) || 0)));
      a.setAttribute('aria-label', `${on ? S.removeFilter(e.name) : (kind === 'place' ? S.filterPlace : S.filterActor)(e.name)} (${S.articlesN(Number(e.count) || 0, num)})`);
      if (on) a.setAttribute('aria-current', 'true');
      a.dataset.id = e.id;
      const about = navLink(urlFor(entityState(s, e.id)), 'i', 'facet-about');
      about.setAttribute('aria-label', S.aboutEntity(e.name));
      about.title = S.aboutEntity(e.name);
      li.append(a, about);
      ul.append(li);
    }
    g.append(ul);
    out.push(g);
  }
  els.facets.setAttribute('aria-label', S.filtersAria);
  els.facets.replaceChildren(...out);
  els.facetsBox.hidden = !out.length;
}

// Page links: first, last, and two either side of the current page, with gaps shown as "…".
function pageNumbers(current, last) {
  const wanted = [1, last, current - 2, current - 1, current, current + 1, current + 2];
  const pages = [...new Set(wanted.filter((n) => n >= 1 && n <= last))].sort((a, b) => a - b);
  const out = [];
  pages.forEach((n, i) => {
    const gap = i ? n - pages[i - 1] : 1;
    if (gap === 2) out.push(n - 1); // an ellipsis hiding a single page would be silly
    else if (gap > 2) out.push(null);
    out.push(n);
  });
  return out;
}

function renderPager(s, total, perPage) {
  els.pager.replaceChildren();
  els.pager.setAttribute('aria-label', S.pagination);
  const last = Math.ceil(total / perPage);
  if (last <= 1) return;
  const ul = el('ul');
  const item = (page, label, cls, aria) => {
    const li = el('li', cls);
    let node;
    if (page < 1 || page > last) {
      node = el('span', 'disabled', label);
      node.setAttribute('aria-disabled', 'true');
    } else if (page === s.page) {
      node = el('span', 'current', label);
      node.setAttribute('aria-current', 'page');
    } else {
      node = navLink(urlFor({ ...s, page }), label);
      if (aria) node.setAttribute('aria-label', aria); // "Page 3" rather than a bare "3"
    }
    ul.appendChild(li).append(node);
  };
  item(Math.min(s.page - 1, last), S.prev, 'prev');
  for (const n of pageNumbers(s.page, last)) {
    if (n === null) ul.append(el('li', 'gap', '…'));
    else item(n, num(n), 'num', S.pageN(n));
  }
  item(s.page + 1, S.next, 'next');
  els.pager.append(ul);
}

// ---- Timeline (SVG bars per year or month; drag across to choose a period) ---------------------

// Bars for facets.timeline within [from, to]. Months when the period spans at most 36 months and
// every year in it has month counts (intervals longer than three months count by year only, so
// months alone would hide them); otherwise years, continuous so gaps show as gaps.
function timelineBars(tl, from, to) {
  const lo = from ? periodStart(from) : '0000';
  const hi = to ? periodEnd(to) : '9999';
  const inside = (k) => periodStart(k) <= hi && periodEnd(k) >= lo;
  const pick = (obj) => Object.keys(obj || {}).filter((k) => Number(obj[k]) > 0 && /^\d{4}(-\d{2})?$/.test(k) && inside(k)).sort();
  const years = pick(tl.years);
  const months = pick(tl.months);
  if (!years.length && !months.length) return null;
  const monthIndex = (k) => Number(k.slice(0, 4)) * 12 + Number(k.slice(5, 7)) - 1;
  const monthKey = (i) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
  if (months.length && years.every((y) => months.some((m) => m.startsWith(y)))) {
    const first = from ? monthIndex(periodStart(from).slice(0, 7)) : monthIndex(months[0]);
    const last = to ? monthIndex(periodEnd(to).slice(0, 7)) : monthIndex(months[months.length - 1]);
    if (last >= first && last - first < 36) {
      const bars = [];
      for (let i = first; i <= last; i++) {
        const key = monthKey(i);
        bars.push({ key, count: Number(tl.months[key]) || 0 });
      }
      return { unit: 'month', bars };
    }
  }
  const list = years.length ? years : [...new Set(months.map((m) => m.slice(0, 4)))];
  const count = (y) => Number((tl.years || {})[y]) || 0;
  const first = from ? Number(periodStart(from).slice(0, 4)) : Number(list[0]);
  const last = to ? Number(periodEnd(to).slice(0, 4)) : Number(list[list.length - 1]);
  let keys = list;
  if (last >= first && last - first < 200) {
    keys = [];
    for (let y = first; y <= last; y++) keys.push(String(y).padStart(4, '0'));
  }
  return { unit: 'year', bars: keys.map((key) => ({ key, count: count(key) })) };
}

const redraws = new Map(); // host element → redraw of the timeline it shows, for width changes
let resizeFrame = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    for (const [host, redraw] of redraws) {
      if (host.isConnected) redraw();
      else redraws.delete(host);
    }
  });
});

// Draws the timeline into `host` and calls onApply(fromKey, toKey) when a period is chosen:
// drag with a mouse, finger or pen, click a bar, or use the keyboard (arrows, Shift+arrows, Enter).
function drawTimeline(host, model, onApply, idPrefix) {
  const bars = model.bars;
  const n = bars.length;
  const barLabel = (b) => (model.unit === 'month' ? formatPeriod(b.key) : b.key);
  let anchor = null;
  let cursor = null;
  let dragging = false;

  const wrap = el('div', 'timeline-chart');
  const live = el('p', 'sr-only');
  live.setAttribute('aria-live', 'polite');
  live.id = `${idPrefix}-live`;
  host.append(wrap, live);

  let svg;
  let selRect;
  let cursorRect;
  function draw() {
    const W = Math.max(240, Math.round(wrap.clientWidth || host.clientWidth || 600));
    const H = 132;
    const top = 16;
    const bottom = 22;
    const chartH = H - top - bottom;
    const bw = Math.min(W / n, 64); // a few bars stay bars, not blocks
    const gap = Math.min(2, bw * 0.2);
    const max = Math.max(1, ...bars.map((b) => b.count));
    svg = svgEl('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, width: W, height: H, tabindex: 0, role: 'group', focusable: 'true' });
    svg.setAttribute('aria-label', S.timelineAria);
    svg.setAttribute('aria-describedby', live.id);
    svg.dataset.unit = model.unit;
    svg.dataset.bw = String(bw);
    svg.append(svgEl('line', { class: 'tl-axis', x1: 0, x2: W, y1: top + chartH + 0.5, y2: top + chartH + 0.5 }));
    selRect = svgEl('rect', { class: 'tl-sel', x: 0, y: 0, width: 0, height: H - bottom + 2, visibility: 'hidden' });
    svg.append(selRect);
    // Labels far enough apart not to collide, on round steps: every k-th month, years divisible by k.
    const minGap = (model.unit === 'month' ? 56 : 38) / bw;
    const steps = model.unit === 'month' ? [1, 2, 3, 4, 6, 12, 24, 60] : [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
    const labelEvery = steps.find((k) => k >= minGap) || steps[steps.length - 1];
    bars.forEach((b, i) => {
      const g = svgEl('g', { class: b.count ? 'tl-bar' : 'tl-bar tl-empty' });
      g.dataset.key = b.key;
      g.dataset.count = String(b.count);
      const title = svgEl('title');
      title.textContent = S.timelineBar(barLabel(b), b.count);
      const h = b.count ? Math.max(2, (b.count / max) * chartH) : 0;
      g.append(title, svgEl('rect', { class: 'tl-hit', x: i * bw, y: 0, width: bw, height: H - bottom }));
      g.append(svgEl('rect', { class: 'tl-fill', x: i * bw + gap / 2, y: top + chartH - h, width: Math.max(1, bw - gap), height: h }));
      if (b.count && bw >= 16) {
        const t = svgEl('text', { class: 'tl-count', x: i * bw + bw / 2, y: top + chartH - h - 3, 'text-anchor': 'middle' });
        t.textContent = num(b.count);
        g.append(t);
      }
      svg.append(g);
      const labelled = model.unit === 'month'
        ? (Number(b.key.slice(5, 7)) - 1) % labelEvery === 0
        : Number(b.key) % labelEvery === 0;
      if (labelled) {
        // Labels at the edges are anchored inside the chart so they are never cut off.
        const x = i * bw + bw / 2;
        const anchorAt = x < 24 ? 'start' : x > W - 24 ? 'end' : 'middle';
        const t = svgEl('text', { class: 'tl-label', x: anchorAt === 'start' ? i * bw : anchorAt === 'end' ? (i + 1) * bw : x, y: H - 6, 'text-anchor': anchorAt });
        t.textContent = model.unit === 'month' ? formatPeriod(b.key, true) : b.key;
        t.setAttribute('aria-hidden', 'true');
        svg.append(t);
      }
    });
    cursorRect = svgEl('rect', { class: 'tl-cursor', x: 0, y: 1, width: 0, height: H - bottom - 1, visibility: 'hidden' });
    svg.append(cursorRect);
    attach(svg);
    wrap.replaceChildren(svg);
    paint();
  }

  function paint() {
    const bw = Number(svg.dataset.bw);
    if (anchor != null && cursor != null) {
      const a = Math.min(anchor, cursor);
      const b = Math.max(anchor, cursor);
      selRect.setAttribute('x', a * bw);
      selRect.setAttribute('width', (b - a + 1) * bw);
      selRect.setAttribute('visibility', 'visible');
      svg.querySelectorAll('.tl-bar').forEach((g, i) => g.classList.toggle('tl-in', i >= a && i <= b));
    } else {
      selRect.setAttribute('visibility', 'hidden');
      svg.querySelectorAll('.tl-bar').forEach((g) => g.classList.remove('tl-in'));
    }
    // The keyboard cursor shows only for keyboard focus (not after a mouse drag).
    if (cursor != null && document.activeElement === svg && svg.matches(':focus-visible')) {
      cursorRect.setAttribute('x', cursor * bw + 0.5);
      cursorRect.setAttribute('width', Math.max(1, bw - 1));
      cursorRect.setAttribute('visibility', 'visible');
    } else {
      cursorRect.setAttribute('visibility', 'hidden');
    }
  }

  // Pointer x → bar index, through the viewBox scale (the SVG may be drawn narrower than its viewBox).
  const indexAt = (clientX) => {
    const r = svg.getBoundingClientRect();
    const x = ((clientX - r.left) / r.width) * Number(svg.getAttribute('width'));
    return Math.min(n - 1, Math.max(0, Math.floor(x / Number(svg.dataset.bw))));
  };
  const selectionLabel = () => {
    const a = bars[Math.min(anchor, cursor)];
    const b = bars[Math.max(anchor, cursor)];
    return a === b ? S.timelineBar(barLabel(a), a.count) : S.dateRange(barLabel(a), barLabel(b));
  };
  const apply = () => {
    if (anchor == null || cursor == null) return;
    const a = bars[Math.min(anchor, cursor)].key;
    const b = bars[Math.max(anchor, cursor)].key;
    onApply(a, b);
  };

  function attach(node) {
    node.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      e.preventDefault(); // no text selection while dragging
      node.focus({ preventScroll: true });
      node.setPointerCapture(e.pointerId);
      dragging = true;
      anchor = cursor = indexAt(e.clientX);
      paint();
    });
    node.addEventListener('pointermove', (e) => {
      if (!dragging) return;
      const i = indexAt(e.clientX);
      if (i !== cursor) { cursor = i; paint(); }
    });
    node.addEventListener('pointerup', (e) => {
      if (!dragging) return;
      dragging = false;
      cursor = indexAt(e.clientX);
      paint();
      apply();
    });
    node.addEventListener('pointercancel', () => { dragging = false; anchor = cursor = null; paint(); });
    node.addEventListener('focus', () => {
      if (cursor == null) {
        cursor = Math.max(0, bars.findIndex((b) => b.count > 0));
        anchor = cursor;
      }
      live.textContent = S.timelineChosen(selectionLabel());
      paint();
    });
    node.addEventListener('blur', () => { if (!dragging) paint(); });
    node.addEventListener('keydown', (e) => {
      let next = cursor == null ? 0 : cursor;
      if (e.key === 'ArrowRight' || e.key === 'ArrowUp') next = Math.min(n - 1, next + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') next = Math.max(0, next - 1);
      else if (e.key === 'Home') next = 0;
      else if (e.key === 'End') next = n - 1;
      else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        apply();
        return;
      } else if (e.key === 'Escape') {
        anchor = cursor;
        live.textContent = S.timelineChosen(selectionLabel());
        paint();
        return;
      } else {
        return;
      }
      e.preventDefault();
      cursor = next;
      if (!e.shiftKey || anchor == null) anchor = cursor;
      live.textContent = S.timelineChosen(selectionLabel());
      paint();
    });
  }

  draw();
  redraws.set(host, draw);
}

function renderTimelineBox(host, tl, from, to, opts) {
  redraws.delete(host);
  host.replaceChildren();
  const model = timelineBars(tl, from, to);
  host.hidden = !model;
  if (!model) return;
  const head = el('div', 'timeline-head');
  const h = el(opts.headingTag || 'h2', 'timeline-title', opts.title);
  head.append(h);
  if (opts.clear) head.append(opts.clear);
  host.append(head, el('p', 'hint timeline-hint', opts.hint));
  host.dataset.unit = model.unit;
  drawTimeline(host, model, opts.onApply, opts.idPrefix);
}

function renderSearchTimeline(s, tl) {
  const clear = (s.from || s.to)
    ? navLink(urlFor({ ...searchOnly(s), from: '', to: '', page: 1 }), S.clearDates, 'timeline-clear', 'keep-focus')
    : null;
  renderTimelineBox(els.timeline, tl, s.from, s.to, {
    title: S.timelineTitle, hint: S.timelineHint, clear, idPrefix: 'tl-search',
    onApply: (from, to) => go(urlFor({ ...searchOnly(s), from, to, page: 1 }), false, () => els.timeline.querySelector('svg')),
  });
  els.timeline.setAttribute('aria-label', S.timelineTitle);
}

// ---- Article view ------------------------------------------------------------------------------

const backLink = (s) => navLink(urlFor(searchOnly(s)), S.back, 'back', 'back');

// Actor, place and date mentions as non-overlapping spans, in text order. Offsets are code points.
function mentionSpans(d) {
  const spans = [];
  for (const [kind, list] of [['actor', d.actors], ['place', d.places]]) {
    for (const e of list || []) {
      for (const m of e.mentions || []) {
        if (Number.isInteger(m.start) && Number.isInteger(m.end) && m.end > m.start) spans.push({ start: m.start, end: m.end, kind, entity: e });
      }
    }
  }
  for (const date of d.dates || []) {
    if (Number.isInteger(date.start) && Number.isInteger(date.end) && date.end > date.start) spans.push({ start: date.start, end: date.end, kind: 'date', date });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let end = 0;
  for (const sp of spans) {
    if (sp.start >= end) { out.push(sp); end = sp.end; } // an overlapping span loses to the earlier, longer one
  }
  return out;
}

// Paragraph ranges [start, end) in code points: paragraphs are separated by blank lines.
function paragraphRanges(cps) {
  const out = [];
  let start = 0;
  let i = 0;
  while (i < cps.length) {
    if (!/\s/.test(cps[i])) { i++; continue; }
    let j = i;
    let newlines = 0;
    while (j < cps.length && /\s/.test(cps[j])) { if (cps[j] === '\n') newlines++; j++; }
    if (newlines >= 2) {
      if (i > start) out.push([start, i]);
      start = j;
    }
    i = j;
  }
  if (start < cps.length) out.push([start, cps.length]);
  return out.filter(([a, b]) => cps.slice(a, b).join('').trim());
}

function renderDocText(s, d, text) {
  const cps = Array.from(text); // offsets from the API count code points, not UTF-16 units
  const spans = mentionSpans(d);
  const at = /^(\d+)-(\d+)$/.exec(s.at || '');
  const focus = at ? [Number(at[1]), Number(at[2])] : null;
  const body = el('div', 'doc-text');
  setLang(body, d.lang);
  // Text [a, b) into parent, with the part inside the focus range (?at=) wrapped in <span class="at">.
  const emit = (parent, a, b) => {
    if (b <= a) return;
    if (focus && focus[0] < b && focus[1] > a) {
      const fa = Math.max(a, focus[0]);
      const fb = Math.min(b, focus[1]);
      if (fa > a) parent.append(cps.slice(a, fa).join(''));
      parent.append(el('span', 'at', cps.slice(fa, fb).join('')));
      if (b > fb) parent.append(cps.slice(fb, b).join(''));
    } else {
      parent.append(cps.slice(a, b).join(''));
    }
  };
  let k = 0;
  for (const [ps, pe] of paragraphRanges(cps)) {
    const p = el('p');
    let pos = ps;
    while (k < spans.length && spans[k].end <= ps) k++;
    for (let j = k; j < spans.length && spans[j].start < pe; j++) {
      const sp = spans[j];
      const a = Math.max(sp.start, ps);
      const b = Math.min(sp.end, pe);
      emit(p, pos, a);
      let mark;
      if (sp.kind === 'date') {
        const f = dateFilter(sp.date);
        mark = el('mark', 'ent ent-date');
        mark.title = f ? rangeLabel(f.from, f.to) : S.noYear;
        mark.dataset.ent = `date-${sp.date.start}`;
      } else {
        // Inline names are links for the mouse; keyboard users have the same links in the side panel.
        mark = navLink(urlFor(entityState(s, sp.entity.id)), null, `ent ent-${sp.kind}`);
        mark.tabIndex = -1;
        mark.title = `${sp.entity.name} · ${typeName(sp.entity.type)}`;
        mark.dataset.ent = sp.entity.id;
      }
      emit(mark, a, b);
      p.append(mark);
      pos = b;
    }
    emit(p, pos, pe);
    body.append(p);
  }
  return body;
}

// Hovering or focusing an entry of the side panel lights up its mentions in the text.
function linkHighlight(item, key) {
  const toggle = (on) => {
    els.docView.querySelectorAll(`.doc-text [data-ent="${CSS.escape(key)}"]`).forEach((m) => m.classList.toggle('lit', on));
  };
  for (const [ev, on] of [['mouseenter', true], ['mouseleave', false], ['focusin', true], ['focusout', false]]) {
    item.addEventListener(ev, () => toggle(on));
  }
}

function docPanel(s, d) {
  const aside = el('aside', 'doc-panel');
  const h = el('h2', 'panel-title', S.inThisArticle);
  h.id = 'doc-panel-title';
  aside.setAttribute('aria-labelledby', h.id);
  aside.append(h);
  for (const [kind, title, list] of [['actor', S.actors, d.actors], ['place', S.places, d.places]]) {
    const section = el('section', `panel-group panel-${kind}s`);
    section.append(el('h3', null, title));
    const items = (list || []).filter((e) => e && e.id);
    if (!items.length) section.append(el('p', 'muted', S.noneFound));
    const ul = el('ul', 'panel-list');
    for (const e of items) {
      const li = el('li');
      const a = navLink(urlFor(entityState(s, e.id)), e.name, `ent-link ent-${kind}`);
      a.dataset.id = e.id;
      const count = Number(e.count) || (e.mentions || []).length;
      li.append(a, ' ', el('span', 'muted', `· ${typeName(e.type)}${count ? ` · ${S.mentionsN(count)}` : ''}`));
      linkHighlight(li, e.id);
      ul.append(li);
    }
    if (items.length) section.append(ul);
    aside.append(section);
  }
  const section = el('section', 'panel-group panel-dates');
  section.append(el('h3', null, S.dates));
  const dates = (d.dates || []).filter((x) => x && x.text);
  if (!dates.length) section.append(el('p', 'muted', S.noneFound));
  const ul = el('ul', 'panel-list');
  for (const date of dates) {
    const li = el('li');
    const f = dateFilter(date);
    const text = el('span', 'date-text', String(date.text));
    setLang(text, d.lang);
    if (f) {
      const a = navLink(urlFor({ ...searchOnly(s), from: f.from, to: f.to, page: 1 }), rangeLabel(f.from, f.to), 'ent-link ent-date');
      a.setAttribute('aria-label', S.filterDate(rangeLabel(f.from, f.to)));
      li.append(text, ' → ', a);
    } else {
      li.append(text, ' ', el('span', 'muted', `(${S.noYear})`));
    }
    if (date.relative) li.append(' ', el('span', 'muted', `(${S.relative})`));
    linkHighlight(li, `date-${date.start}`);
    ul.append(li);
  }
  if (dates.length) section.append(ul);
  aside.append(section);
  return aside;
}

function legend() {
  const p = el('p', 'legend');
  p.append(`${S.legend} `);
  for (const [kind, label] of [['actor', S.actors], ['place', S.places], ['date', S.dates]]) {
    p.append(el('span', `ent ent-${kind} legend-key`, label), ' ');
  }
  return p;
}

async function renderDoc(s, signal) {
  els.docView.replaceChildren(backLink(s), el('p', 'status', S.loadingDoc));
  const d = await fetchJSON(`api/documents/${encodeURIComponent(s.doc)}?ui_lang=${ui}`, signal);
  remember(d.actors);
  remember(d.places);
  document.title = S.pageTitle(d.title || S.untitled);
  const h1 = el('h1', 'doc-title', d.title || S.untitled);
  h1.tabIndex = -1; // focus target after navigation
  setLang(h1, d.lang);
  const main = el('div', 'doc-main');
  main.append(h1, metaLine(d, true), legend(), renderDocText(s, d, String(d.text || '')));
  const layout = el('div', 'doc-layout');
  layout.append(main, docPanel(s, d));
  els.docView.replaceChildren(backLink(s), layout);
}

// ---- Entity view -------------------------------------------------------------------------------

function countryName(code) {
  try { return new Intl.DisplayNames([ui], { type: 'region' }).of(code) || code; } catch { return code; }
}

function factRow(dl, term, value) {
  if (value == null || value === '') return;
  dl.append(el('dt', null, term));
  const dd = el('dd');
  dd.append(value);
  dl.append(dd);
}

async function renderEntity(s, signal) {
  els.entityView.replaceChildren(backLink(s), el('p', 'status', S.loadingEntity));
  const e = await fetchJSON(`api/entities/${encodeURIComponent(s.entity)}?ui_lang=${ui}`, signal);
  names.set(s.entity, { name: e.name, type: e.type });
  const id = e.id || s.entity;
  const kind = kindOf(e.type);
  const filter = { actors: kind === 'place' ? [] : [id], places: kind === 'place' ? [id] : [] };
  const blank = { q: '', lang: '', from: '', to: '', sort: '', page: 1, actors: [], places: [] };

  // The timeline (a search with this filter; only its facets are used) and the events, together.
  const tlParams = searchParams({ ...blank, ...filter }, { per_page: '1' });
  const evParams = new URLSearchParams({ [kind]: id, limit: '50', ui_lang: ui });
  if (s.efrom) evParams.set('from', s.efrom);
  if (s.eto) evParams.set('to', s.eto);
  const [tlResult, evResult] = await Promise.allSettled([
    fetchJSON(`api/search?${tlParams}`, signal),
    fetchJSON(`api/events?${evParams}`, signal),
  ]);
  if (signal.aborted) throw new DOMException('aborted', 'AbortError');

  document.title = S.pageTitle(e.name || id);
  const out = [backLink(s)];
  const head = el('header', 'entity-head');
  const h1 = el('h1', `entity-title ent-${kind}-title`, e.name || id);
  h1.tabIndex = -1;
  const sub = el('p', 'meta');
  sub.append(el('span', `badge-type type-${e.type}`, typeName(e.type)));
  if (e.kind) sub.append(el('span', null, S.kinds[e.kind] || e.kind));
  if (e.country) sub.append(el('span', null, countryName(e.country)));
  head.append(h1, sub);
  if (e.role) head.append(el('p', 'entity-role', e.role));
  if (e.known === false) head.append(el('p', 'muted', S.notKnown));
  out.push(head);

  const facts = el('dl', 'facts');
  const count = Number(e.count) || 0;
  const articles = navLink(urlFor({ ...blank, ...filter }), S.articlesN(count, num), 'entity-articles');
  factRow(facts, S.articleCount, articles);
  if (e.first_seen) factRow(facts, S.firstSeen, Object.assign(el('time', null, formatPeriod(e.first_seen)), { dateTime: e.first_seen }));
  if (e.last_seen) factRow(facts, S.lastSeen, Object.assign(el('time', null, formatPeriod(e.last_seen)), { dateTime: e.last_seen }));
  out.push(facts);

  // Names in each language (known entities), then the other spellings.
  const nameRows = Object.entries(e.names || {}).filter(([, v]) => v && (typeof v === 'string' || Array.isArray(v)));
  if (nameRows.length || (e.aliases || []).length) {
    const section = el('section', 'entity-names');
    section.append(el('h2', null, S.names));
    if (nameRows.length) {
      const dl = el('dl', 'names-list');
      const order = ['sq', 'ro', 'it', 'en'];
      nameRows.sort((a, b) => (order.indexOf(a[0]) + 99) % 99 - (order.indexOf(b[0]) + 99) % 99);
      for (const [code, v] of nameRows) {
        dl.append(el('dt', null, langName(code)));
        const dd = el('dd', null, Array.isArray(v) ? v.join(', ') : v);
        setLang(dd, code);
        dl.append(dd);
      }
      section.append(dl);
    }
    if ((e.aliases || []).length) {
      const p = el('p', 'aliases');
      p.append(el('strong', null, `${S.aliases}: `), e.aliases.map(String).join(', '));
      section.append(p);
    }
    out.push(section);
  }

  // Timeline of the dates its articles mention; choosing a period narrows the events below.
  const tlBox = el('section', 'timeline-box entity-timeline');
  tlBox.setAttribute('aria-label', S.entityTimeline);
  out.push(tlBox);

  out.push(eventsSection(s, e, evResult, filter, blank));

  const withSection = el('section', 'entity-with');
  withSection.append(el('h2', null, S.appearsWith));
  const cols = el('div', 'with-cols');
  for (const [k, title, list] of [['actor', S.actors, e.actors], ['place', S.places, e.places]]) {
    const col = el('div', 'with-col');
    col.append(el('h3', null, title));
    const items = (list || []).filter((x) => x && x.id && x.name);
    if (!items.length) col.append(el('p', 'muted', S.noneFound));
    const ul = el('ul', 'panel-list');
    for (const x of items) {
      names.set(x.id, { name: x.name, type: x.type });
      const li = el('li');
      const a = navLink(urlFor(entityState(s, x.id)), x.name, `ent-link ent-${k}`);
      a.dataset.id = x.id;
      li.append(a, ' ', el('span', 'muted', `· ${S.articlesN(Number(x.count) || 0, num)}`));
      ul.append(li);
    }
    if (items.length) col.append(ul);
    cols.append(col);
  }
  withSection.append(cols);
  out.push(withSection);

  els.entityView.replaceChildren(...out);
  // Drawn once the box is in the page, so it knows its width.
  tlBox.hidden = true;
  if (tlResult.status === 'fulfilled') {
    const tl = (tlResult.value.facets && tlResult.value.facets.timeline) || {};
    const clear = (s.efrom || s.eto) ? navLink(urlFor({ ...s, efrom: '', eto: '' }), S.clearDates, 'timeline-clear', 'keep-focus') : null;
    renderTimelineBox(tlBox, tl, s.efrom, s.eto, {
      title: S.entityTimeline, hint: S.entityTimelineHint, clear, idPrefix: 'tl-entity',
      onApply: (from, to) => go(urlFor({ ...s, efrom: from, eto: to }), false, () => els.entityView.querySelector('.entity-timeline svg')),
    });
  }
}

function eventsSection(s, e, result, filter, blank) {
  const section = el('section', 'entity-events');
  const period = rangeLabel(s.efrom, s.eto);
  const h = el('h2', null, period ? S.eventsPeriod(period) : S.events);
  section.append(h);
  if (s.efrom || s.eto) {
    const p = el('p');
    p.append(navLink(urlFor({ ...blank, ...filter, from: s.efrom, to: s.eto }), S.periodArticles, 'period-articles'));
    section.append(p);
  }
  if (result.status !== 'fulfilled') {
    // A server without /api/events answers 404: say so quietly; other failures are errors.
    const err = result.reason || {};
    if (err.status === 404) section.append(el('p', 'muted events-unavailable', S.eventsUnavailable));
    else {
      const p = el('p', 'error events-error', `${S.error}: ${err.message || S.badResponse}`);
      p.setAttribute('role', 'alert');
      section.append(p);
    }
    return section;
  }
  const events = Array.isArray(result.value.events) ? result.value.events : [];
  const total = Number(result.value.total) || events.length;
  if (!events.length) {
    section.append(el('p', 'muted', S.eventsNone));
    return section;
  }
  if (total > events.length) section.append(el('p', 'muted', S.eventsShown(events.length, total)));
  const ol = el('ol', 'events');
  for (const ev of events) {
    const li = el('li', 'event');
    const date = ev.date || {};
    const f = dateFilter(date);
    const when = el('p', 'event-date');
    if (f) when.append(Object.assign(el('time', null, rangeLabel(f.from, f.to)), { dateTime: f.from }));
    else when.append(el('span', null, String(date.text || '')));
    li.append(when);
    const art = ev.article || {};
    const sentence = el('p', 'event-sentence');
    setLang(sentence, art.lang);
    const text = String(ev.sentence || '');
    const dt = String(date.text || '');
    const at = dt ? text.indexOf(dt) : -1;
    if (at >= 0) sentence.append(text.slice(0, at), el('mark', 'ent ent-date', dt), text.slice(at + dt.length));
    else sentence.append(text);
    li.append(sentence);
    const meta = el('p', 'event-meta');
    const chips = el('span', 'event-entities');
    for (const [k, list] of [['actor', ev.actors], ['place', ev.places]]) {
      for (const x of list || []) {
        if (!x || !x.id || !x.name || x.id === e.id) continue;
        chips.append(navLink(urlFor(entityState(s, x.id)), x.name, `chip chip-${k}`), ' ');
      }
    }
    if (chips.childNodes.length) meta.append(chips);
    if (art.id) {
      const at2 = Number.isInteger(ev.start) && Number.isInteger(ev.end) ? `${ev.start}-${ev.end}` : null;
      const a = navLink(urlFor({ ...searchOnly(s), doc: art.id, at: at2 }), art.title || S.untitled, 'event-article');
      setLang(a, art.lang);
      meta.append(a);
      if (art.published) meta.append(' ', el('span', 'muted', `· ${formatPeriod(art.published)}`));
    }
    li.append(meta);
    ol.append(li);
  }
  section.append(ol);
  return section;
}

// ---- Errors, footer, interface language --------------------------------------------------------

function showError(s, view, message) {
  const box = el('div', 'error');
  box.setAttribute('role', 'alert');
  box.append(el('strong', null, `${S.error}: `), message, ' ');
  const retry = el('button', 'retry', S.retry);
  retry.type = 'button';
  retry.addEventListener('click', () => { cache.key = null; render({ focus: false }); });
  box.append(retry);
  if (view === 'search') {
    els.status.textContent = '';
    redraws.delete(els.timeline);
    [els.results, els.facets, els.pager, els.notes, els.timeline].forEach((node) => node.replaceChildren());
    els.timeline.hidden = true;
    els.message.replaceChildren(box);
  } else {
    document.title = S.pageTitle(S.error);
    (view === 'doc' ? els.docView : els.entityView).replaceChildren(backLink(s), box);
  }
}

// Footer stats are a nice-to-have: if they fail, the footer just stays quiet.
async function loadStats() {
  try {
    const st = await fetchJSON('api/stats');
    const parts = [S.statsArticles(Number(st.documents) || 0, num)];
    const langs = Object.entries(st.languages || {}).sort((a, b) => b[1] - a[1]);
    for (const [code, n] of langs) parts.push(`${langName(code)} ${num(n)}`);
    const updated = st.last_update ? new Date(st.last_update) : null;
    if (updated && !Number.isNaN(updated.getTime())) {
      parts.push(S.statsUpdated(formatDateTime(updated)));
    }
    els.stats.replaceChildren(el('p', null, `${S.appName} · ${parts.join(' · ')}`));
  } catch { els.stats.replaceChildren(); }
}

// Static labels in index.html are English fallbacks; replace them from the strings of `ui`.
function applyStrings() {
  document.documentElement.lang = ui;
  document.querySelectorAll('[data-i18n]').forEach((node) => {
    const value = S[node.dataset.i18n];
    if (typeof value === 'string') node.textContent = value;
  });
  els.q.placeholder = S.searchPlaceholder;
  els.from.placeholder = S.datePlaceholder;
  els.to.placeholder = S.datePlaceholder;
  els.acList.setAttribute('aria-label', S.acLabel);
  els.acList.removeAttribute('aria-labelledby');
  els.facets.setAttribute('aria-label', S.filtersAria);
  els.pager.setAttribute('aria-label', S.pagination);
  els.uiLang.value = ui;
  for (const o of els.lang.options) o.textContent = o.value ? `${langName(o.value)} (${o.value})` : S.allLanguages;
}

function setUiLang(code) {
  if (!UI_LANGS.includes(code) || code === ui) return;
  ui = code;
  S = strings(ui);
  numberFormat = new Intl.NumberFormat(ui);
  try { localStorage.setItem(UI_KEY, ui); } catch { /* remembered for this page only */ }
  names = new Map(); // entity names come in the interface language
  cache = { key: null, data: null };
  // A ?ui= from a shared link has done its job: drop it so the choice just made sticks on reload.
  const p = new URLSearchParams(location.search);
  if (p.has('ui')) {
    p.delete('ui');
    const qs = p.toString();
    history.replaceState(history.state, '', location.pathname + (qs ? `?${qs}` : '') + location.hash);
  }
  applyStrings();
  render({ scrollY: window.scrollY });
  loadStats();
}

els.uiLang.addEventListener('change', () => setUiLang(els.uiLang.value));

// Phones start with the filters folded away; wider screens show them beside the results (and have
// no toggle, so a fold made on a narrow window is undone when it widens).
if (window.matchMedia) {
  const narrow = window.matchMedia('(max-width: 47.99rem)');
  els.facetsBox.open = !narrow.matches;
  narrow.addEventListener('change', () => { if (!narrow.matches) els.facetsBox.open = true; });
}

applyStrings();
render();
loadStats();
