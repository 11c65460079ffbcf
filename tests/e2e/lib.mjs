// Shared helpers of the end-to-end tests: a static server for dist/ under a
// sub-path (proving relative URLs), and Debian's Chromium via playwright-core.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
export const SUBPATH = '/course/week-3/playground/';
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain',
  '.pgc': 'application/octet-stream' };

export const COURSE = '/course/week-3/';
const pages = new Map();
/** Adds a generated host page at COURSE + name (for embed tests). */
export function addPage(name, html) { pages.set(COURSE + name, html); }

/** Serves dist/ at SUBPATH with a strict Content-Security-Policy, and the
 * example course pages (examples/, or generated ones) at COURSE. */
export function serve() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      if (pages.has(url.pathname)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(pages.get(url.pathname)); return;
      }
      if (url.pathname.startsWith(COURSE) && !url.pathname.startsWith(SUBPATH)) {
        const f = path.join(ROOT, 'examples', path.basename(url.pathname));
        if (fs.existsSync(f)) { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); fs.createReadStream(f).pipe(res); return; }
      }
      if (!url.pathname.startsWith(SUBPATH)) { res.writeHead(404); res.end('not here'); return; }
      let rel = decodeURIComponent(url.pathname.slice(SUBPATH.length)) || 'index.html';
      const file = path.join(DIST, path.normalize(rel));
      if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404); res.end('missing'); return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
        'content-security-policy': CSP,
        // Hashed assets may be cached, as any static host would; the page itself is not.
        'cache-control': file.endsWith('.html') ? 'no-store' : 'public, max-age=600' });
      fs.createReadStream(file).pipe(res);
    });
    server.listen(0, '127.0.0.1', () => {
      const base = `http://127.0.0.1:${server.address().port}${SUBPATH}`;
      resolve({ base, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** A page that records console errors, page errors and requests. */
export async function openPage(browser, url, opts = {}) {
  const context = await browser.newContext({ viewport: opts.viewport || { width: 1280, height: 900 },
    colorScheme: opts.colorScheme || 'light', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('.app[data-run-state]');
  return { page, context, errors, requests };
}

export async function waitState(page, state, timeout = 15000) {
  await page.waitForSelector(`.app[data-run-state="${state}"]`, { timeout });
}

/** The page's URL once `pred(searchParams)` holds: the page writes its URL
 * after the settings rest for a moment (src/url.rs), not at every change. */
export async function settledUrl(page, pred, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const u = new URL(page.url());
    if (pred(u.searchParams)) return u;
    if (Date.now() > end) throw new Error(`the URL never settled as expected: ${u}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function consoleLines(page) {
  return page.$$eval('[role="log"][aria-label="Console"] > *', (els) => els.map((e) => e.textContent));
}

export async function sourceText(page) {
  return page.$eval('[aria-label="Python source"] code', (e) => e.textContent);
}

export function golden(name) {
  return fs.readFileSync(path.join(ROOT, 'engine/tests/golden', name + '.txt'), 'utf8');
}

export function stripAnsi(s) { return s.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''); }

export function shot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS, name + '.png'), fullPage: true });
}

/** The golden cases: [name, CLI args]. */
export function goldenCases() {
  return fs.readFileSync(path.join(ROOT, 'engine/tests/golden/cases.txt'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
    .map((l) => { const [name, args] = l.split('|').map((s) => s.trim()); return [name, args.split(/\s+/)]; });
}

/** The page URL query for CLI arguments (`asyncq -p 2 --seed 4` → lesson=asyncq&nprod=2&seed=4). */
export function queryFor(args) {
  const [lesson, ...rest] = args;
  const q = new URLSearchParams({ lesson });
  const list = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--timestamps') continue;
    if (a === '-p') q.set('nprod', rest[++i]);
    else if (a === '-c') q.set('ncon', rest[++i]);
    else if (a.startsWith('--')) q.set(a.slice(2), rest[++i]);
    else list.push(a);
  }
  if (list.length) q.set('args', list.join(','));
  return q.toString();
}

/** What the transcript CLI prints (built by the native test layer). */
export function cli(args) {
  const bin = path.join(ROOT, 'target/debug/transcript');
  if (fs.existsSync(bin)) return execFileSync(bin, args, { encoding: 'utf8' });
  return execFileSync('cargo', ['run', '-q', '-p', 'playground-python', '--bin', 'transcript', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
}
