// The Kronika page in Chromium against the real server over data/sample (+ fixtures/).
// Run: scripts/browser-test.sh [BUILD_DIR]   (or: KRONIKA_BUILD_DIR=build node --test tests/browser)
// Every wait is on a specific state (data-renders / data-state on <body>, an element, a URL):
// no sleeps. Each test saves a screenshot under $BUILD_DIR/browser-screenshots/.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

let server;
let browser;

before(async () => {
  server = await h.startServer();
  browser = await h.launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (server) {
    const { code } = await server.stop();
    assert.equal(code, 0, 'kronika-server exits 0 on SIGTERM');
  }
});

// Opens a page, runs the body, and always saves a screenshot and closes the context.
async function withPage(name, urlPath, options, body) {
  const page = await h.openPage(browser, server.base, urlPath, options);
  try {
    await body(page);
    assert.deepEqual(page.pageErrors, [], 'no uncaught errors in the page');
    assert.deepEqual(page.consoleErrors, [], 'no console errors');
  } finally {
    await h.screenshot(page, name).catch(() => {});
    await page.context().close();
  }
}

async function api(path) {
  const res = await fetch(server.base + path);
  assert.ok(res.ok, `${path} → HTTP ${res.status}`);
  return res.json();
}

const texts = (page, selector) => page.locator(selector).allTextContents();
const statusText = (page) => page.locator('#status').textContent();

// Drags the mouse across a timeline from the bar with key `from` to the bar with key `to`.
async function dragTimeline(page, svgSelector, fromKey, toKey) {
  const box = async (key) => {
    const b = await page.locator(`${svgSelector} g[data-key="${key}"] .tl-hit`).boundingBox();
    assert.ok(b, `timeline bar ${key} is visible`);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const a = await box(fromKey);
  const b = await box(toKey);
  await h.act(page, async () => {
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, a.y, { steps: 4 });
    await page.mouse.move(b.x, b.y, { steps: 4 });
    await page.mouse.up();
  });
}

const barKeys = (page, svgSelector) => page.$$eval(`${svgSelector} g.tl-bar`, (gs) => gs.map((g) => ({ key: g.dataset.key, count: Number(g.dataset.count) })));

test('search: results, highlights, chips, pagination, date chip', async () => {
  await withPage('search', '', {}, async (page) => {
    const all = await api('api/search?q=');
    assert.match(await statusText(page), new RegExp(`^${all.total} results`));

    await page.locator('#q').fill('Putin');
    await h.act(page, () => page.locator('#q').press('Enter'));
    const expected = await api('api/search?q=Putin');
    assert.equal(h.query(page).get('q'), 'Putin');
    assert.match(await statusText(page), new RegExp(`^${expected.total} results`));
    assert.equal(await page.locator('#results > li.hit').count(), Math.min(10, expected.total));
    assert.deepEqual(await texts(page, '#results .hit-title a'), expected.hits.map((x) => x.title));
    const marks = await texts(page, '#results .snippet mark');
    assert.ok(marks.length > 0 && marks.every((m) => /putin/i.test(m)), `snippet marks: ${marks}`);
    assert.ok(await page.locator('#results .hit .chip-actor').count() > 0, 'actor chips on hits');
    assert.ok(await page.locator('#results .hit .chip-place').count() > 0, 'place chips on hits');

    // Pagination.
    assert.ok(expected.total > 10, 'enough hits for two pages');
    await h.act(page, () => page.locator('#pager a', { hasText: 'Next' }).click());
    assert.equal(h.query(page).get('page'), '2');
    assert.equal(await page.locator('#results > li.hit').count(), Math.min(10, expected.total - 10));
    assert.equal(await page.locator('#pager [aria-current="page"]').textContent(), '2');

    // A date chip sets from/to to the date it stands for.
    const chip = page.locator('#results a.chip-date').first();
    const [from, to] = [await chip.getAttribute('data-from'), await chip.getAttribute('data-to')];
    await h.act(page, () => chip.click());
    assert.equal(h.query(page).get('from'), from);
    assert.equal(h.query(page).get('to'), to);
    assert.equal(h.query(page).get('page'), null, 'a new filter starts on page 1');
    assert.equal(await page.locator('#from').inputValue(), from);
    assert.equal(await page.locator('#to').inputValue(), to);
    assert.equal(await page.locator('#chips .chip-date').count(), 1);
  });
});

test('search: empty state with the suggestion, escaping, error state', async () => {
  await withPage('empty-and-error', '?q=Putni', {}, async (page) => {
    assert.equal(await page.locator('.empty').count(), 1);
    const putni = await api('api/search?q=Putni');
    if (putni.suggestion) {
      const link = page.locator('.empty #suggestion-link');
      assert.equal(await link.textContent(), putni.suggestion);
      await h.act(page, () => link.click());
      assert.equal(h.query(page).get('q'), putni.suggestion);
      assert.ok(await page.locator('#results > li.hit').count() > 0, 'the suggestion finds articles');
    } else {
      assert.equal(await page.locator('#suggestion-link').count(), 0);
    }

    // Text from the query and from articles stays text.
    const evil = '<svg/onload="window.__xss=1">zzqqx';
    await page.goto(`${server.base}?q=${encodeURIComponent(evil)}`);
    await h.settled(page, 0);
    assert.ok((await page.locator('.empty-title').textContent()).includes(evil));
    assert.equal(await page.locator('main img, main svg:not(.timeline)').count(), 0);
    await page.goto(`${server.base}?q=browser`);
    await h.settled(page, 0);
    const hit = page.locator('#results li.hit[data-id="zz-browser-astral"]');
    assert.match(await hit.locator('.hit-title').textContent(), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('main img, main script, main b').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);

    // A bad parameter (here a 13th month) gives an error box with a retry button.
    await page.goto(`${server.base}?q=Putin&from=2024-13`);
    await h.settled(page, 0);
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
    assert.match(await page.locator('#message .error[role="alert"]').textContent(), /from/);
    assert.equal(await page.locator('#message .error button.retry').count(), 1);

    // The form itself refuses a malformed date before asking the server.
    await page.locator('#from').fill('last week');
    await page.locator('#q').press('Enter');
    assert.equal(await page.locator('#date-error').isVisible(), true);
    assert.equal(await page.locator('#from').getAttribute('aria-invalid'), '');
    assert.equal(h.query(page).get('from'), '2024-13', 'no navigation');
  });
});

test('search: a partial answer (shards missing) says the results are incomplete', async () => {
  await withPage('partial', '', {}, async (page) => {
    assert.equal(await page.locator('#partial-warning').count(), 0);
    // The server side of partial answers is tests/integration/shards_test.cc;
    // here the answer of the real server is marked partial on its way in.
    await page.route('**/api/search?**', async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      await route.fulfill({ response, json: { ...json, partial: true, missing_shards: ['remote 127.0.0.1:7000'] } });
    });
    await page.goto(`${server.base}?q=Putin`);
    await h.settled(page, 0);
    assert.ok((await page.locator('#results > li.hit').count()) > 0, 'the results are still shown');
    assert.match(await page.locator('#partial-warning').textContent(), /did not answer/);
  });
});

test('autocomplete: keyboard and mouse, chips become filters', async () => {
  await withPage('autocomplete', '', {}, async (page) => {
    const q = page.locator('#q');
    // The list says which text it answers, so a test waits for the list of the whole typed text.
    const options = page.locator('#ac-list:not([hidden]) [role="option"]');
    const listFor = (text) => page.locator(`#ac-list[data-query="${text}"]:not([hidden]) [role="option"]`).first().waitFor();

    // Keyboard: type, arrow down, Enter.
    await q.click();
    await q.pressSequentially('phen');
    await listFor('phen');
    assert.equal(await q.getAttribute('aria-expanded'), 'true');
    const names = await options.locator('.ac-name').allTextContents();
    const index = names.indexOf('Pyongyang');
    assert.ok(index >= 0, `Pyongyang offered for "phen": ${names}`);
    for (let i = 0; i <= index; i++) await q.press('ArrowDown');
    assert.equal(await q.getAttribute('aria-activedescendant'), `ac-opt-${index}`);
    assert.equal(await options.nth(index).getAttribute('aria-selected'), 'true');
    await h.act(page, () => q.press('Enter'));
    assert.deepEqual(h.query(page).getAll('place'), ['pyongyang']);
    assert.equal(await q.inputValue(), '', 'the typed word became the chip');
    assert.equal(await page.locator('#chips .chip-place .chip-label').textContent(), 'Pyongyang');
    const byPlace = await api('api/search?place=pyongyang');
    assert.match(await statusText(page), new RegExp(`^${byPlace.total} results`));
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'focus stays in the box');

    // Escape closes the list and keeps the text.
    await q.pressSequentially('kim');
    await listFor('kim');
    await q.press('Escape');
    assert.equal(await page.locator('#ac-list').isHidden(), true);
    assert.equal(await q.getAttribute('aria-expanded'), 'false');
    assert.equal(await q.inputValue(), 'kim');

    // Mouse: pick an actor.
    await q.fill('');
    await q.pressSequentially('put');
    await listFor('put');
    const putin = page.locator('#ac-list [role="option"]', { hasText: 'Vladimir Putin' });
    await putin.waitFor();
    await h.act(page, () => putin.click());
    assert.deepEqual(h.query(page).getAll('actor'), ['vladimir-putin']);
    assert.deepEqual(h.query(page).getAll('place'), ['pyongyang']);
    const both = await api('api/search?place=pyongyang&actor=vladimir-putin');
    assert.match(await statusText(page), new RegExp(`^${both.total} results`));
    assert.equal(await page.locator('#chips .chip').count(), 2);

    // Removing a chip removes its filter.
    await h.act(page, () => page.locator('#chips .chip-actor .chip-remove').click());
    assert.deepEqual(h.query(page).getAll('actor'), []);
    assert.deepEqual(h.query(page).getAll('place'), ['pyongyang']);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'q', 'focus is not lost with the chip');

    // Several words: "Putin kim jong" offers Kim Jong Un; choosing it takes "kim jong" out of the query.
    await q.fill('');
    await q.pressSequentially('Putin kim jong');
    await listFor('kim jong');
    const kim = page.locator('#ac-list [role="option"]', { hasText: 'Kim Jong Un' });
    await kim.waitFor();
    await h.act(page, () => kim.click());
    assert.equal(h.query(page).get('q'), 'Putin');
    assert.deepEqual(h.query(page).getAll('actor'), ['kim-jong-un']);
    assert.equal(await q.inputValue(), 'Putin');
  });
});

test('facets: actor and language filters with counts', async () => {
  await withPage('facets', '?q=Putin', {}, async (page) => {
    const before = await api('api/search?q=Putin');
    const kim = before.facets.actor.find((e) => e.id === 'kim-jong-un');
    assert.ok(kim, 'Kim Jong Un is an actor facet of "Putin"');
    const facet = page.locator('#facets a.facet[data-id="kim-jong-un"]');
    assert.equal(await facet.locator('.count').textContent(), String(kim.count));
    await h.act(page, () => facet.click());
    assert.deepEqual(h.query(page).getAll('actor'), ['kim-jong-un']);
    assert.match(await statusText(page), new RegExp(`^${kim.count} results`));
    assert.equal(await page.locator('#facets a.facet[data-id="kim-jong-un"]').getAttribute('aria-current'), 'true');

    const ro = page.locator('#facets a.facet[data-lang="ro"]');
    const roCount = Number(await ro.locator('.count').textContent());
    await h.act(page, () => ro.click());
    assert.equal(h.query(page).get('lang'), 'ro');
    assert.equal(await page.locator('#lang').inputValue(), 'ro');
    const badges = await texts(page, '#results .hit .badge [aria-hidden="true"]');
    assert.equal(badges.length, roCount);
    assert.ok(badges.every((b) => b === 'ro'), `languages: ${badges}`);

    // The place facets list places only, each with an entity link.
    assert.ok(await page.locator('#facets .places a.facet-about').count() > 0);
  });
});

test('timeline: drag across the bars sets from/to, keyboard too', async () => {
  await withPage('timeline', '?q=Putin', {}, async (page) => {
    const svg = '#timeline svg.timeline';
    await page.locator(svg).waitFor();
    const bars = (await barKeys(page, svg)).filter((b) => b.count > 0);
    assert.ok(bars.length >= 2, 'at least two bars with articles');
    const [a, b] = [bars[bars.length - 3] || bars[0], bars[bars.length - 1]];
    await dragTimeline(page, svg, a.key, b.key);
    assert.equal(h.query(page).get('from'), a.key);
    assert.equal(h.query(page).get('to'), b.key);
    assert.equal(await page.locator('#from').inputValue(), a.key);
    assert.equal(await page.locator('#to').inputValue(), b.key);
    const expected = await api(`api/search?q=Putin&from=${a.key}&to=${b.key}`);
    assert.match(await statusText(page), new RegExp(`^${expected.total} results`));

    // The timeline now shows the chosen period only; drag again inside it.
    const inner = (await barKeys(page, svg)).filter((x) => x.count > 0);
    assert.ok(inner.length >= 1);
    assert.ok(inner.every((x) => x.key.slice(0, 4) >= a.key.slice(0, 4) && x.key.slice(0, 4) <= b.key.slice(0, 4)));
    const [c, d] = [inner[0], inner[inner.length - 1]];
    await dragTimeline(page, svg, c.key, d.key);
    assert.equal(h.query(page).get('from'), c.key);
    assert.equal(h.query(page).get('to'), d.key);

    // Keyboard: Home, Shift+ArrowRight, Enter picks the first two bars.
    await page.goto(`${server.base}?q=Putin`);
    await h.settled(page, 0);
    const keys = (await barKeys(page, svg)).map((x) => x.key);
    await page.locator(svg).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowRight');
    await h.act(page, () => page.keyboard.press('Enter'));
    assert.equal(h.query(page).get('from'), keys[0]);
    assert.equal(h.query(page).get('to'), keys[1]);
    assert.equal(await page.evaluate(() => document.activeElement.matches('#timeline svg.timeline')), true, 'focus stays on the timeline');

    // "Clear dates" removes the range.
    await h.act(page, () => page.locator('#timeline a.timeline-clear').click());
    assert.equal(h.query(page).get('from'), null);
    assert.equal(h.query(page).get('to'), null);
  });
});

test('article: text with mentions highlighted at code point offsets, side panel', async () => {
  await withPage('article', '?q=browser', {}, async (page) => {
    await h.act(page, () => page.locator('#results li.hit[data-id="zz-browser-astral"] .hit-title a').click());
    assert.equal(h.query(page).get('doc'), 'zz-browser-astral');
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'doc');
    const doc = await api('api/documents/zz-browser-astral');
    assert.equal(await page.locator('#doc-view h1').textContent(), doc.title);

    // Each highlighted name is exactly the text of a mention (emoji and 𝔘𝔫𝔦 come before them).
    const cps = Array.from(doc.text);
    const expected = [];
    for (const e of [...doc.actors, ...doc.places]) {
      for (const m of e.mentions) expected.push({ id: e.id, text: cps.slice(m.start, m.end).join('') });
    }
    for (const d of doc.dates) expected.push({ id: `date-${d.start}`, text: cps.slice(d.start, d.end).join('') });
    const shown = await page.$$eval('#doc-view .doc-text .ent', (ms) => ms.map((m) => ({ id: m.dataset.ent, text: m.textContent })));
    const sort = (l) => [...l].sort((x, y) => `${x.id}${x.text}`.localeCompare(`${y.id}${y.text}`));
    assert.deepEqual(sort(shown), sort(expected));
    assert.ok(shown.some((m) => m.text === 'Vladimir Putin'));
    // The text itself is whole, markup-like text included, paragraphs kept.
    const paragraphs = await texts(page, '#doc-view .doc-text p');
    assert.deepEqual(paragraphs, doc.text.split(/\n\s*\n/));
    assert.equal(await page.locator('#doc-view script, #doc-view b').count(), 0);
    // A javascript: URL never becomes a link.
    assert.equal(await page.locator('#doc-view a.original').count(), 0);

    // Side panel: actors, places and dates.
    assert.deepEqual(await texts(page, '.doc-panel .panel-actors a.ent-link'), doc.actors.map((e) => e.name));
    assert.deepEqual(await texts(page, '.doc-panel .panel-places a.ent-link'), doc.places.map((e) => e.name));
    assert.equal(await page.locator('.doc-panel .panel-dates li').count(), doc.dates.length);
    // Hovering an entry lights up its mentions.
    await page.locator('.doc-panel .panel-places li').first().hover();
    assert.equal(await page.locator('.doc-text .ent.lit').count(), doc.places[0].mentions.length);

    // A date in the panel filters the search by it.
    await h.act(page, () => page.locator('.doc-panel a.ent-date').first().click());
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'search');
    assert.equal(h.query(page).get('from'), doc.dates[0].from);
    assert.equal(h.query(page).get('to'), doc.dates[0].to);
    assert.ok(await page.locator('#results li.hit[data-id="zz-browser-astral"]').count() === 1);
  });
});

test('entity: names, counts, timeline, events, neighbours', async () => {
  await withPage('entity', '?doc=sq-02-putin-phenian', {}, async (page) => {
    await h.act(page, () => page.locator('.doc-panel a.ent-actor', { hasText: 'Vladimir Putin' }).click());
    assert.equal(h.query(page).get('entity'), 'vladimir-putin');
    const e = await api('api/entities/vladimir-putin');
    assert.equal(await page.locator('#entity-view h1').textContent(), e.name);
    assert.equal(await page.locator('#entity-view .names-list dt').count(), Object.keys(e.names).length);
    assert.match(await page.locator('#entity-view a.entity-articles').textContent(), new RegExp(`^${e.count} articles`));

    const svg = '#entity-view svg.timeline';
    await page.locator(svg).waitFor();
    const events = await fetch(`${server.base}api/events?actor=vladimir-putin&limit=50`);
    if (!events.ok) {
      assert.equal(await page.locator('#entity-view .events-unavailable').count(), 1);
    } else {
      const body = await events.json();
      assert.equal(await page.locator('#entity-view li.event').count(), body.events.length);
      // Choosing a period on its timeline narrows the events.
      const bars = (await barKeys(page, svg)).filter((b) => b.count > 0);
      const last = bars[bars.length - 1];
      await dragTimeline(page, svg, last.key, last.key);
      assert.equal(h.query(page).get('efrom'), last.key);
      assert.equal(h.query(page).get('eto'), last.key);
      const narrowed = await api(`api/events?actor=vladimir-putin&from=${last.key}&to=${last.key}&limit=50`);
      assert.equal(await page.locator('#entity-view li.event').count(), narrowed.events.length);

      // An event opens its article at its sentence.
      if (narrowed.events.length) {
        const ev = narrowed.events[0];
        await h.act(page, () => page.locator('#entity-view li.event a.event-article').first().click());
        assert.equal(h.query(page).get('doc'), ev.article.id);
        assert.equal((await page.locator('#doc-view .doc-text .at').allTextContents()).join(''), ev.sentence);
        await h.act(page, () => page.goBack());
      }
    }

    // A co-occurring actor opens its own page; its article count leads to a filtered search.
    const other = e.actors[0];
    await h.act(page, () => page.locator(`#entity-view .entity-with a.ent-link[data-id="${other.id}"]`).click());
    assert.equal(h.query(page).get('entity'), other.id);
    await h.act(page, () => page.locator('#entity-view a.entity-articles').click());
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'search');
    assert.deepEqual(h.query(page).getAll('actor'), [other.id]);
    const filtered = await api(`api/search?actor=${other.id}`);
    assert.match(await statusText(page), new RegExp(`^${filtered.total} results`));
  });
});

test('history: back and forward restore every view', async () => {
  await withPage('history', '', {}, async (page) => {
    await page.locator('#q').fill('Putin');
    await h.act(page, () => page.locator('#search-form button[type="submit"]').click());
    await h.act(page, () => page.locator('#facets a.facet[data-id="pyongyang"]').click());
    const filtered = page.url();
    const firstTitle = await page.locator('#results .hit-title a').first().textContent();
    await h.act(page, () => page.locator('#results .hit-title a').first().click());
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'doc');

    await h.act(page, () => page.goBack());
    assert.equal(page.url(), filtered);
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'search');
    assert.equal(await page.locator('#q').inputValue(), 'Putin');
    assert.equal(await page.locator('#chips .chip-place .chip-label').textContent(), 'Pyongyang');
    assert.equal(await page.locator('#results .hit-title a').first().textContent(), firstTitle);

    await h.act(page, () => page.goBack());
    assert.deepEqual(h.query(page).getAll('place'), []);
    assert.equal(await page.locator('#chips .chip').count(), 0);

    await h.act(page, () => page.goForward());
    assert.equal(page.url(), filtered);
    await h.act(page, () => page.goForward());
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'doc');
    assert.equal(await page.locator('#doc-view h1').textContent(), firstTitle);

    // "Back to results" returns to the same history entry.
    await h.act(page, () => page.locator('#doc-view a.back').click());
    assert.equal(page.url(), filtered);
  });
});

test('interface language: switch, remembered, sent as ui_lang', async () => {
  await withPage('ui-language', '?q=Putin', {}, async (page) => {
    assert.equal(await page.locator('label[for="q"]').textContent(), 'Search articles');
    await h.act(page, () => page.locator('#ui-lang').selectOption('sq'));
    assert.equal(await page.locator('label[for="q"]').textContent(), 'Kërko artikuj');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'sq');
    assert.match(await statusText(page), /rezultate/);
    // Entity names come in the interface language: Pyongyang is "Phenian" in Albanian.
    const sq = await api('api/search?q=Putin&ui_lang=sq');
    const place = sq.facets.place.find((x) => x.id === 'pyongyang');
    assert.equal(await page.locator('#facets a.facet[data-id="pyongyang"]').evaluate((a) => a.firstChild.textContent), place.name);
    assert.equal(place.name, 'Phenian');
    assert.equal(await page.evaluate(() => localStorage.getItem('kronika.ui_lang')), 'sq');

    await page.reload();
    await h.settled(page, 0);
    assert.equal(await page.locator('#ui-lang').inputValue(), 'sq');
    assert.equal(await page.locator('#search-form button[type="submit"]').textContent(), 'Kërko');

    await h.act(page, () => page.locator('#ui-lang').selectOption('it'));
    assert.equal(await page.locator('label[for="q"]').textContent(), 'Cerca articoli');
    await h.act(page, () => page.locator('#ui-lang').selectOption('ro'));
    assert.equal(await page.locator('label[for="q"]').textContent(), 'Caută articole');
  });
});

test('phone: no horizontal scrolling, filters folded, article readable', async () => {
  await withPage('phone', '?q=Putin', { width: 390, height: 844 }, async (page) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0);
    assert.equal(await page.locator('#facets-box').evaluate((d) => d.open), false);
    await page.locator('#facets-box > summary').click();
    assert.equal(await page.locator('#facets a.facet').first().isVisible(), true);
    await h.act(page, () => page.locator('#results .hit-title a').first().click());
    assert.equal(await overflow(), 0);
  });
});

test('keyboard: skip link, tab order from the search box', async () => {
  await withPage('keyboard', '', {}, async (page) => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    const order = [];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    }
    assert.deepEqual(order, ['A', 'ui-lang', 'q', 'lang', 'from', 'to', 'sort', 'BUTTON', order[8]]);
    // Every interactive control has an accessible name.
    const unnamed = await page.$$eval('input, select, button, a[href], svg[tabindex]', (nodes) => nodes
      .filter((n) => !(n.getAttribute('aria-label') || n.labels?.length || n.textContent.trim()))
      .map((n) => n.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, []);
  });
});
