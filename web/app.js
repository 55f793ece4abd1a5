// Kronika search page: plain DOM, no framework, no external requests.
// All state lives in the URL (?q=&lang=&page=, ?doc=ID or #/doc/ID) so every view is shareable
// and Back/Forward work through history.pushState + popstate.
'use strict';

// Every user-visible string is here so a translation only has to replace this object.
const STRINGS = {
  appName: 'Kronika',
  skip: 'Skip to content',
  searchLabel: 'Search articles',
  searchPlaceholder: 'e.g. "prime minister" OR elections -sport',
  langLabel: 'Language',
  allLanguages: 'All languages',
  submit: 'Search',
  hint: 'All words must match. Use "quotes" for a phrase, word* for a prefix, -word to exclude, OR for alternatives.',
  resultsHeading: 'Search results',
  langs: { sq: 'Albanian', ro: 'Romanian', it: 'Italian', und: 'Undetermined' },
  loading: 'Searching…',
  loadingDoc: 'Loading article…',
  results: (n) => (n === 1 ? '1 result' : `${num(n)} results`),
  took: (ms) => `${ms < 1 ? '<1' : num(Math.round(ms))} ms`,
  noMatch: (q) => `No articles match “${q}”.`,
  noMatchTip: 'Try fewer words, a prefix such as word*, or another language.',
  noArticles: 'There are no articles yet.',
  pageEmpty: 'This page has no results.',
  firstPage: 'Go to the first page',
  facetsLabel: 'Language:',
  facetsAria: 'Filter by language',
  pagination: 'Pagination',
  prev: '← Previous',
  next: 'Next →',
  pageN: (n) => `Page ${n}`,
  back: '← Back to results',
  original: 'Original article',
  untitled: '(untitled)',
  error: 'Error',
  networkError: 'Could not reach the server. Check your connection and try again.',
  badResponse: 'The server sent an unexpected response.',
  httpError: (status) => `The server answered with HTTP ${status}.`,
  statsArticles: (n) => (n === 1 ? '1 article' : `${num(n)} articles`),
  statsUpdated: (d) => `updated ${d}`,
  pageTitle: (t) => `${t} — Kronika`,
};
const S = STRINGS;
const PER_PAGE = 10;

const num = (n) => new Intl.NumberFormat().format(n);
const $ = (id) => document.getElementById(id);
const els = {
  form: $('search-form'), q: $('q'), lang: $('lang'), main: $('main'),
  searchView: $('search-view'), heading: $('results-heading'), status: $('status'),
  facets: $('facets'), message: $('message'), results: $('results'), pager: $('pager'),
  docView: $('doc-view'), stats: $('stats'),
};

// Small element helper; text always goes through textContent, never innerHTML.
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
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

// ---- URL state -------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  const hash = location.hash.match(/^#\/doc\/(.+)$/);
  let doc = p.get('doc');
  if (hash) { try { doc = decodeURIComponent(hash[1]); } catch { doc = hash[1]; } }
  const page = Math.max(1, parseInt(p.get('page'), 10) || 1);
  return { q: p.get('q') || '', lang: p.get('lang') || '', page, doc: doc || null };
}

function urlFor(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.lang) p.set('lang', s.lang);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.doc) p.set('doc', s.doc);
  const qs = p.toString();
  return location.pathname + (qs ? `?${qs}` : '');
}

// Results render asynchronously, so the browser cannot restore scroll itself; we store it per entry.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

function go(url, focus) {
  if (url === location.pathname + location.search && !location.hash) {
    cache.key = null; // re-submitting the same search means "refresh", not a new history entry
    history.replaceState(history.state, '', url);
  } else {
    history.replaceState({ ...history.state, scrollY: window.scrollY }, '');
    history.pushState({ fromApp: true }, '', url);
  }
  render({ scrollY: 0, focus });
}

window.addEventListener('popstate', (e) => render({ scrollY: (e.state && e.state.scrollY) || 0 }));

// Internal links are real <a href> (middle-click, copy link and no-JS all work); we only take over plain clicks.
document.addEventListener('click', (e) => {
  const a = e.target.closest('a[data-nav]');
  if (!a || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  // "Back" returns to the existing history entry when we came from the list, keeping its scroll position.
  if (a.dataset.nav === 'back' && history.state && history.state.fromApp) history.back();
  else go(a.getAttribute('href'), true);
});

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  go(urlFor({ q: els.q.value.trim(), lang: els.lang.value, page: 1 }), false);
});

// ---- Fetching --------------------------------------------------------------

let controller = null;
let cache = { key: null, data: null }; // last search response: makes Back to the list instant

async function fetchJSON(url, signal) {
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new Error(S.networkError);
  }
  let body = null;
  try { body = await res.json(); } catch { /* e.g. an HTML error page from a proxy */ }
  if (!res.ok) throw new Error((body && body.error && body.error.message) || S.httpError(res.status));
  if (!body || typeof body !== 'object') throw new Error(S.badResponse);
  return body;
}

// ---- Rendering -------------------------------------------------------------

async function render(opts = {}) {
  if (controller) controller.abort(); // a newer navigation wins; stale responses are dropped
  controller = new AbortController();
  const signal = controller.signal;
  const s = readState();
  els.q.value = s.q;
  els.lang.value = [...els.lang.options].some((o) => o.value === s.lang) ? s.lang : '';
  const isDoc = s.doc !== null;
  els.searchView.hidden = isDoc;
  els.docView.hidden = !isDoc;
  try {
    if (isDoc) await renderDoc(s, signal);
    else await renderSearch(s, signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    showError(s, isDoc, err.message);
  }
  if (signal.aborted) return;
  window.scrollTo(0, opts.scrollY || 0);
  // After a link click, move focus to the new content so keyboard users are not left at the bottom.
  if (opts.focus) (isDoc ? els.docView.querySelector('h1') || els.main : els.heading).focus({ preventScroll: true });
}

async function renderSearch(s, signal) {
  const params = new URLSearchParams({ q: s.q, page: String(s.page), per_page: String(PER_PAGE) });
  if (s.lang) params.set('lang', s.lang);
  const key = params.toString();
  document.title = s.q ? S.pageTitle(s.q) : S.appName;
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
  const hits = Array.isArray(data.hits) ? data.hits : [];
  const total = Number(data.total) || 0;
  els.status.textContent = `${S.results(total)} · ${S.took(Number(data.took_ms) || 0)}`;
  els.results.replaceChildren(...hits.map((h) => hitItem(s, h)));
  els.message.replaceChildren();
  if (!hits.length) {
    const box = el('div', 'empty');
    if (total > 0) { // page number past the end, e.g. an old shared link
      box.append(el('p', null, S.pageEmpty), navLink(urlFor({ ...s, page: 1 }), S.firstPage));
    } else if (s.q) {
      box.append(el('p', 'empty-title', S.noMatch(s.q)), el('p', null, S.noMatchTip));
    } else {
      box.append(el('p', null, S.noArticles));
    }
    els.message.append(box);
  }
  renderFacets(s, data.facets && data.facets.lang);
  renderPager(s, total, Number(data.per_page) || PER_PAGE);
}

function hitItem(s, h) {
  const li = el('li', 'hit');
  li.dataset.score = String(h.score); // not shown, but handy when inspecting ranking in devtools
  const a = navLink(urlFor({ ...s, doc: h.id }), h.title || S.untitled);
  setLang(a, h.lang);
  const title = el('h2', 'hit-title');
  title.append(a);
  const snippet = el('p', 'snippet');
  snippet.innerHTML = h.snippet || ''; // server contract: escaped text plus <mark> only
  setLang(snippet, h.lang);
  li.append(title, metaLine(h, false), snippet);
  return li;
}

// "2026-11-23" / "2026-11" → localized date; anything else is shown as-is rather than guessed at.
function formatDate(value) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value || '');
  if (!m) return value;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, m[3] ? +m[3] : 1));
  const opts = { timeZone: 'UTC', year: 'numeric', month: 'short', ...(m[3] ? { day: 'numeric' } : {}) };
  return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat(undefined, opts).format(date);
}

function metaLine(d, withLink) {
  const p = el('p', 'meta');
  const code = d.lang || 'und';
  const name = S.langs[code] || code;
  // Sighted users get the short code; screen readers get the full language name.
  const short = el('span', null, code);
  short.setAttribute('aria-hidden', 'true');
  const badge = Object.assign(el('span', `badge badge-${code}`), { title: name });
  badge.append(short, el('span', 'sr-only', name));
  p.append(badge);
  if (d.published) p.append(Object.assign(el('time', null, formatDate(d.published)), { dateTime: d.published }));
  if (d.source) p.append(el('span', 'source', d.source));
  // Only http(s) links: a javascript: URL in the data must never become clickable.
  if (withLink && d.url && /^https?:\/\//i.test(d.url)) {
    p.append(Object.assign(el('a', 'original', S.original), { href: d.url, rel: 'noopener noreferrer' }));
  }
  return p;
}

function renderFacets(s, counts) {
  els.facets.replaceChildren();
  const entries = Object.entries(counts || {}).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!entries.length && !s.lang) return;
  const ul = el('ul');
  const add = (lang, label, count) => {
    const a = navLink(urlFor({ q: s.q, lang, page: 1 }), label, 'facet');
    if (count != null) a.append(' ', el('span', 'count', `(${num(count)})`));
    if (lang === s.lang) a.setAttribute('aria-current', 'true');
    ul.appendChild(el('li')).append(a);
  };
  add('', S.allLanguages, null);
  for (const [code, n] of entries) add(code, S.langs[code] || code, n);
  els.facets.append(el('span', 'facets-label', S.facetsLabel), ul);
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

const backLink = (s) => navLink(urlFor({ ...s, doc: null }), S.back, 'back', 'back');

async function renderDoc(s, signal) {
  els.docView.replaceChildren(backLink(s), el('p', 'status', S.loadingDoc));
  const d = await fetchJSON(`api/documents/${encodeURIComponent(s.doc)}`, signal);
  document.title = S.pageTitle(d.title || S.untitled);
  const h1 = el('h1', 'doc-title', d.title || S.untitled);
  h1.tabIndex = -1; // focus target after navigation
  setLang(h1, d.lang);
  const body = el('div', 'doc-text');
  setLang(body, d.lang);
  // Paragraphs are separated by blank lines; textContent keeps the original text inert.
  for (const para of String(d.text || '').split(/\r?\n\s*\n/)) {
    if (para.trim()) body.append(el('p', null, para.trim()));
  }
  els.docView.replaceChildren(backLink(s), h1, metaLine(d, true), body);
}

function showError(s, isDoc, message) {
  const box = el('div', 'error');
  box.setAttribute('role', 'alert');
  box.append(el('strong', null, `${S.error}: `), message);
  if (isDoc) {
    document.title = S.pageTitle(S.error);
    els.docView.replaceChildren(backLink(s), box);
  } else {
    els.status.textContent = '';
    [els.results, els.facets, els.pager].forEach((node) => node.replaceChildren());
    els.message.replaceChildren(box);
  }
}

// Footer stats are a nice-to-have: if they fail, the footer just stays quiet.
async function loadStats() {
  try {
    const st = await fetchJSON('api/stats');
    const parts = [S.statsArticles(Number(st.documents) || 0)];
    const langs = Object.entries(st.languages || {}).sort((a, b) => b[1] - a[1]);
    for (const [code, n] of langs) parts.push(`${S.langs[code] || code} ${num(n)}`);
    const updated = st.last_update ? new Date(st.last_update) : null;
    if (updated && !Number.isNaN(updated.getTime())) {
      parts.push(S.statsUpdated(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(updated)));
    }
    els.stats.replaceChildren(el('p', null, `${S.appName} · ${parts.join(' · ')}`));
  } catch { els.stats.replaceChildren(); }
}

// Static labels in index.html are English fallbacks; replace them from STRINGS so one object translates all.
function applyStrings() {
  document.querySelectorAll('[data-i18n]').forEach((node) => {
    const value = S[node.dataset.i18n];
    if (typeof value === 'string') node.textContent = value;
  });
  els.q.placeholder = S.searchPlaceholder;
  els.q.setAttribute('aria-describedby', 'syntax-hint');
  els.facets.setAttribute('aria-label', S.facetsAria);
  els.pager.setAttribute('aria-label', S.pagination);
  for (const o of els.lang.options) o.textContent = o.value ? `${S.langs[o.value] || o.value} (${o.value})` : S.allLanguages;
}

applyStrings();
render();
loadStats();
