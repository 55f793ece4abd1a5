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
    // The query's word, or a word of a mention of the entity it names ("Vladimir Putin").
    assert.ok(marks.length > 0 && marks.every((m) => /putin|vladimir/i.test(m)), `snippet marks: ${marks}`);
    // Titles mark them too (server's title_html).
    const titleMarks = await texts(page, '#results .hit-title mark');
    assert.ok(titleMarks.length > 0 && titleMarks.every((m) => /putin|vladimir/i.test(m)), `title marks: ${titleMarks}`);
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

    // A bad date in the URL (here a 13th month) is said next to the field, in the reader's
    // language, without asking the server; the results area offers to clear the dates.
    const searches = [];
    page.on('request', (r) => { if (r.url().includes('/api/search')) searches.push(r.url()); });
    await page.goto(`${server.base}?q=Putin&from=2024-13`);
    await h.settled(page, 0);
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
    assert.equal(await page.locator('#date-error').textContent(), 'Dates are written YYYY, YYYY-MM or YYYY-MM-DD.');
    assert.equal(await page.locator('#from').getAttribute('aria-invalid'), '');
    assert.deepEqual(searches, [], 'no request the server would refuse');
    assert.equal(await page.locator('#q').inputValue(), 'Putin', 'the form stays');

    // The form itself refuses a malformed date before asking the server.
    await page.locator('#from').fill('last week');
    await page.locator('#q').press('Enter');
    assert.equal(await page.locator('#date-error').isVisible(), true);
    assert.equal(await page.locator('#from').getAttribute('aria-invalid'), '');
    assert.equal(h.query(page).get('from'), '2024-13', 'no navigation');

    // The way out: clear the dates.
    await h.act(page, () => page.locator('#message .error a', { hasText: 'Clear dates' }).click());
    assert.equal(h.query(page).get('from'), null);
    assert.equal(h.query(page).get('q'), 'Putin');
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
    assert.equal(await page.locator('#date-error').isHidden(), true);
    assert.ok(await page.locator('#results > li.hit').count() > 0);

    // When the server itself refuses a search (a network error still offers "Try again").
    await page.route('**/api/search?**', (route) => route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'busy' } } }));
    await page.goto(`${server.base}?q=Putin`);
    await h.settled(page, 0);
    assert.match(await page.locator('#message .error[role="alert"]').textContent(), /The server is busy/);
    assert.equal(await page.locator('#message .error button.retry').count(), 1);
  });
});

test('dates and query length: checked in the page, in the reader\'s language', async () => {
  await withPage('input-checks', '?q=Putin', {}, async (page) => {
    const searches = [];
    page.on('request', (r) => { if (r.url().includes('/api/search')) searches.push(r.url()); });
    const submit = async (from, to) => {
      await page.locator('#from').fill(from);
      await page.locator('#to').fill(to);
      await page.locator('#q').press('Enter');
    };
    // 30 February does not exist (Date.UTC had made it 1 March).
    await submit('2024-02-30', '');
    assert.equal(await page.locator('#date-error').textContent(), '2024-02-30 is not a day of the calendar.');
    assert.equal(await page.locator('#from').getAttribute('aria-invalid'), '');
    // A range that ends before it starts.
    await submit('2025', '2023');
    assert.equal(await page.locator('#date-error').textContent(), 'The start date (From) is after the end date (To).');
    assert.equal(await page.locator('#to').getAttribute('aria-invalid'), '');
    assert.equal(await page.locator('#from').getAttribute('aria-invalid'), null);
    assert.equal(h.query(page).get('from'), null, 'no navigation for the bad ones');
    assert.deepEqual(searches, []);
    await h.act(page, () => submit('2024-06-15', '2024-06')); // within the same month: fine
    assert.equal(await page.locator('#date-error').isHidden(), true);
    assert.equal(h.query(page).get('to'), '2024-06');
    // 29 February of a leap year is a day.
    await h.act(page, () => submit('2024-02-29', ''));
    assert.equal(h.query(page).get('from'), '2024-02-29');
    assert.equal(await page.locator('#chips .chip-date .chip-label').textContent(), 'from Feb 29, 2024');

    // The same in a shared link, in Albanian.
    await page.goto(`${server.base}?q=Putin&from=2025&to=2023&ui=sq`);
    await h.settled(page, 0);
    assert.equal(await page.locator('#date-error').textContent(), 'Data e fillimit (Nga) është pas datës së mbarimit (Deri).');
    assert.match(await page.locator('#message .error').textContent(), /Korrigjoni datat/);
    assert.equal(searches.length, 2, 'only the good searches went to the server');

    // The search box stops at the server's limit and says so.
    await page.goto(`${server.base}?ui=en`);
    await h.settled(page, 0);
    await page.locator('#q').fill('a'.repeat(1100));
    assert.equal((await page.locator('#q').inputValue()).length, 1024);
    assert.equal(await page.locator('#q-error').textContent(), 'The search text can be at most 1,024 characters long.');
    await page.locator('#q').fill('Putin');
    assert.equal(await page.locator('#q-error').isHidden(), true);
    // A longer query in a link is not sent either.
    const sent = searches.length;
    await page.goto(`${server.base}?q=${'a'.repeat(1100)}`);
    await h.settled(page, 0);
    assert.match(await page.locator('#message .error[role="alert"]').textContent(), /at most 1,024 characters/);
    assert.equal(searches.length, sent);
  });
});

test('a search the server refuses keeps the form and the chips, in the reader\'s language', async () => {
  await withPage('server-4xx', '', {}, async (page) => {
    await page.route('**/api/search?**', (route) => route.fulfill({
      status: 400, json: { error: { code: 'bad_parameter', message: "'actor' is too long" } },
    }));
    await page.goto(`${server.base}?q=Putin&actor=vladimir-putin&ui=sq`);
    await h.settled(page, 0);
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'error');
    assert.match(await page.locator('#message .error[role="alert"]').textContent(), /^Gabim: Serveri nuk e pranoi këtë kërkim\./);
    assert.equal(await page.locator('#message .error button.retry').count(), 0, 'the same request would fail again');
    assert.equal(await page.locator('#q').inputValue(), 'Putin');
    assert.equal(await page.locator('#search-form').isVisible(), true);
    assert.equal(await page.locator('#chips .chip-actor').count(), 1);
    assert.equal(await page.locator('#facets-box').isHidden(), true, 'no empty filter column');
    await page.unroute('**/api/search?**');
    await h.act(page, () => page.locator('#message .error a', { hasText: 'Kërko pa filtrat' }).click());
    assert.deepEqual(h.query(page).getAll('actor'), []);
    assert.equal(h.query(page).get('q'), 'Putin');
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
    assert.equal(await page.locator('#facets-box').isVisible(), true);

    await page.route('**/api/search?**', (route) => route.fulfill({
      status: 414, json: { error: { code: 'query_too_long', message: "'q' is longer than 1024 characters" } },
    }));
    await page.goto(`${server.base}?q=Putin&ui=it`);
    await h.settled(page, 0);
    assert.match(await page.locator('#message .error').textContent(), /Il testo della ricerca può avere al massimo 1\.?024 caratteri\./);
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
    // From and To are one range: side by side on one row.
    const [from, to] = [await page.locator('#from').boundingBox(), await page.locator('#to').boundingBox()];
    assert.equal(Math.round(from.y), Math.round(to.y), 'From and To on the same row');
    assert.equal(await page.locator('#facets-box').evaluate((d) => d.open), false);
    // The toggle has a visible marker, which turns when the panel opens.
    const marker = () => page.locator('#facets-box > summary').evaluate((sm) => {
      const st = getComputedStyle(sm, '::before');
      return { shown: st.content !== 'none' && parseFloat(st.width) > 0 && st.borderRightWidth !== '0px', transform: st.transform };
    });
    const folded = await marker();
    assert.equal(folded.shown, true);
    await page.locator('#facets-box > summary').click();
    assert.equal(await page.locator('#facets a.facet').first().isVisible(), true);
    assert.notEqual((await marker()).transform, folded.transform);
    // A choice folds the panel away, so its results are on the first screen.
    const facet = page.locator('#facets .actors a.facet').first();
    const id = await facet.getAttribute('data-id');
    await h.act(page, () => facet.click());
    assert.deepEqual(h.query(page).getAll('actor'), [id]);
    assert.equal(await page.locator('#facets-box').evaluate((d) => d.open), false);
    assert.ok((await page.locator('#status').boundingBox()).y < 844, 'the result count is in view');
    await h.act(page, () => page.locator('#results .hit-title a').first().click());
    assert.equal(await overflow(), 0);
  });
});

test('keyboard: skip link, tab order from the search box', async () => {
  await withPage('keyboard', '', {}, async (page) => {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    const order = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    }
    assert.deepEqual(order, ['A', 'ui-lang', 'q', 'lang', 'from', 'to', 'sort', 'BUTTON', 'pub-only', order[9]]);
    // Every interactive control has an accessible name.
    const unnamed = await page.$$eval('input, select, button, a[href], svg[tabindex]', (nodes) => nodes
      .filter((n) => !(n.getAttribute('aria-label') || n.labels?.length || n.textContent.trim()))
      .map((n) => n.outerHTML.slice(0, 80)));
    assert.deepEqual(unnamed, []);
  });
});

// Rewrites the JSON of the real server's /api/search answers on their way into the page.
async function editSearch(page, edit) {
  await page.route('**/api/search?**', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    await route.fulfill({ response, json: edit(json, new URL(route.request().url()).searchParams) });
  });
}

test('pager: never offers a page the server refuses, and says where it stops', async () => {
  await withPage('pager-limit', '', {}, async (page) => {
    // The server's own last page wins (here 3, as if it capped this search there).
    await editSearch(page, (json) => ({ ...json, total: 500, last_page: 3 }));
    await page.goto(`${server.base}?page=3`);
    await h.settled(page, 0);
    assert.deepEqual(await texts(page, '#pager li.num'), ['1', '2', '3']);
    assert.equal(await page.locator('#pager .next .disabled').count(), 1, 'no Next from the last page');
    assert.equal(await page.locator('#pager .pager-note').textContent(), 'Showing the first 30 results; narrow the search to see the others.');

    // Without last_page: the result window, 10,000 results = 1,000 pages of 10.
    await page.unroute('**/api/search?**');
    await editSearch(page, (json) => { const { last_page: _, ...rest } = json; return { ...rest, total: 50000 }; });
    await page.goto(`${server.base}?page=2`);
    await h.settled(page, 0);
    const last = page.locator('#pager li.num').last();
    assert.equal(await last.textContent(), '1,000');
    assert.equal(await last.locator('a').getAttribute('aria-label'), 'Page 1000');
    assert.match(await page.locator('#pager .pager-note').textContent(), /first 10,000 results/);

    // An exact total within the window: no note, the last page is the total's.
    await page.unroute('**/api/search?**');
    await page.goto(`${server.base}?page=2`);
    await h.settled(page, 0);
    const all = await api('api/search?q=');
    assert.equal(await page.locator('#pager li.num').last().textContent(), String(Math.ceil(all.total / 10)));
    assert.equal(await page.locator('#pager .pager-note').count(), 0);

    // A page past the window in a link is not asked for; the page says why and leads back.
    const searches = [];
    page.on('request', (r) => { if (r.url().includes('/api/search')) searches.push(r.url()); });
    await page.goto(`${server.base}?q=Putin&page=3004`);
    await h.settled(page, 0);
    assert.deepEqual(searches, []);
    assert.match(await page.locator('#message .error').textContent(), /Pages after 1,000 are not available/);
    assert.equal(await page.locator('#q').inputValue(), 'Putin');
    await h.act(page, () => page.locator('#message .error a', { hasText: 'Go to the first page' }).click());
    assert.equal(h.query(page).get('page'), null);
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
  });
});

test('dates: "publication date only" maps to published_from/published_to and round-trips', async () => {
  await withPage('published-only', '?from=2024&to=2024', {}, async (page) => {
    const mentioned = await api('api/search?q=&from=2024&to=2024');
    const published = await api('api/search?q=&published_from=2024&published_to=2024');
    assert.notEqual(mentioned.total, published.total, 'the sample tells the two apart');
    assert.match(await statusText(page), new RegExp(`^${mentioned.total} results`));
    assert.match(await page.locator('#date-hint').textContent(), /mention a date in the period or were published in it/);

    await h.act(page, () => page.locator('#pub-only').check());
    assert.equal(h.query(page).get('published_from'), '2024');
    assert.equal(h.query(page).get('published_to'), '2024');
    assert.equal(h.query(page).get('from'), null);
    assert.match(await statusText(page), new RegExp(`^${published.total} results`));
    assert.equal(await page.locator('#chips .chip-date .chip-label').textContent(), 'published 2024');
    assert.equal(await page.locator('#date-hint').textContent(), 'From and To find articles published in the period.');

    await page.reload();
    await h.settled(page, 0);
    assert.equal(await page.locator('#pub-only').isChecked(), true);
    assert.equal(await page.locator('#from').inputValue(), '2024');
    assert.match(await statusText(page), new RegExp(`^${published.total} results`));

    await h.act(page, () => page.locator('#pub-only').uncheck());
    assert.equal(h.query(page).get('from'), '2024');
    assert.equal(h.query(page).get('published_from'), null);
    assert.match(await statusText(page), new RegExp(`^${mentioned.total} results`));
  });
});

test('timeline: far years fold into labelled bars, labels never overlap', async () => {
  await withPage('timeline-folds', '', {}, async (page) => {
    // A search whose articles mention the years 1000 … 2100, most of them 1990–2026.
    const years = { 1000: 2, 1290: 1, 1362: 1, 1500: 3, 2100: 1 };
    for (let y = 1990; y <= 2026; y++) years[y] = 20;
    await editSearch(page, (json, params) => (params.has('from') ? json
      : { ...json, facets: { ...json.facets, timeline: { years, months: {} } } }));
    await page.goto(`${server.base}?q=Putin`);
    await h.settled(page, 0);
    const svg = '#timeline svg.timeline';
    const bars = await page.$$eval(`${svg} g.tl-bar`, (gs) => gs.map((g) => ({ ...g.dataset })));
    const before = bars[0];
    const after = bars[bars.length - 1];
    assert.equal(before.fold, 'before');
    assert.equal(before.from, '1000');
    assert.equal(after.fold, 'after');
    assert.equal(after.to, '2100');
    // Between them, every year, in order, from where the fold stops.
    const dense = bars.slice(1, -1).map((b) => Number(b.key));
    assert.ok(dense.length >= 30 && dense.length <= 60, `dense years: ${dense.length}`);
    dense.forEach((y, i) => assert.equal(y, dense[0] + i));
    assert.equal(Number(before.to), dense[0] - 1);
    assert.equal(dense[dense.length - 1], 2026);
    assert.deepEqual(bars.slice(1, -1).map((b) => b.fold), bars.slice(1, -1).map(() => undefined));
    // Axis labels: the folds say what they are; no two labels touch.
    const labels = await page.$$eval(`${svg} .tl-label`, (ts) => ts.map((t) => { const b = t.getBBox(); return { text: t.textContent, l: b.x, r: b.x + b.width }; }));
    assert.ok(labels.some((l) => l.text === `before ${dense[0]}`), labels.map((l) => l.text).join('|'));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        assert.ok(labels[i].r <= labels[j].l || labels[j].r <= labels[i].l, `"${labels[i].text}" overlaps "${labels[j].text}"`);
      }
    }
    // Choosing the fold filters by all its years.
    await dragTimeline(page, svg, before.key, before.key);
    assert.equal(h.query(page).get('from'), '1000');
    assert.equal(h.query(page).get('to'), before.to);
    // Keyboard: End picks the later fold.
    await page.goto(`${server.base}?q=Putin`);
    await h.settled(page, 0);
    await page.locator(svg).focus();
    await page.keyboard.press('End');
    await h.act(page, () => page.keyboard.press('Enter'));
    assert.equal(h.query(page).get('from'), after.from);
    assert.equal(h.query(page).get('to'), '2100');
  });
});

test('filters column: counts on one line, no toggle on wide screens, never taller than the window', async () => {
  await withPage('facets-layout', '', { width: 1280, height: 720 }, async (page) => {
    const long = 'Organizata e Traktatit të Atlantikut të Veriut për Bashkëpunim Rajonal';
    await editSearch(page, (json) => {
      const actor = [...json.facets.actor];
      actor[0] = { ...actor[0], name: long, count: 12345 };
      return { ...json, facets: { ...json.facets, actor } };
    });
    await page.goto(server.base);
    await h.settled(page, 0);
    const count = page.locator('#facets .actors a.facet .count').first();
    assert.equal(await count.textContent(), '12,345');
    assert.equal(await count.evaluate((c) => c.getClientRects().length), 1);
    const lineHeight = await page.locator('#facets .actors a.facet .count').nth(1).evaluate((c) => c.getBoundingClientRect().height);
    assert.ok((await count.boundingBox()).height <= lineHeight + 1, 'the count is one line');
    assert.ok((await page.locator('#facets .actors .facet-name').first().boundingBox()).height > lineHeight * 1.5, 'the name wraps instead');

    // Wide screens: no "Filters" toggle, and the filters are open.
    assert.equal(await page.locator('#facets-box > summary').isVisible(), false);
    assert.equal(await page.locator('#facets-box').evaluate((d) => d.open), true);

    // Sticky, but within the window: the end of the places list can be reached by scrolling it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page.locator('#facets-box').evaluate((b) => ({ top: b.getBoundingClientRect().top, bottom: b.getBoundingClientRect().bottom, scroll: b.scrollHeight > b.clientHeight }));
    assert.ok(box.bottom <= 720, `the filters end at ${box.bottom}, below the window`);
    assert.ok(box.scroll, 'the long list scrolls inside the column');
    const lastPlace = page.locator('#facets .places a.facet').last();
    await lastPlace.scrollIntoViewIfNeeded();
    const r = await lastPlace.boundingBox();
    assert.ok(r.y >= 0 && r.y + r.height <= 720, 'the last place can be seen');
  });
});

test('empty results: with filters set, the filters are blamed and can be removed', async () => {
  const filtered = await api('api/search?q=Putin&from=1990&to=1991');
  assert.equal(filtered.total, 0);
  await withPage('empty-filtered', '?q=Putin&from=1990&to=1991', {}, async (page) => {
    assert.equal(await page.locator('.empty .empty-title').textContent(), 'No articles match “Putin” with these filters.');
    await h.act(page, () => page.locator('.empty .without-filters a', { hasText: 'Search without the filters' }).click());
    assert.equal(page.url(), `${server.base}?q=Putin`);
    assert.ok(await page.locator('#results > li.hit').count() > 0);
  });
  await withPage('empty-unfiltered', '?q=zzqqxx', {}, async (page) => {
    assert.equal(await page.locator('.empty .empty-title').textContent(), 'No articles match “zzqqxx”.');
    assert.equal(await page.locator('.empty .without-filters').count(), 0);
  });
});

test('Albanian: numbers grouped the Albanian way, country names from the entity base', async () => {
  await withPage('albanian-numbers', '', {}, async (page) => {
    await editSearch(page, (json) => ({ ...json, total: 30035 }));
    await page.goto(`${server.base}?q=Putin&ui=sq`);
    await h.settled(page, 0);
    assert.match(await statusText(page), /^30\u00a0035 rezultate/);
    await page.unroute('**/api/search?**');

    const meloni = await api('api/entities/giorgia-meloni?ui_lang=sq');
    assert.equal(meloni.country, 'IT');
    const italy = await api('api/entities/Italy?ui_lang=sq');
    await page.goto(`${server.base}?entity=giorgia-meloni`);
    await h.settled(page, 0);
    assert.equal(await page.locator('#entity-view .entity-country').textContent(), italy.name);
    assert.equal(italy.name, 'Italia');
  });
});

test('back to results: focus returns to the article that was opened', async () => {
  await withPage('back-focus', '?q=Putin', {}, async (page) => {
    const link = page.locator('#results li.hit').nth(2).locator('.hit-title a');
    const id = await page.locator('#results li.hit').nth(2).getAttribute('data-id');
    await link.focus();
    await h.act(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'doc');
    await page.locator('#doc-view a.back').focus();
    await h.act(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.evaluate(() => document.body.dataset.view), 'search');
    assert.equal(await page.evaluate(() => document.activeElement.closest('li.hit')?.dataset.id), id);
    // The browser's Back does the same.
    await h.act(page, () => page.keyboard.press('Enter'));
    await h.act(page, () => page.goBack());
    assert.equal(await page.evaluate(() => document.activeElement.closest('li.hit')?.dataset.id), id);
  });
});
