// The page as a student uses it: sliders, Pause/Step/Resume/Stop, keyboard,
// the lesson picker, URL state, bad URLs, and screenshots at 1280 and 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, settledUrl, shot, golden, stripAnsi } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const iteration = async (page) => Number((await page.textContent('.status')).match(/iteration (\d+)/)?.[1] ?? -1);

test('moving a slider changes the output and the URL; a finished run re-runs', async () => {
  const { page, errors, context } = await openPage(browser, srv.base + '?lesson=countasync&speed=instant');
  await page.locator('#param-calls').fill('5');
  await page.waitForFunction(() => location.search.includes('calls=5'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  let lines = await consoleLines(page);
  assert.equal(lines.filter((l) => l === 'One').length, 5);
  await page.locator('#param-delay').fill('2');
  await page.waitForFunction(() => [...document.querySelectorAll('[role=log] > *')].some((e) => e.textContent.includes('2.00 seconds')));
  await settledUrl(page, (q) => q.get('delay') === '2');
  lines = await consoleLines(page);
  assert.equal(lines.at(-1), 'countasync.py executed in 2.00 seconds.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Pause, Step and Resume; Stop leaves no timer pending', async () => {
  const { page, errors, context } = await openPage(browser, srv.base + '?lesson=asyncq&clock=virtual&speed=2');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(300);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitState(page, 'paused');
  const before = await iteration(page);
  const n0 = (await consoleLines(page)).length;
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.waitForFunction((b) => Number(document.querySelector('.status').textContent.match(/iteration (\d+)/)?.[1]) === b + 1, before);
  assert.equal(await page.getAttribute('.app', 'data-run-state'), 'paused');
  assert.ok((await consoleLines(page)).length >= n0);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await waitState(page, 'running');
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await waitState(page, 'idle');
  assert.equal(await page.getAttribute('.app', 'data-pending-timers'), '0');
  assert.deepEqual(errors, []);
  await context.close();
});

test('stepping from idle to the end gives the same transcript as a run', async () => {
  const { page, context } = await openPage(browser, srv.base + '?lesson=chained&args=2,1');
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < 200; i++) {
    await step.click();
    const s = await page.getAttribute('.app', 'data-run-state');
    if (s === 'finished') break;
  }
  await waitState(page, 'finished');
  const lines = await consoleLines(page);
  assert.equal(lines[0], 'part1(2) sleeping for 4 seconds.');
  assert.equal(lines.at(-1).startsWith('Program finished in'), true);
  await context.close();
});

test('keyboard: Space runs and pauses, → steps', async () => {
  const { page, context } = await openPage(browser, srv.base + '?lesson=rand&speed=1');
  await page.locator('h1').click();
  await page.keyboard.press('Space');
  await waitState(page, 'running');
  await page.keyboard.press('Space');
  await waitState(page, 'paused');
  const before = await iteration(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => Number(document.querySelector('.status').textContent.match(/iteration (\d+)/)?.[1]) > b, before);
  await page.keyboard.press('Space');
  await waitState(page, 'running');
  await context.close();
});

test('the lesson picker switches lesson and keeps the URL in step', async () => {
  const { page, context } = await openPage(browser, srv.base + '?lesson=countasync&speed=instant');
  await page.getByRole('button', { name: /asyncq\.py/ }).click();
  await page.waitForFunction(() => location.search.includes('lesson=asyncq'));
  await settledUrl(page, (q) => q.get('nprod') === '5');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  assert.equal((await consoleLines(page)).join('\n') + '\n', stripAnsi(golden('asyncq')));
  await context.close();
});

test('bad URL values are replaced, with a visible note', async () => {
  const { page, errors, context } = await openPage(browser, srv.base + '?lesson=asyncq&nprod=9999&ncon=abc&seed=1e5&speed=NaN&clock=quantum&zzz=1');
  const note = await page.textContent('.notes');
  for (const s of ['nprod=9999 is above 200', 'ncon must be a whole number', 'seed must be an integer', 'speed must be a number', 'clock must be virtual or real', 'unknown parameter']) {
    assert.ok(note.includes(s), `${s} in ${note}`);
  }
  await settledUrl(page, (q) => q.get('nprod') === '200');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots at 1280 and 375 px, light and dark; nothing overflows at 375', async () => {
  for (const lesson of ['threads', 'generator', 'countasync', 'countsync', 'blocking', 'rand', 'chained', 'asyncq']) {
    for (const [w, h] of [[1280, 900], [375, 800]]) {
      const scheme = lesson === 'asyncq' && w === 1280 ? 'dark' : 'light';
      const { page, context } = await openPage(browser, `${srv.base}?lesson=${lesson}&speed=instant&autorun=1`,
        { viewport: { width: w, height: h }, colorScheme: scheme });
      await waitState(page, 'finished');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lesson} at ${w}px overflows by ${overflow}px`);
      await shot(page, `${lesson}-${w}-${scheme}`);
      await context.close();
    }
  }
});
