// Bad input and rough handling: 500 generated URLs, 1,000 random control
// actions, 200 consecutive runs with flat memory, a strict CSP, axe-core in
// light and dark, and the whole page by keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { serve, launch, openPage, waitState, consoleLines, ROOT } from './lib.mjs';
import { chromium } from 'playwright-core';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

// A small seeded generator, so that a failure can be replayed.
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}
const LESSONS = ['threads', 'generator', 'countasync', 'countsync', 'blocking', 'rand', 'chained', 'asyncq'];
const PARAMS = { threads: ['calls', 'delay'], generator: ['start', 'ops'], countasync: ['calls', 'delay'], countsync: ['calls', 'delay'], blocking: ['calls', 'blocking', 'delay'], rand: ['seed', 'coros'],
  chained: ['seed', 'args'], asyncq: ['seed', 'nprod', 'ncon', 'maxsize', 'maxsleep'] };
const ALL = ['lesson', 'seed', 'start', 'ops', 'blocking', 'calls', 'delay', 'coros', 'args', 'nprod', 'ncon', 'maxsize', 'maxsleep', 'clock', 'speed',
  'autorun', 'embed', 'controls', 'panels', 'zzz', '', '%', 'lesson[]'];
const VALUES = ['', '0', '-1', '1', '7', '3.5', '1e309', '-1e309', 'NaN', 'Infinity', '99999999999999999999999999999', 'abc',
  '%E2%98%83', '%F0%9F%98%80', '%', '%ZZ', '%00', '1,2,3', ',,,', '1,,x', 'instant', 'real', 'virtual', '10x', '  4  ',
  'console,timeline', 'nope', "'><script>", '-0', '+5', 'ǅ', '\u0000'.replace('\u0000', '%00'), 'x'.repeat(3000)];

function genUrl(r) {
  const pick = (a) => a[Math.floor(r() * a.length)];
  const parts = [];
  const lesson = r() < 0.8 ? pick(LESSONS) : pick(['', 'nope', 'ASYNCQ', '%E2%98%83', 'countasync%00']);
  if (r() < 0.9) parts.push(`lesson=${lesson}`);
  const expect = [];
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) parts.push(`${encodeURIComponent(pick(ALL))}=${pick(VALUES)}`);
  // A value that is surely bad, for a parameter the lesson has: a note must name it.
  if (LESSONS.includes(lesson) && r() < 0.5) {
    const p = pick(PARAMS[lesson]);
    if (!parts.some((x) => x.startsWith(p + '='))) { parts.push(`${p}=abc`); expect.push(p); }
  }
  if (r() < 0.1) parts.push('speed=instant&autorun=1');
  for (let i = parts.length - 1; i > 0; i--) { const j = Math.floor(r() * (i + 1)); [parts[i], parts[j]] = [parts[j], parts[i]]; }
  return { query: parts.join('&'), expect };
}

test('500 generated URLs: no panic, no console error, a usable page, a note where a value was replaced', async () => {
  const r = rng(20261125);
  const { page, errors, context } = await openPage(browser, srv.base);
  for (let i = 0; i < 500; i++) {
    const { query, expect } = genUrl(r);
    await page.goto(`${srv.base}?${query}`);
    await page.waitForSelector('.app[data-run-state]');
    const state = await page.getAttribute('.app', 'data-run-state');
    assert.ok(['idle', 'running', 'finished'].includes(state), `${query}: ${state}`);
    assert.equal(await page.$$eval('#panic-banner', (e) => e.length), 0, query);
    for (const p of expect) {
      const notes = await page.textContent('.notes').catch(() => '');
      assert.ok(notes.includes(p), `${query}: no note about ${p} in ${JSON.stringify(notes)}`);
    }
    if (i % 25 === 0) {
      // Still usable: it runs (on the virtual clock, instantly).
      await page.selectOption('select.speed', { index: 0 }).catch(() => {});
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await page.waitForSelector('.app[data-run-state="finished"], .app[data-run-state="running"]');
      await page.getByRole('button', { name: 'Stop', exact: true }).click();
      await waitState(page, 'idle');
    }
    assert.deepEqual(errors, [], query);
  }
  await context.close();
});

test('1,000 random control actions, then Stop: idle, no timer pending, no error', async () => {
  const r = rng(7);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=asyncq&speed=100`);
  for (let i = 0; i < 1000; i++) {
    const what = Math.floor(r() * 10);
    if (what === 0) {
      const name = pick(['Run', 'Pause', 'Resume', 'Step', 'Stop']);
      const b = page.getByRole('button', { name, exact: true });
      // The run may end (and the button turn disabled) between the check and
      // the click: that is a no-op, as for a user, not a failure.
      if (await b.count() && await b.isEnabled()) await b.click({ timeout: 300 }).catch(() => {});
    } else if (what === 1) {
      await page.getByRole('button', { name: new RegExp(pick(LESSONS) + '\\.py') }).click();
    } else if (what === 2 || what === 3) {
      const sliders = await page.$$('.params input[type=range]');
      if (sliders.length) {
        const s = pick(sliders);
        const [min, max] = await s.evaluate((e) => [Number(e.min), Number(e.max)]);
        const v = what === 2 ? pick([min, max]) : Math.round(min + r() * Math.min(max - min, 30));
        await s.fill(String(v));
      }
    } else if (what === 4) {
      const opts = await page.$$eval('select.speed option', (o) => o.map((x) => x.value));
      await page.selectOption('select.speed', pick(opts));
    } else if (what === 5) {
      const c = page.locator(`input[value=${pick(['virtual', 'real'])}]`);
      if (await c.count()) await c.check();
    } else if (what === 6) {
      await page.locator('h1').click();
      await page.keyboard.press(pick(['Space', 'ArrowRight']));
    } else if (what === 7) {
      const b = page.getByRole('button', { name: 'New seed' });
      if (await b.count()) await b.click();
    } else if (what === 8) {
      const m = page.locator('[aria-label="moment (loop iteration)"]');
      if (await m.count()) {
        const max = Number(await m.getAttribute('max'));
        await m.fill(String(Math.floor(r() * (max + 1))));
      } else {
        await page.locator('h1').click();
        await page.keyboard.press('ArrowLeft');
      }
    } else {
      await page.waitForTimeout(Math.floor(r() * 30));
    }
  }
  const stop = page.getByRole('button', { name: 'Stop', exact: true });
  if (await stop.isEnabled()) await stop.click();
  await page.waitForTimeout(400); // a debounced re-run may still be due; stop it too
  if (await stop.isEnabled()) await stop.click();
  await waitState(page, 'idle');
  assert.equal(await page.getAttribute('.app', 'data-pending-timers'), '0');
  assert.equal(await page.$$eval('#panic-banner', (e) => e.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('200 consecutive runs: JS heap and wasm memory stay flat (±10 %)', async () => {
  const b = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  // (Its own browser is closed even when the test fails, or the file never ends.)
  try {
    const { page, errors } = await openPage(b, `${srv.base}?lesson=asyncq&speed=instant`);
    const run = page.getByRole('button', { name: 'Run', exact: true });
    const measure = () => page.evaluate(() => { window.gc(); return [performance.memory.usedJSHeapSize, window.wasmBindings.wasm_memory_bytes()]; });
    let first;
    for (let i = 1; i <= 200; i++) {
      await run.click();
      await page.waitForSelector('.app[data-run-state="finished"]');
      if (i === 20) first = await measure();
    }
    const last = await measure();
    const [heap0, wasm0] = first;
    const [heap1, wasm1] = last;
    assert.ok(heap1 <= heap0 * 1.1, `JS heap ${heap0} → ${heap1}`);
    assert.ok(wasm1 <= wasm0 * 1.1, `wasm memory ${wasm0} → ${wasm1}`);
    assert.deepEqual(errors, []);
    console.log(`# memory after 20 runs: heap ${heap0}, wasm ${wasm0}; after 200: heap ${heap1}, wasm ${wasm1}`);
  } finally {
    await b.close();
  }
});

test('under a strict CSP every lesson runs with no violation', async () => {
  const { page, context } = await openPage(browser, srv.base);
  for (const lesson of LESSONS) {
    await page.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(`${srv.base}?lesson=${lesson}&speed=instant&autorun=1`);
    await waitState(page, 'finished');
    assert.ok((await consoleLines(page)).length > 0);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], lesson);
  }
  const headers = (await page.goto(srv.base)).headers();
  assert.match(headers['content-security-policy'], /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
  await context.close();
});

test('axe-core finds no violation on any lesson, light or dark', async () => {
  const axe = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const lesson of LESSONS) {
      await page.goto(`${srv.base}?lesson=${lesson}&speed=instant&autorun=1`);
      await waitState(page, 'finished');
      await page.addScriptTag({ path: axe });
      const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      const found = res.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(found, [], `${lesson} (${scheme})`);
    }
    await context.close();
  }
});

test('everything works by keyboard', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync&speed=instant`);
  const focusOn = async (pred, max = 80) => {
    for (let i = 0; i < max; i++) {
      // Tab indents in the editor; Escape leaves it, and Tab goes on from there.
      if (await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Python source')) {
        await page.keyboard.press('Escape');
      }
      await page.keyboard.press('Tab');
      if (await page.evaluate(pred)) return true;
    }
    return false;
  };
  // The lesson picker.
  assert.ok(await focusOn(() => document.activeElement.textContent.includes('chained.py')));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('lesson=chained'));
  // A parameter's input.
  assert.ok(await focusOn(() => document.activeElement.id === 'param-args'));
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5,6');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => location.search.includes('args=5,6'));
  // Run, then the timeline's first bar: its details show.
  await page.keyboard.press('Shift+Tab');
  await page.locator('h1').click();
  assert.ok(await focusOn(() => document.activeElement.textContent === 'Run'));
  await page.keyboard.press('Enter');
  await waitState(page, 'finished');
  assert.ok(await focusOn(() => document.activeElement.classList?.contains('seg'), 200));
  assert.match(await page.textContent('.readout'), / — /);
  // The focus is visible.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle + getComputedStyle(document.activeElement).stroke);
  assert.ok(outline && outline !== 'none', outline);
  await context.close();
});
