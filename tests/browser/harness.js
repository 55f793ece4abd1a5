// Test harness for the Kronika page in a real browser: indexes data/sample into a temporary
// database with the real kronika-indexer, starts the real kronika-server on a free loopback port,
// and drives Debian's Chromium through playwright-core. Nothing is downloaded at run time.
//
// Environment: KRONIKA_BUILD_DIR (default <repo>/build; binaries in its bin/),
// CHROMIUM (default /usr/bin/chromium), KRONIKA_SCREENSHOTS (default <build>/browser-screenshots).
'use strict';

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const REPO = path.resolve(__dirname, '..', '..');
const BUILD_DIR = path.resolve(process.env.KRONIKA_BUILD_DIR || path.join(REPO, 'build'));
const BIN = path.join(BUILD_DIR, 'bin');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = path.resolve(process.env.KRONIKA_SCREENSHOTS || path.join(BUILD_DIR, 'browser-screenshots'));
const START_TIMEOUT_MS = 30000;

function binary(name) {
  const file = path.join(BIN, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: build first (cmake --build ${BUILD_DIR})`);
  return file;
}

// Indexes the bundled sample and starts the server; resolves to { base, stop() }.
async function startServer() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kronika-browser-'));
  const db = path.join(tmp, 'db');
  const config = path.join(REPO, 'config', 'kronika.json');
  // The sample corpus, plus our fixture: an article with characters outside the BMP before its
  // mentions (offsets count code points) and markup-like text that must stay text.
  const inputs = [path.join(REPO, 'data', 'sample'), path.join(__dirname, 'fixtures')];
  execFileSync(binary('kronika-indexer'), ['--config', config, '--db', db, ...inputs], {
    stdio: ['ignore', 'ignore', 'pipe'], timeout: 120000,
  });
  const server = spawn(binary('kronika-server'), [
    '--config', config, '--db', db, '--bind', '127.0.0.1', '--port', '0', '--web', path.join(REPO, 'web'),
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr = (stderr + d).slice(-8000); });
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));

  // The first stdout line names the port ("… listening on 127.0.0.1:PORT"); later lines are the
  // access log, which is read and dropped so the pipe never fills up.
  const port = await new Promise((resolve, reject) => {
    let buffered = '';
    let done = false;
    const finish = (fn, value) => { if (!done) { done = true; clearTimeout(timer); fn(value); } };
    const timer = setTimeout(() => finish(reject, new Error(`kronika-server did not start in ${START_TIMEOUT_MS} ms\n${stderr}`)), START_TIMEOUT_MS);
    server.stdout.on('data', (d) => {
      if (done) return;
      buffered += d;
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      const m = /listening on ([\d.]+):(\d+)/.exec(buffered.slice(0, nl));
      if (m) finish(resolve, Number(m[2]));
      else finish(reject, new Error(`unexpected first line from kronika-server: ${buffered.slice(0, nl)}`));
    });
    exited.then(({ code, signal }) => finish(reject, new Error(`kronika-server exited (${code ?? signal})\n${stderr}`)));
  });

  return {
    base: `http://127.0.0.1:${port}/`,
    async stop() {
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
      const result = await exited;
      fs.rmSync(tmp, { recursive: true, force: true });
      return result;
    },
  };
}

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

// A fresh context (own localStorage) per test. Page errors are collected so a test can assert
// there were none; the browser's own "Failed to load resource" lines (expected for 4xx answers the
// page handles) are left out of consoleErrors.
async function openPage(browser, base, urlPath = '', { width = 1280, height = 900, locale = 'en-US' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.pageErrors = [];
  page.consoleErrors = [];
  page.on('pageerror', (e) => page.pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) page.consoleErrors.push(m.text());
  });
  await page.goto(base + urlPath);
  await settled(page, 0);
  return page;
}

// Waits until the page has finished more than `after` renders and is not loading.
async function settled(page, after) {
  await page.waitForFunction(
    (n) => Number(document.body.dataset.renders || 0) > n && document.body.dataset.state !== 'loading',
    after,
  );
}

const renders = (page) => page.evaluate(() => Number(document.body.dataset.renders || 0));

// Runs an action that navigates inside the page, then waits for the render it causes.
async function act(page, action) {
  const before = await renders(page);
  await action();
  await settled(page, before);
}

async function screenshot(page, name) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const query = (page) => new URL(page.url()).searchParams;

module.exports = { startServer, launchBrowser, openPage, settled, act, screenshot, query, SHOTS, BUILD_DIR };
