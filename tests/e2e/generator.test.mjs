// The generator lesson: the hand-offs between caller and generator, stepped,
// with what the suspended generator keeps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, golden, shot, settledUrl } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const rows = (page) => page.$$eval('[aria-label="Generator"] [role=listitem]', (e) => e.map((x) => x.textContent.trim()));

test('each next()/send() and yield is a hand-off, stepped with the saved locals', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=generator&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.equal((await consoleLines(page)).join('\n') + '\n', golden('generator'));
  const all = await rows(page);
  assert.deepEqual(all.filter((r) => /──/.test(r)), [
    'next(gen) ──▶', '◀── yield 10', 'next(gen) ──▶', '◀── yield 11',
    'gen.send(42) ──▶', '◀── yield 42', 'next(gen) ──▶', '◀── yield 43', 'gen.close() ──▶',
  ]);
  const saved = () => page.textContent('.gen-saved code');
  assert.match(await page.textContent('.gen-count'), /hand-off 9 of 9/);
  assert.match(await saved(), /closed/);
  await page.getByRole('button', { name: '◀ Earlier' }).click();
  assert.match(await saved(), /start = 10, n = 43, received = None/);
  assert.match(await page.textContent('.gen-now'), /the caller \(the generator is suspended at yield\)/);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: '◀ Earlier' }).click();
  // After gen.send(42) went in, before the generator yields again: it runs.
  assert.match(await page.textContent('.gen-now'), /the generator/);
  for (let i = 0; i < 10; i++) {
    const b = page.getByRole('button', { name: '◀ Earlier' });
    if (await b.isDisabled()) break;
    await b.click();
  }
  assert.match(await page.textContent('.gen-count'), /hand-off 0 of 9/);
  assert.match(await saved(), /not started/);
  assert.deepEqual(await rows(page), ['caller: gen = counter(10) has run nothing yet']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a first call that sends a value is replaced by next(), with a note', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=generator&ops=5,next&start=3&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.match(await page.textContent('.notes'), /the first call must be next\(\)/);
  await settledUrl(page, (q) => q.get('ops') === 'next,next');
  assert.deepEqual((await consoleLines(page)).slice(0, 3), ['caller: gen = counter(3) has run nothing yet', 'counter: started with n = 3', 'caller: next(gen) returned 3']);
  await shot(page, 'generator');
  await context.close();
});
