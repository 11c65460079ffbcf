// Every lesson on the real clock (speed 100); the timeline's hover ties a
// segment to its console lines; the executing source line is marked while stepping.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, stripAnsi, shot, cli } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('every lesson runs on the real clock too', async () => {
  for (const lesson of ['threads', 'generator', 'countasync', 'countsync', 'blocking', 'rand', 'chained', 'asyncq']) {
    const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=${lesson}&clock=real&speed=100&autorun=1`);
    await waitState(page, 'finished', 20000);
    const lines = await consoleLines(page);
    const want = stripAnsi(cli([lesson])).trimEnd().split('\n');
    assert.equal(lines[0], want[0], lesson);
    assert.ok(lines.length > 1, lesson);
    // Times are measured, so the last line's figure differs; its words do not.
    assert.equal(lines.at(-1).replace(/[\d.]+/g, '#'), want.at(-1).replace(/[\d.]+/g, '#'), lesson);
    if (!['generator', 'threads'].includes(lesson)) {
      assert.match(await page.textContent('[data-stat="lateness"]'), /^[\d.]+ ms \/ [\d.]+ ms \/ [\d.]+ ms$/, lesson);
    }
    assert.deepEqual(errors, [], lesson);
    await context.close();
  }
});

test('countsync blocks: its lane is one solid block and nothing else runs', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countsync&clock=virtual&speed=2&autorun=1`);
  await page.waitForSelector('.app.blocking');
  assert.match(await page.textContent('.status'), /Blocked in time\.sleep/);
  await waitState(page, 'finished', 10000);
  assert.equal(await page.$$eval('.lanes .seg.block', (e) => e.length), 3);
  assert.equal(await page.textContent('[data-stat="sequential"]'), '3.00 s');
  assert.equal(await page.textContent('[data-stat="speedup"]'), '1.00×');
  await context.close();
});

test('countasync: 1.00 s against 3.00 s sequentially; hovering a bar highlights its lines', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.equal(await page.textContent('[data-stat="total"]'), '1.00 s');
  assert.equal(await page.textContent('[data-stat="sequential"]'), '3.00 s');
  assert.equal(await page.textContent('[data-stat="speedup"]'), '3.00×');
  // The first count()'s first step prints "One" (line 0).
  const label = 'count() #1: running 0 s–0 s';
  await page.locator(`[aria-label="${label}"]`).first().focus();
  await page.waitForSelector('[role=log] > .hl');
  assert.deepEqual(await page.$$eval('[role=log] > .hl', (e) => e.map((x) => x.textContent)), ['One']);
  assert.match(await page.textContent('.readout'), /count\(\) #1 — running/);
  await context.close();
});

test('the executing line is marked while stepping', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync`);
  const step = page.getByRole('button', { name: 'Step', exact: true });
  const current = () => page.$eval('[aria-label="Python source"] .ln.current', (e) => e.textContent.trim()).catch(() => null);
  await step.click();
  await step.click();
  // main() ran and parked on gather; then the count()s start printing.
  let seen = new Set();
  for (let i = 0; i < 8; i++) { seen.add(await current()); await step.click(); }
  assert.ok(seen.has('await asyncio.gather(count(), count(), count())'), [...seen].join(' | '));
  assert.ok(seen.has('await asyncio.sleep(1)'), [...seen].join(' | '));
  await shot(page, 'stepping-countasync');
  await context.close();
});

test('blocking on the real clock: a real busy wait that costs the others, yet the page stays responsive', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=blocking&clock=real&speed=2`);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForSelector('.app.blocking');
  // While the loop is blocked, the page still answers.
  const t1 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  assert.ok(Date.now() - t1 < 200, 'the page answered a frame request');
  await waitState(page, 'finished', 10000);
  const wall = (Date.now() - t0) / 1000;
  assert.ok(wall >= 0.95 && wall < 3, `wall ${wall}`);
  const lines = await consoleLines(page);
  assert.deepEqual(lines.slice(0, 6), ['One', 'Two', 'One', 'One', 'Two', 'Two']);
  const elapsed = Number(lines[6].match(/in ([\d.]+) seconds/)[1]);
  assert.ok(elapsed >= 1.95 && elapsed <= 2.4, `elapsed ${elapsed}`);
  // The other count()s waited, ready, for the whole block.
  const ready = await page.$$eval('.lanes .seg.ready', (e) => e.length);
  assert.ok(ready >= 2, `${ready} ready segments`);
  const long = await page.evaluate(() => window.__long);
  assert.ok(long.every((d) => d < 120), `long tasks ${long}`);
  assert.deepEqual(errors, []);
  await context.close();
});
