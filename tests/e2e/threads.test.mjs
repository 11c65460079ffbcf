// Processes, threads and coroutines side by side (threads and processes
// simulated, and the page says so).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, sourceText, cli, shot } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('four ways on one axis: times, the shared counter, costs, and a plain note that it is simulated', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=threads&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.equal((await consoleLines(page)).join('\n') + '\n', cli(['threads']));
  assert.equal(await sourceText(page), cli(['threads', '--python']));
  const row = (m) => page.$$eval(`tr[data-model="${m}"] td`, (e) => e.map((x) => x.textContent));
  assert.deepEqual((await row('sequential')).slice(0, 2), ['3.00 s', '3']);
  assert.deepEqual((await row('threads')).slice(0, 2), ['1.00 s', '3']);
  assert.deepEqual((await row('processes')).slice(0, 2), ['1.01 s', '0']);
  assert.deepEqual((await row('asyncio')).slice(0, 2), ['1.00 s', '3']);
  assert.match(await page.textContent('.simulated'), /Threads and processes are simulated/);
  const lanes = await page.$$eval('.tl-names text', (e) => e.map((x) => x.textContent));
  assert.deepEqual(lanes, ['__main__ (threads.py)', 'thread 1', 'thread 2', 'thread 3',
    'process 1 (own memory)', 'process 2 (own memory)', 'process 3 (own memory)', 'task 1', 'task 2', 'task 3']);
  assert.deepEqual(errors, []);
  await shot(page, 'threads');
  await context.close();
});

test('more workers: threads and tasks stay at one delay, processes pay their start-up', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=threads&calls=8&delay=0.5&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  const lines = await consoleLines(page);
  assert.ok(lines.includes('sequential: 4.00 seconds, counter = 8'));
  assert.ok(lines.includes('threads: 0.50 seconds, counter = 8'));
  assert.ok(lines.includes('processes: 0.52 seconds, counter = 0'));
  assert.ok(lines.includes('asyncio: 0.50 seconds, counter = 8'));
  await context.close();
});

test('computing instead of waiting: threads take turns on the GIL, processes share the cores', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=threads&work=cpu&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  const row = (m) => page.$$eval(`tr[data-model="${m}"] td`, (e) => e.map((x) => x.textContent));
  assert.deepEqual((await row('sequential')).slice(0, 2), ['3.00 s', '3']);
  assert.deepEqual((await row('threads')).slice(0, 2), ['3.00 s', '3']);
  assert.deepEqual((await row('processes')).slice(0, 2), ['1.51 s', '0']);
  assert.deepEqual((await row('asyncio')).slice(0, 2), ['3.00 s', '3']);
  assert.match(await sourceText(page), /def busy\(seconds\):/);
  assert.equal(await sourceText(page), cli(['threads', '--work', 'cpu', '--python']));
  // The GIL's turns are drawn: many running slices on a thread's lane.
  await page.locator('.tl-scroll').evaluate((e) => e.scrollTo(0, 0));
  assert.ok(await page.$$eval('.lanes .seg.run', (e) => e.length) > 100);
  assert.deepEqual(errors, []);
  await shot(page, 'threads-cpu');
  await context.close();
});
