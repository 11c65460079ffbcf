// The pipeline: the release build, served under a sub-path with a strict CSP,
// loads without errors and runs the hello-world on the browser's real clock.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, shot } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('the release build loads with no console error and no foreign request', async () => {
  const { page, errors, requests, context } = await openPage(browser, srv.base);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Async Playground');
  assert.equal(await page.getAttribute('.app', 'data-run-state'), 'idle');
  const origin = new URL(srv.base).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin + '/course/')), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Run on the real clock: One One One, a second, Two Two Two, elapsed 1.0–1.5 s', async () => {
  const { page, errors, context } = await openPage(browser, srv.base + '?lesson=countasync&clock=real&speed=1');
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('[role=log] > *').length >= 3);
  assert.deepEqual(await consoleLines(page), ['One', 'One', 'One']);
  await waitState(page, 'finished', 5000);
  const wall = (Date.now() - t0) / 1000;
  const lines = await consoleLines(page);
  assert.deepEqual(lines.slice(0, 6), ['One', 'One', 'One', 'Two', 'Two', 'Two']);
  const m = lines[6].match(/^countasync\.py executed in (\d+\.\d\d) seconds\.$/);
  assert.ok(m, lines[6]);
  const elapsed = Number(m[1]);
  assert.ok(elapsed >= 1.0 && elapsed <= 1.5, `printed elapsed ${elapsed}`);
  assert.ok(wall >= 1.0 && wall <= 2.5, `wall ${wall}`);
  assert.deepEqual(errors, []);
  await shot(page, 'foundation-countasync-real');
  await context.close();
});
