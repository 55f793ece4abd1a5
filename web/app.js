// Kronika search page: plain DOM, no framework, no external requests.
//
// Views: search (default), article (?doc=ID) and entity (?entity=ID). All state lives in the URL
// (q, lang, from, to or published_from, published_to, sort, actor*, place*, page, doc, at, entity,
// efrom, eto) so every view is
// shareable and Back/Forward work through history.pushState + popstate. The interface language
// (en, sq, ro, it) is remembered in localStorage and sent to the API as ui_lang.
//
// Safety: every text from the API goes through textContent / createTextNode. The only innerHTML
// is the search snippet and title_html, which the server sends HTML-escaped with <mark> as their
// only markup.
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
// The server's limits (config/kronika.json): it refuses pages past the result window (page ×
// per_page) and longer queries, so the page never asks for them.
const MAX_RESULT_WINDOW = 10000; // server.max_result_window
const MAX_QUERY_LENGTH = 1024; // server.max_query_length, in characters; also #q's maxlength

// Whether the browser's Intl has data for the interface language (Chromium lacks Albanian); a
// locale it lacks silently falls back to English.
const hasIntl = (api, code) => { try { return api.supportedLocalesOf([code]).length > 0; } catch { return false; } };

// Numbers in the interface language. Without Intl data, English digits with the separators of the
// strings (Albanian: 30 035, 2,5), grouped from five digits up as CLDR does for Albanian.
function numberFormatter(code) {
  if (hasIntl(Intl.NumberFormat, code) || !S.numberGroup) return new Intl.NumberFormat(code);
  const en = new Intl.NumberFormat('en');
  const part = (p, n) => {
    if (p.type === 'group') return Math.abs(n) >= 10000 ? S.numberGroup : '';
    return p.type === 'decimal' ? S.numberDecimal : p.value;
  };
  return { format: (n) => en.formatToParts(n).map((p) => part(p, n)).join('') };
}

let numberFormat = numberFormatter(ui);
const num = (n) => numberFormat.format(n);

const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'), q: $('q'), lang: $('lang'), from: $('from'), to: $('to'), sort: $('sort'),
  pub: $('pub-only'), dateHint: $('date-hint'),
  uiLang: $('ui-lang'), acList: $('ac-list'), acStatus: $('ac-status'), chips: $('chips'),
  dateError: $('date-error'), qError: $('q-error'), main: $('main'),
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

const hasIntlDates = (code) => hasIntl(Intl.DateTimeFormat, code);

// DATE_RE allows a 31st of every month; the calendar does not (Date.UTC would roll 2024-02-30
// over to 1 March, and the server refuses it).
function realDay(v) {
  const m = DATE_RE.exec(v);
  if (!m || !m[2]) return Boolean(m);
  const year = Number(v.slice(0, 4));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(m[1]) - 1];
  return Number(m[2]) <= days;
}

// What is wrong with a from/to pair, as { name: 'from' | 'to', message }, or null: said next to
// the fields in the reader's language instead of asking the server, which answers in English.
function dateProblem(from, to) {
  for (const [name, v] of [['from', from], ['to', to]]) {
    if (!v) continue;
    if (!DATE_RE.test(v)) return { name, message: S.badDate };
    if (!realDay(v)) return { name, message: S.noSuchDay(v) };
  }
  if (from && to && periodStart(from) > periodEnd(to)) return { name: 'to', message: S.badRange };
  return null;
}

// "2024", "2024-06" or "2024-06-19" → a localized label; anything else is shown as it is.
function formatPeriod(value, short) {
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value || '');
  if (!m) return value || '';
  if (!m[2]) return m[1];
  if (m[3] && DATE_RE.test(value) && !realDay(value)) return value; // never "1 March" for 30 February
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
  // pub: from/to are publication dates only (the API's published_from/published_to), not also
  // the dates an article mentions.
  const pub = p.has('published_from') || p.has('published_to');
  return {
    q: p.get('q') || '', lang: p.get('lang') || '', pub,
    from: p.get(pub ? 'published_from' : 'from') || '', to: p.get(pub ? 'published_to' : 'to') || '',
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
  setDates(p, s);
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

// The same names in the page's URL and in the API.
function setDates(p, s) {
  if (s.from) p.set(s.pub ? 'published_from' : 'from', s.from);
  if (s.to) p.set(s.pub ? 'published_to' : 'to', s.to);
}

// A period picked on a timeline or a date chip is one of mentioned dates, as those bars count.
const withDates = (s, from, to) => ({ ...searchOnly(s), from, to, pub: false, page: 1 });
const withoutDates = (s) => ({ ...searchOnly(s), from: '', to: '', pub: false, page: 1 });
const hasFilters = (s) => Boolean(s.actors.length || s.places.length || s.from || s.to || s.lang);
const withoutFilters = (s) => ({ ...withoutDates(s), actors: [], places: [], lang: '' });

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

// A request the server would refuse, found before sending it. message is in the reader's
// language; field: the mistake is already shown next to the form's fields.
class InputError extends Error {
  constructor(message, field = false) {
    super(message);
    this.field = field;
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
  setDates(p, s);
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
  // Without dates the URL cannot hold the box, so a box ticked before typing them stays ticked.
  if (s.from || s.to) els.pub.checked = s.pub;
  syncDateHint();
  setDateError(null);
  showQueryLimit();
}

function syncDateHint() {
  els.dateHint.textContent = els.pub.checked ? S.dateHintPub : S.dateHint;
}

// problem: from dateProblem(), or null to clear.
function setDateError(problem) {
  const input = problem && els[problem.name];
  for (const i of [els.from, els.to]) i.toggleAttribute('aria-invalid', i === input);
  if (problem) els.dateError.textContent = problem.message;
  els.dateError.hidden = !problem;
}

// A paste longer than the server takes is cut by maxlength without a word: say so.
function showQueryLimit() {
  const full = els.q.value.length >= els.q.maxLength && els.q.maxLength > 0;
  els.qError.textContent = full ? S.queryTooLong(num(MAX_QUERY_LENGTH)) : '';
  els.qError.hidden = !full;
}

function formState() {
  const s = readState();
  return {
    ...searchOnly(s), q: els.q.value.trim(), lang: els.lang.value, from: els.from.value.trim(),
    to: els.to.value.trim(), pub: els.pub.checked, sort: els.sort.value, page: 1,
  };
}

function submitSearch() {
  const next = formState();
  const problem = dateProblem(next.from, next.to);
  if (problem) {
    setDateError(problem);
    els[problem.name].focus();
    return;
  }
  closeAutocomplete();
  go(urlFor(next), false);
}

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  submitSearch();
});
// Choosing a language or an order searches at once; dates wait for Enter or the button. The
// publication-date box searches at once only when there are dates for it to change.
els.lang.addEventListener('change', submitSearch);
els.sort.addEventListener('change', submitSearch);
els.pub.addEventListener('change', () => {
  syncDateHint();
  if (els.from.value.trim() || els.to.value.trim()) submitSearch();
});
els.q.addEventListener('input', showQueryLimit);

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
  if (s.from || s.to) add('date', s.pub ? S.publishedRange(rangeLabel(s.from, s.to)) : rangeLabel(s.from, s.to), withoutDates(s));
  const count = ul.children.length;
  if (count > 1) {
    const li = el('li', 'chip-clear');
    li.append(navLink(urlFor({ ...withoutDates(s), actors: [], places: [] }), S.clearAll, null, 'keep-focus'));
    ul.append(li);
  }
  els.chips.replaceChildren(...(count ? [ul] : []));
  els.chips.hidden = !count;
}

// ---- Rendering ---------------------------------------------------------------------------------

let shown = { view: null, doc: null }; // the view on screen, to know where a reader comes back from

async function render(opts = {}) {
  if (controller) controller.abort(); // a newer navigation wins; stale responses are dropped
  controller = new AbortController();
  const signal = controller.signal;
  const s = readState();
  const came = shown;
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
    showError(s, view, err);
    state = 'error';
  }
  if (signal.aborted) return;
  shown = { view, doc: s.doc };
  document.body.dataset.state = state;
  // Completed renders, counted: lets tests (and tools) wait for exactly the next one.
  document.body.dataset.renders = String((Number(document.body.dataset.renders) || 0) + 1);
  const target = view === 'doc' && els.docView.querySelector('.at');
  if (target) target.scrollIntoView({ block: 'center' });
  else window.scrollTo(0, opts.scrollY || 0);
  // After a link click, move focus to the new content so keyboard users are not left at the bottom.
  // Back from an article (its link or the browser's), focus returns to the link that opened it.
  const back = view === 'search' && (came.view === 'doc' || came.view === 'entity');
  if (opts.focus || back) {
    focusView(view, back ? came.doc : null);
  } else if (opts.refocus && (!document.activeElement || document.activeElement === document.body)) {
    const target = opts.refocus();
    if (target) target.focus({ preventScroll: true });
  }
}

function focusView(view, openedDoc) {
  const opened = openedDoc && [...els.results.querySelectorAll('li.hit')].find((li) => li.dataset.id === openedDoc);
  const link = opened && opened.querySelector('.hit-title a');
  if (link) {
    link.focus({ preventScroll: true });
    const r = link.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) link.scrollIntoView({ block: 'center' });
    return;
  }
  const heading = view === 'search' ? els.heading : (view === 'doc' ? els.docView : els.entityView).querySelector('h1');
  (heading || els.main).focus({ preventScroll: true });
}

// ---- Search view -------------------------------------------------------------------------------

function searchTitle(s) {
  const parts = [s.q, ...s.actors.map(nameOf), ...s.places.map(nameOf)].filter(Boolean);
  return parts.length ? S.pageTitle(parts.join(' · ')) : S.appName;
}

// Mistakes in the URL (a shared or edited link) that the server would refuse with an English
// message: said in the reader's language before any request.
function checkSearch(s) {
  const dates = dateProblem(s.from, s.to);
  if (dates) {
    setDateError(dates);
    throw new InputError(dates.message, true);
  }
  if (Array.from(s.q).length > MAX_QUERY_LENGTH) throw new InputError(S.queryTooLong(num(MAX_QUERY_LENGTH)));
  const maxPage = Math.floor(MAX_RESULT_WINDOW / PER_PAGE);
  if (s.page > maxPage) throw new InputError(S.pageTooFar(num(maxPage)));
}

async function renderSearch(s, signal) {
  checkSearch(s);
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
      // With filters set, they may be what finds nothing: say so, and offer the query alone.
      box.append(el('p', 'empty-title', hasFilters(s) ? S.noMatchWithFilters(s.q) : S.noMatch(s.q)));
      if (hasFilters(s)) box.append(withoutFiltersLine(s));
      if (data.suggestion) box.append(suggestionLine(s, data.suggestion));
      box.append(el('p', null, S.noMatchTip));
    } else if (hasFilters(s)) {
      box.append(el('p', 'empty-title', S.noMatchFiltered), el('p', null, S.noMatchTip));
    } else {
      box.append(el('p', null, S.noArticles));
    }
    els.message.append(box);
  }
  renderFacets(s, data.facets || {});
  renderSearchTimeline(s, (data.facets && data.facets.timeline) || {});
  const perPage = Number(data.per_page) || PER_PAGE;
  renderPager(s, total, perPage, lastPageOf(data, total, perPage));
}

// The last page the server serves for this search: its own last_page when it sends one, else
// the result window's limit (page × per_page ≤ MAX_RESULT_WINDOW).
function lastPageOf(data, total, perPage) {
  const given = Number(data.last_page);
  if (data.last_page != null && Number.isInteger(given) && given >= 0) return given;
  return Math.min(Math.ceil(total / perPage), Math.floor(MAX_RESULT_WINDOW / perPage));
}

function withoutFiltersLine(s) {
  const p = el('p', 'without-filters');
  p.append(navLink(urlFor(withoutFilters(s)), S.removeFilters));
  return p;
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
  if (h.title && h.title_html) a.innerHTML = h.title_html; // server contract: escaped text plus <mark> only
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
    const a = navLink(urlFor(withDates(s, f.from, f.to)), label, 'chip chip-date');
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
      const a = navLink(urlFor({ ...searchOnly(s), lang: code, page: 1 }), null, 'facet');
      a.append(el('span', 'facet-name', label));
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
      const a = navLink(urlFor(on ? withoutFilter(s, kind, e.id) : withFilter(s, kind, e.id)), null, 'facet');
      // The name wraps, the count never does (a long name had squeezed "89" onto two lines).
      a.append(el('span', 'facet-name', e.name), ' ', el('span', 'count', num(Number(e.count) || 0)));
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

function renderPager(s, total, perPage, last) {
  els.pager.replaceChildren();
  els.pager.setAttribute('aria-label', S.pagination);
  // More results than pages to show them: say so, or the reader takes the last page for the end.
  if (Math.ceil(total / perPage) > last) els.pager.append(el('p', 'pager-note', S.capNote(last * perPage, num)));
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
  els.pager.prepend(ul);
}

// ---- Timeline (SVG bars per year or month; drag across to choose a period) ---------------------

// Bars for facets.timeline within [from, to]. Months when the period spans at most 36 months and
// every year in it has month counts (intervals longer than three months count by year only, so
// months alone would hide them); otherwise years, continuous so gaps show as gaps (yearBars).
// Each bar is { key, from, to, count }: from/to are what choosing it filters by.
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
        bars.push({ key, from: key, to: key, count: Number(tl.months[key]) || 0 });
      }
      return { unit: 'month', bars };
    }
  }
  const list = years.length ? years : [...new Set(months.map((m) => m.slice(0, 4)))];
  const count = (y) => Number((tl.years || {})[y]) || 0;
  let first = from ? Number(periodStart(from).slice(0, 4)) : Number(list[0]);
  let last = to ? Number(periodEnd(to).slice(0, 4)) : Number(list[list.length - 1]);
  if (last < first) [first, last] = [Number(list[0]), Number(list[list.length - 1])];
  return { unit: 'year', bars: yearBars(first, last, count) };
}

// Articles mention the year 1000 and 2100 as well as this one: a bar for every year from the first
// to the last would leave the busy decades a sliver. Past YEAR_BARS years, the bars are the
// densest years (the fewest holding 95% of the counts, at most DENSE_YEARS of them) and the years
// before and after fold into one bar each, labelled as such.
const YEAR_BARS = 120;
const DENSE_SHARE = 0.95;
const DENSE_YEARS = 60;

function yearBars(first, last, count) {
  const key = (y) => String(y).padStart(4, '0');
  const bar = (y) => ({ key: key(y), from: key(y), to: key(y), count: count(key(y)) });
  const all = Array.from({ length: last - first + 1 }, (_, i) => bar(first + i));
  if (all.length <= YEAR_BARS) return all;
  const [a, b] = denseRange(all.map((x) => x.count));
  const bars = all.slice(a, b + 1);
  if (a > 0) bars.unshift(foldBar('before', all.slice(0, a)));
  if (b < all.length - 1) bars.push(foldBar('after', all.slice(b + 1)));
  return bars;
}

// The bars of a fold as one: it filters from its first year with articles to its last; its height
// is its busiest year's (a sum would count an article once per year it mentions).
function foldBar(fold, years) {
  const withCount = years.filter((y) => y.count > 0);
  const span = withCount.length ? withCount : years;
  const from = span[0].from;
  const to = span[span.length - 1].to;
  return { key: `${from}/${to}`, from, to, fold, count: Math.max(0, ...years.map((y) => y.count)) };
}

// [first, last] indices of the fewest consecutive counts holding DENSE_SHARE of the total; when
// that is more than DENSE_YEARS, the DENSE_YEARS consecutive ones holding most. Ties: the later.
function denseRange(counts) {
  const total = counts.reduce((x, y) => x + y, 0);
  const need = DENSE_SHARE * total;
  let best = [0, counts.length - 1];
  if (!total) return best;
  let sum = 0;
  for (let lo = 0, hi = 0; hi < counts.length; hi++) {
    sum += counts[hi];
    while (lo < hi && sum - counts[lo] >= need) sum -= counts[lo++];
    if (sum >= need && hi - lo <= best[1] - best[0]) best = [lo, hi];
  }
  if (best[1] - best[0] < DENSE_YEARS) return best;
  let most = -1;
  sum = 0;
  for (let hi = 0; hi < counts.length; hi++) {
    sum += counts[hi] - (hi >= DENSE_YEARS ? counts[hi - DENSE_YEARS] : 0);
    if (hi >= DENSE_YEARS - 1 && sum >= most) { most = sum; best = [hi - DENSE_YEARS + 1, hi]; }
  }
  return best;
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
  const keyLabel = (k) => (model.unit === 'month' ? formatPeriod(k) : k);
  const barLabel = (b) => (b.fold ? S.dateRange(b.from, b.to) : keyLabel(b.key));
  const barTitle = (b) => (b.fold ? S.tlFold(barLabel(b), b.count) : S.timelineBar(barLabel(b), b.count));
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
  let xs = []; // left edge and width of each bar
  let ws = [];

  // Equal bars, a few stay bars, not blocks; a fold bar is wider and set apart, so it reads as
  // "the rest" and not as one more year.
  function layout(W) {
    const folds = bars.filter((b) => b.fold).length;
    const foldW = folds ? Math.min(48, Math.max(24, W * 0.05)) : 0;
    const apart = 8;
    const bw = Math.min((W - folds * (foldW + apart)) / Math.max(1, n - folds), 64);
    xs = [];
    ws = [];
    let x = 0;
    for (const b of bars) {
      if (b.fold === 'after') x += apart;
      xs.push(x);
      ws.push(b.fold ? foldW : bw);
      x += ws[ws.length - 1];
      if (b.fold === 'before') x += apart;
    }
    return bw;
  }

  function draw() {
    const W = Math.max(240, Math.round(wrap.clientWidth || host.clientWidth || 600));
    const H = 132;
    const top = 16;
    const bottom = 22;
    const chartH = H - top - bottom;
    const bw = layout(W);
    const gap = Math.min(2, bw * 0.2);
    const max = Math.max(1, ...bars.map((b) => b.count));
    svg = svgEl('svg', { class: 'timeline', viewBox: `0 0 ${W} ${H}`, width: W, height: H, tabindex: 0, role: 'group', focusable: 'true' });
    svg.setAttribute('aria-label', S.timelineAria);
    svg.setAttribute('aria-describedby', live.id);
    svg.dataset.unit = model.unit;
    svg.append(svgEl('line', { class: 'tl-axis', x1: 0, x2: W, y1: top + chartH + 0.5, y2: top + chartH + 0.5 }));
    selRect = svgEl('rect', { class: 'tl-sel', x: 0, y: 0, width: 0, height: H - bottom + 2, visibility: 'hidden' });
    svg.append(selRect);
    // Labels far enough apart not to collide, on round steps: every k-th month, years divisible by k.
    const minGap = (model.unit === 'month' ? 56 : 38) / bw;
    const steps = model.unit === 'month' ? [1, 2, 3, 4, 6, 12, 24, 60] : [1, 2, 5, 10, 20, 25, 50, 100, 200, 500];
    const labelEvery = steps.find((k) => k >= minGap) || steps[steps.length - 1];
    const labels = []; // the folds' first: they say what the wide bars are
    bars.forEach((b, i) => {
      const g = svgEl('g', { class: `tl-bar${b.count ? '' : ' tl-empty'}${b.fold ? ' tl-fold' : ''}` });
      Object.assign(g.dataset, { key: b.key, from: b.from, to: b.to, count: String(b.count) });
      if (b.fold) g.dataset.fold = b.fold;
      const title = svgEl('title');
      title.textContent = barTitle(b);
      const h = b.count ? Math.max(2, (b.count / max) * chartH) : 0;
      g.append(title, svgEl('rect', { class: 'tl-hit', x: xs[i], y: 0, width: ws[i], height: H - bottom }));
      g.append(svgEl('rect', { class: 'tl-fill', x: xs[i] + gap / 2, y: top + chartH - h, width: Math.max(1, ws[i] - gap), height: h }));
      if (b.count && !b.fold && ws[i] >= 16) {
        const t = svgEl('text', { class: 'tl-count', x: xs[i] + ws[i] / 2, y: top + chartH - h - 3, 'text-anchor': 'middle' });
        t.textContent = num(b.count);
        g.append(t);
      }
      svg.append(g);
      if (b.fold === 'before') labels.unshift({ i, text: S.tlBefore(bars[i + 1].key), at: 'start' });
      else if (b.fold === 'after') labels.unshift({ i, text: S.tlAfter(bars[i - 1].key), at: 'end' });
      else if (model.unit === 'month' ? (Number(b.key.slice(5, 7)) - 1) % labelEvery === 0 : Number(b.key) % labelEvery === 0) {
        labels.push({ i, text: model.unit === 'month' ? formatPeriod(b.key, true) : b.key });
      }
    });
    cursorRect = svgEl('rect', { class: 'tl-cursor', x: 0, y: 1, width: 0, height: H - bottom - 1, visibility: 'hidden' });
    svg.append(cursorRect);
    attach(svg);
    wrap.replaceChildren(svg);
    drawLabels(labels, W, H);
    paint();
  }

  // Axis labels, measured once in the page: one that would touch a label already drawn is left out.
  function drawLabels(labels, W, H) {
    const drawn = [];
    for (const { i, text, at } of labels) {
      // Labels at the edges are anchored inside the chart so they are never cut off.
      const mid = xs[i] + ws[i] / 2;
      const anchorAt = at || (mid < 24 ? 'start' : mid > W - 24 ? 'end' : 'middle');
      const x = anchorAt === 'start' ? xs[i] : anchorAt === 'end' ? xs[i] + ws[i] : mid;
      const t = svgEl('text', { class: 'tl-label', x, y: H - 6, 'text-anchor': anchorAt });
      t.textContent = text;
      t.setAttribute('aria-hidden', 'true');
      svg.insertBefore(t, cursorRect);
      const w = t.getComputedTextLength() || text.length * 6.5;
      const left = anchorAt === 'start' ? x : anchorAt === 'end' ? x - w : x - w / 2;
      if (drawn.some(([l, r]) => left < r + 6 && left + w > l - 6)) t.remove();
      else drawn.push([left, left + w]);
    }
  }

  function paint() {
    if (anchor != null && cursor != null) {
      const a = Math.min(anchor, cursor);
      const b = Math.max(anchor, cursor);
      selRect.setAttribute('x', xs[a]);
      selRect.setAttribute('width', xs[b] + ws[b] - xs[a]);
      selRect.setAttribute('visibility', 'visible');
      svg.querySelectorAll('.tl-bar').forEach((g, i) => g.classList.toggle('tl-in', i >= a && i <= b));
    } else {
      selRect.setAttribute('visibility', 'hidden');
      svg.querySelectorAll('.tl-bar').forEach((g) => g.classList.remove('tl-in'));
    }
    // The keyboard cursor shows only for keyboard focus (not after a mouse drag).
    if (cursor != null && document.activeElement === svg && svg.matches(':focus-visible')) {
      cursorRect.setAttribute('x', xs[cursor] + 0.5);
      cursorRect.setAttribute('width', Math.max(1, ws[cursor] - 1));
      cursorRect.setAttribute('visibility', 'visible');
    } else {
      cursorRect.setAttribute('visibility', 'hidden');
    }
  }

  // Pointer x → bar index, through the viewBox scale (the SVG may be drawn narrower than its viewBox).
  const indexAt = (clientX) => {
    const r = svg.getBoundingClientRect();
    const x = ((clientX - r.left) / r.width) * Number(svg.getAttribute('width'));
    const i = xs.findIndex((left, j) => x < left + ws[j]);
    return i < 0 ? n - 1 : i;
  };
  const selectionLabel = () => {
    const a = bars[Math.min(anchor, cursor)];
    const b = bars[Math.max(anchor, cursor)];
    return a === b ? barTitle(a) : S.dateRange(keyLabel(a.from), keyLabel(b.to));
  };
  const apply = () => {
    if (anchor == null || cursor == null) return;
    onApply(bars[Math.min(anchor, cursor)].from, bars[Math.max(anchor, cursor)].to);
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
    ? navLink(urlFor(withoutDates(s)), S.clearDates, 'timeline-clear', 'keep-focus')
    : null;
  renderTimelineBox(els.timeline, tl, s.from, s.to, {
    title: S.timelineTitle, hint: S.timelineHint, clear, idPrefix: 'tl-search',
    onApply: (from, to) => go(urlFor(withDates(s, from, to)), false, () => els.timeline.querySelector('svg')),
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
      const a = navLink(urlFor(withDates(s, f.from, f.to)), rangeLabel(f.from, f.to), 'ent-link ent-date');
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

// A country code → its name in the interface language. Intl.DisplayNames lacks some (Chromium has
// no Albanian, and falls back to English): then the entity base's own name of the country, found
// by its English name ("Italy" → Italia); else the English name.
async function countryName(code, signal) {
  const region = (lang) => { try { return new Intl.DisplayNames([lang], { type: 'region' }).of(code); } catch { return null; } };
  if (hasIntl(Intl.DisplayNames, ui)) return region(ui) || code;
  const english = region('en') || code;
  try {
    const c = await fetchJSON(`api/entities/${encodeURIComponent(english)}?ui_lang=${ui}`, signal);
    if (c.country === code && c.name) return c.name;
  } catch (err) {
    if (err.name === 'AbortError') throw err;
  }
  return english;
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
  const [tlResult, evResult, countryResult] = await Promise.allSettled([
    fetchJSON(`api/search?${tlParams}`, signal),
    fetchJSON(`api/events?${evParams}`, signal),
    e.country ? countryName(e.country, signal) : Promise.resolve(null),
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
  if (e.country) sub.append(el('span', 'entity-country', countryResult.value || e.country));
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

// The server's own messages are English: the ones a reader can meet get a translation.
function errorText(err) {
  if (!(err instanceof ApiError) || err.status === 0) return err.message; // ours, already translated
  if (err.status === 414 || err.code === 'query_too_long') return S.queryTooLong(num(MAX_QUERY_LENGTH));
  if (err.status === 503) return S.busy;
  if (err.status === 404) return S.notFound;
  if (err.status >= 400 && err.status < 500 && err.message) return `${S.badRequest} (${err.message})`;
  return err.message;
}

// The same request again only helps when the network or the server failed, not the request.
const retryable = (err) => err instanceof ApiError && (err.status === 0 || err.status >= 500);

// Ways out of a refused search: without its dates, without its filters, back to page 1.
function errorActions(s, err) {
  if (retryable(err)) {
    const retry = el('button', 'retry', S.retry);
    retry.type = 'button';
    retry.addEventListener('click', () => { cache.key = null; render({ focus: false }); });
    return [retry];
  }
  const out = [];
  if (s.from || s.to) out.push(navLink(urlFor(withoutDates(s)), S.clearDates, 'error-action'));
  if (s.actors.length || s.places.length || s.lang) out.push(navLink(urlFor(withoutFilters(s)), S.removeFilters, 'error-action'));
  if (s.page > 1) out.push(navLink(urlFor({ ...searchOnly(s), page: 1 }), S.firstPage, 'error-action'));
  return out;
}

// A failed search keeps the form and the filter chips (they are outside the view) and offers a
// way on; only the parts the answer would have filled are emptied.
function showError(s, view, err) {
  const box = el('div', 'error');
  if (err.field) {
    box.append(el('p', null, S.fixDates)); // the field's own message is the alert
  } else {
    box.setAttribute('role', 'alert');
    box.append(el('strong', null, `${S.error}: `), errorText(err), ' ');
  }
  if (view === 'search') {
    const actions = errorActions(s, err);
    if (actions.length) {
      const p = el('p', 'error-actions');
      actions.forEach((a, i) => p.append(...(i ? [' · ', a] : [a])));
      box.append(p);
    }
    els.status.textContent = '';
    redraws.delete(els.timeline);
    [els.results, els.facets, els.pager, els.notes, els.timeline].forEach((node) => node.replaceChildren());
    els.timeline.hidden = true;
    els.facetsBox.hidden = true;
    els.message.replaceChildren(box);
  } else {
    if (retryable(err)) box.append(...errorActions(s, err));
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
  numberFormat = numberFormatter(ui);
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
const narrow = window.matchMedia ? window.matchMedia('(max-width: 47.99rem)') : null;
if (narrow) {
  els.facetsBox.open = !narrow.matches;
  narrow.addEventListener('change', () => { if (!narrow.matches) els.facetsBox.open = true; });
}
// On a phone the open panel stands above the results, two screens of them: a choice folds it
// away so the results it gives are in view. (This runs before the page's link handler.)
els.facets.addEventListener('click', (e) => {
  const plain = e.button === 0 && !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);
  if (narrow && narrow.matches && plain && e.target.closest('a[data-nav]')) els.facetsBox.open = false;
});

applyStrings();
render();
loadStats();
