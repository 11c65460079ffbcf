// Line steps and the "Tasks and frames" panel (issue 14), against CPython's own
// view (goldens by tools/linetrace.py, python3 tools/gen_linetrace.py): Step
// line walks countasync's lines in CPython's order; at line events of a corpus
// program, every task's state, frames, lines and locals are CPython's; Shift+←
// moves back by a line; at=line:N opens a moment; keyboard and 375 px work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, waitState, shot, ROOT } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const b64url = (s) => Buffer.from(s, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const DATA = path.join(ROOT, 'python/tests/data');

/** The current line the editor marks (1-based), or null. */
const markedLine = (page) => page.evaluate(() => {
  const all = [...document.querySelectorAll('pre.source .ln')];
  const i = all.findIndex((e) => e.classList.contains('current'));
  return i < 0 ? null : i + 1;
});

test('Step line walks countasync in CPython\'s order of line events', async () => {
  const want = fs.readFileSync(path.join(DATA, 'lesson_lines/countasync.txt'), 'utf8')
    .split('\n').filter((l) => l.startsWith('@ ')).map((l) => Number(l.split(' :')[1].split(' ')[0]));
  assert.ok(want.length >= 15);
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&speed=instant`);
  const got = [];
  for (let i = 0; i < want.length; i++) {
    await page.getByRole('button', { name: 'Step line' }).click();
    await page.waitForFunction(() => ['paused', 'finished'].includes(document.querySelector('.app').dataset.runState));
    await page.waitForFunction(() => document.querySelector('.ln.current'));
    got.push(await markedLine(page));
  }
  assert.deepEqual(got, want);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The panel as text lines in the golden's format (values cut as linetrace does). */
const panelText = (page) => page.evaluate(() => {
  const cut = (s) => (s.length <= 60 ? s : s.slice(0, 57) + '...');
  const out = [];
  for (const t of document.querySelectorAll('.task-frame')) {
    let label = t.querySelector('.task-head strong').textContent;
    if (label === 'the script (__main__)') label = '__main__';
    out.push(`${label}: ${t.querySelector('.task-state').textContent}`);
    for (const f of t.querySelectorAll('.frame')) {
      const head = f.querySelector('.frame-head');
      const name = head.querySelector('code').textContent;
      const line = head.textContent.slice(name.length).replace(' line ', '');
      const locals = [...f.querySelectorAll('table.locals tr')].map((tr) => {
        const v = tr.querySelector('td .whole') || tr.querySelector('td code');
        return `${tr.querySelector('th').textContent}=${cut(v.textContent)}`;
      });
      out.push(`  ${name} :${line} | ${locals.join(', ')}`);
    }
  }
  return out;
});

test('the frames panel at line events of a corpus program is what CPython shows', async () => {
  const name = 'lock_mutual_exclusion';
  const src = fs.readFileSync(path.join(ROOT, `python/tests/corpus/${name}.py`), 'utf8');
  const golden = fs.readFileSync(path.join(DATA, `frames/${name}.txt`), 'utf8');
  const blocks = golden.split(/^(?=== line event )/m).filter(Boolean);
  assert.ok(blocks.length >= 4);
  const { page, errors, context } = await openPage(browser,
    `${srv.base}?code=${b64url(src)}&file=${name}.py&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l !== '');
    const n = Number(lines[0].split(' ')[3]);
    await page.evaluate((n) => { const u = new URL(location.href); u.searchParams.set('at', `line:${n}`); history.replaceState(null, '', u); }, n);
    await page.goto(page.url());
    await page.waitForSelector('.task-frame');
    await page.waitForFunction((n) => document.querySelector('.frames-panel .hint')?.textContent.includes(`At line event ${n} `), n);
    assert.deepEqual(await panelText(page), lines.slice(1), `line event ${n}`);
  }
  // Shift+← goes back one line event; shared objects carry one label.
  await page.keyboard.press('Shift+ArrowLeft');
  const last = Number(blocks.at(-1).split(' ')[3]);
  await page.waitForFunction((want) => new URL(location.href).searchParams.get('at') === want, `line:${last - 1}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the generator lesson: the saved frame of a generator not started, suspended, running, as CPython has it', async () => {
  const golden = fs.readFileSync(path.join(DATA, 'lesson_lines/generator.frames.txt'), 'utf8');
  const blocks = golden.split(/^(?=== line event )/m).filter(Boolean);
  assert.ok(blocks.length >= 5);
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=generator`);
  for (const block of blocks) {
    const lines = block.split('\n').filter((l) => l !== '');
    const n = Number(lines[0].split(' ')[3]);
    await page.goto(`${srv.base}?lesson=generator&at=line:${n}`);
    await page.waitForFunction((n) => document.querySelector('.frames-panel .hint')?.textContent.includes(`At line event ${n} `), n);
    assert.deepEqual(await panelText(page), lines.slice(1), `line event ${n}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a shared object is labelled alike in every frame; 375 px dark', async () => {
  const src = 'import asyncio\n\nasync def worker(name, q):\n    while True:\n        item = await q.get()\n        print(name, item)\n        q.task_done()\n\nasync def main():\n    q = asyncio.Queue()\n    ws = [asyncio.create_task(worker(n, q)) for n in "ab"]\n    await q.put(1)\n    await asyncio.sleep(1)\n    for w in ws:\n        w.cancel()\n\nasyncio.run(main())\n';
  const { page, errors, context } = await openPage(browser,
    `${srv.base}?code=${b64url(src)}&file=shared.py&at=line:14`, { viewport: { width: 375, height: 800 }, colorScheme: 'dark' });
  await page.waitForSelector('.task-frame');
  const labels = await page.$$eval('.task-frame', (ts) => ts.map((t) => [...t.querySelectorAll('tr')]
    .filter((tr) => tr.querySelector('th').textContent === 'q').map((tr) => tr.querySelector('.obj-label')?.textContent)));
  const qs = labels.flat();
  assert.ok(qs.length >= 3, `q in main and both workers: ${JSON.stringify(labels)}`);
  assert.ok(qs.every((l) => l && l === qs[0]), `one label for the one queue: ${JSON.stringify(qs)}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `no horizontal scroll at 375 px (${width})`);
  await shot(page, 'frames-375-dark');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the panel at 1280 px, light and dark: axe finds no violation; screenshots', async () => {
  const axe = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
  for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${srv.base}?lesson=asyncq&at=line:120`);
    await page.waitForFunction(() => document.querySelector('.frames-panel .hint')?.textContent.startsWith('At line event 120 '));
    // A long value opens to its whole text.
    const long = page.locator('.frames-panel details.long-value').first();
    if (await long.count()) await long.locator('summary').click();
    await page.addScriptTag({ path: axe });
    const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = res.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    assert.deepEqual(found, [], scheme);
    await page.locator('.frames-panel').scrollIntoViewIfNeeded();
    await shot(page, `frames-1280-${scheme}`);
    await context.close();
  }
});

test('by keyboard: Shift+→ steps a line, Shift+← goes back one', async () => {
  const want = fs.readFileSync(path.join(DATA, 'lesson_lines/countasync.txt'), 'utf8')
    .split('\n').filter((l) => l.startsWith('@ ')).map((l) => Number(l.split(' :')[1].split(' ')[0]));
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&speed=instant`);
  await page.locator('h1').click();
  const got = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction((n) => document.querySelector('.status')?.textContent.startsWith('Paused')
      && document.querySelector('.ln.current'), i);
    await page.waitForTimeout(50);
    got.push(await markedLine(page));
  }
  assert.deepEqual(got, want.slice(0, 10));
  await page.keyboard.press('Shift+ArrowLeft');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('at') === 'line:9');
  assert.equal(await markedLine(page), want[8]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a run of over 200,000 line events keeps the last ones and says so', async () => {
  const src = 'n = 0\nfor i in range(110000):\n    n += i\nprint(n)\n';
  const { page, errors, context } = await openPage(browser, `${srv.base}?code=${b64url(src)}&file=long.py&speed=instant&autorun=1`);
  await waitState(page, 'finished', 60000);
  const note = page.locator('.travel .hint', { hasText: 'line events of this run are not kept' });
  await note.waitFor();
  const dropped = Number((await note.textContent()).match(/The first (\d+) line events of this run are not kept \(the record keeps the last 200000\)/)[1]);
  assert.ok(dropped >= 20000);
  // The end of so long a run is not re-run by itself; a moment is.
  await page.waitForSelector('.frames-panel');
  assert.match(await page.locator('.frames-panel').textContent(), /pick a moment/);
  const slider = page.locator('[aria-label="moment (line event)"]');
  // CPython's line events of this program: line 1, the for line, then 3 and 2 per item, then 4.
  assert.equal(await slider.getAttribute('max'), String(2 * 110000 + 3));
  assert.equal(await slider.getAttribute('min'), String(dropped + 1));
  await slider.fill('200000');
  await page.waitForFunction(() => document.querySelector('.frames-panel .hint')?.textContent.startsWith('At line event 200000 '), null, { timeout: 60000 });
  const locals = await page.$$eval('.frames-panel table.locals tr', (rs) => rs.map((r) => r.textContent));
  assert.deepEqual(errors, []);
  await context.close();
  assert.ok(locals.length === 0, 'module-level names are globals, not locals');
});
