// The loop's internals and time travel: the ready queue and timers shown at
// chosen moments equal the engine's record (the CLI's --loop-at), stepping
// back and forward returns identical screens, and at= restores a moment.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, cli, shot } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const list = (page, name) => page.$$eval(`[aria-label="Event loop"] [role=list][aria-label="${name}"] > li`, (e) => e.map((x) => x.textContent));

/** The CLI's description of a moment: {ready: [...], timers: [...]}; the CLI
 * runs the lesson's Python in the interpreter, as the page does. */
function expected(args, moment) {
  const text = cli([...args, '--loop-at', String(moment)]);
  const out = { ready: [], timers: [] };
  let cur = null;
  for (const line of text.split('\n')) {
    if (line === 'ready:') cur = out.ready;
    else if (line === 'timers:') cur = out.timers;
    else if (line.startsWith('  ') && cur) cur.push(line.trim());
    else cur = null;
  }
  return out;
}

test('countasync: the ready queue and timers at each moment, as asyncio has them', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  for (const m of [0, 1, 2, 3, 4, 5, 6]) {
    await page.locator('[aria-label="moment (loop iteration)"]').fill(String(m));
    await page.waitForFunction((m) => new URL(location.href).searchParams.get('at') === String(m), m);
    const want = expected(['countasync'], m);
    assert.deepEqual(await list(page, 'Ready queue'), want.ready, `moment ${m}: ready`);
    assert.deepEqual(await list(page, 'Timers'), want.timers, `moment ${m}: timers`);
  }
  // Spelled out, for the moment all three count()s sleep:
  await page.locator('[aria-label="moment (loop iteration)"]').fill('2');
  await page.waitForFunction(() => location.search.includes('at=2'));
  assert.deepEqual(await list(page, 'Ready queue'), []);
  assert.deepEqual(await list(page, 'Timers'), ['1.000 s — count() #1', '1.000 s — count() #2', '1.000 s — count() #3']);
  assert.match(await page.textContent('[aria-label="Event loop"] .caption'), /nothing to run, so it waits for the earliest timer/);
  assert.deepEqual(await consoleLines(page), ['One', 'One', 'One']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('asyncq: internals at chosen moments equal the record; parked consumers are listed', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=asyncq&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  for (const m of [0, 1, 7, 20, 40, 61]) {
    await page.locator('[aria-label="moment (loop iteration)"]').fill(String(m));
    await page.waitForFunction((m) => new URL(location.href).searchParams.get('at') === String(m), m);
    const want = expected(['asyncq'], m);
    assert.deepEqual(await list(page, 'Ready queue'), want.ready, `moment ${m}: ready`);
    assert.deepEqual(await list(page, 'Timers'), want.timers, `moment ${m}: timers`);
    const q = cli(['asyncq', '--loop-at', String(m)]).split('\n').find((l) => l.startsWith('queue:')) || '';
    const getters = q.match(/getters waiting: ([^;]*)/)?.[1].split(', ') ?? [];
    assert.deepEqual(await list(page, 'Waiting getters'), getters, `moment ${m}: getters`);
  }
  await shot(page, 'internals-asyncq');
  await context.close();
});

test('stepping back and forward returns identical screens; at= restores the moment', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=chained&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  const screen = (p = page) => p.evaluate(() => JSON.stringify({
    console: [...document.querySelectorAll('[role=log] > *')].map((e) => e.textContent),
    ready: [...document.querySelectorAll('[aria-label="Ready queue"] > li')].map((e) => e.textContent),
    timers: [...document.querySelectorAll('[aria-label="Timers"] > li')].map((e) => e.textContent),
    line: document.querySelector('[aria-label="Python source"] .ln.current')?.textContent ?? null,
    cursor: document.querySelector('line.cursor')?.getAttribute('x1') ?? null,
    status: document.querySelector('.status').textContent,
  }));
  await page.locator('[aria-label="moment (loop iteration)"]').fill('9');
  await page.waitForFunction(() => location.search.includes('at=9'));
  const at9 = await screen();
  await page.getByRole('button', { name: '◀ Back' }).click();
  await page.waitForFunction(() => location.search.includes('at=8'));
  assert.notEqual(await screen(), at9);
  await page.getByRole('button', { name: 'Forward ▶' }).click();
  await page.waitForFunction(() => location.search.includes('at=9'));
  assert.equal(await screen(), at9);
  // Keyboard: ← goes back, → (Step) goes forward through the record.
  await page.locator('h1').click();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.search.includes('at=8'));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => location.search.includes('at=9'));
  assert.equal(await screen(), at9);
  // The permalink restores the moment in a new page.
  const again = await context.newPage();
  await again.goto(page.url());
  await again.waitForFunction(() => document.querySelector('.status')?.textContent.includes('Looking back at loop iteration 9'));
  // yew draws the children a scheduler pass after the status: wait for the console too.
  await again.waitForFunction(() => document.querySelectorAll('[role="log"][aria-label="Console"] > *').length > 0);
  const other = await screen(again);
  assert.equal(other, at9);
  // Jump between a task's printed lines: from moment 0 to chain(2)'s first.
  await page.locator('[aria-label="moment (loop iteration)"]').fill('0');
  await page.waitForFunction(() => location.search.includes('at=0'));
  assert.equal((await consoleLines(page)).length, 0);
  await page.selectOption('select[aria-label="task whose lines to jump between"]', { label: 'chain(2)' });
  await page.getByRole('button', { name: 'Next line', exact: true }).click();
  await page.waitForFunction(() => !location.search.includes('at=0'));
  assert.ok((await consoleLines(page)).some((l) => l.startsWith('part1(2) sleeping for')));
  assert.ok(await page.getByRole('button', { name: 'Previous line', exact: true }).isDisabled());
  await context.close();
});
