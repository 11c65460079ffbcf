// The editor: the page runs the Python on screen. Programs from the
// interpreter's corpus opened with code= print what CPython printed (the
// oracle's goldens); an edit to countasync blocks the loop; a syntax error
// marks its line; Stop ends an endless loop at once; the keys of the editor;
// Share carries the edited program; editable=0 is read-only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openPage, waitState, consoleLines, settledUrl, stripAnsi, shot, ROOT } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
const editor = (page) => page.getByRole('textbox', { name: 'Python source' });

/** Corpus programs whose floats from exp/log/pow/sinh... differ in the page's libm. */
const WASM_LIBM_DIFFERS = ['random_distributions', 'math_hyperbolic_cbrt_ulp'];

/** Corpus programs whose whole output the console shows in order: no
 * oracle flags, and stderr (if any) only at the end (a traceback). */
function corpus() {
  const dir = path.join(ROOT, 'python/tests/corpus');
  const known = fs.readFileSync(path.join(ROOT, 'python/tests/corpus_known_failures.txt'), 'utf8');
  const out = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    const name = f.slice(0, -3);
    if (known.includes(name)) continue;
    // In wasm, exp/log/pow/sin/cos are Rust's libm (musl's), not glibc's: a last
    // digit can differ (random.lognormvariate's exp here; DEVELOPERS.md, "Known differences").
    if (WASM_LIBM_DIFFERS.includes(name)) continue;
    const want = JSON.parse(fs.readFileSync(path.join(dir, name + '.json'), 'utf8'));
    const args = want.args || [];
    if (args.length && args[0] !== '--') continue;
    if (want.stderr && !want.stderr.startsWith('Traceback')) continue;
    // (The page leaves out the \N{name} table: such programs get a plain "not supported".)
    if (/import (threading|multiprocessing|sys)|sys\.std|file=|\\N\{/.test(fs.readFileSync(path.join(dir, f), 'utf8'))) continue;
    out.push({ name, src: fs.readFileSync(path.join(dir, f), 'utf8'), argv: args.slice(1), want });
  }
  // Every fifth, for a spread over the behaviours (about 100 of them), and
  // the match statement's (session 16).
  return out.filter((p, i) => i % 5 === 0 || p.name.startsWith('match_'));
}

test('corpus programs opened with code= print what CPython prints', async () => {
  const progs = corpus();
  assert.ok(progs.length >= 30, `only ${progs.length} programs`);
  const { page, errors, context } = await openPage(browser, srv.base);
  const bad = [];
  for (const p of progs) {
    const argv = p.argv.length ? `&argv=${encodeURIComponent(p.argv.map((a) => `'${a}'`).join(' '))}` : '';
    await page.goto(`${srv.base}?code=${b64url(p.src)}&file=${p.name}.py${argv}&clock=virtual&speed=instant&autorun=1`);
    await page.waitForSelector('.app[data-run-state="finished"], .app[data-run-state="error"]', { timeout: 20000 });
    // stdout's lines, then stderr's (a line stdout left open, as input()'s
    // prompt, is a line of its own before the traceback).
    const lines = (s) => { const v = stripAnsi(s).split('\n'); if (v.at(-1) === '') v.pop(); return v; };
    const want = [...lines(p.want.stdout), ...lines(p.want.stderr)];
    const got = await consoleLines(page);
    if (JSON.stringify(got) !== JSON.stringify(want)) bad.push(`${p.name}: ${JSON.stringify(got.slice(0, 3))} vs ${JSON.stringify(want.slice(0, 3))}`);
  }
  assert.deepEqual(bad, [], `${bad.length} of ${progs.length} differ`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('editing countasync to time.sleep blocks the loop: 3.00 seconds and a blocked timeline', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`);
  const text = await editor(page).inputValue();
  assert.ok(text.includes('await asyncio.sleep(1)'));
  await editor(page).fill(text.replace('await asyncio.sleep(1)', 'time.sleep(1)'));
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  const lines = await consoleLines(page);
  assert.deepEqual(lines.slice(0, 6), ['One', 'Two', 'One', 'Two', 'One', 'Two']);
  assert.match(lines[6], /executed in 3\.00 seconds/);
  assert.ok(await page.$$eval('.lanes .seg.block', (e) => e.length) >= 3, 'blocked segments');
  // The edited program is in the link; Reset restores the lesson's.
  await settledUrl(page, (q) => q.get('codez'));
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  assert.ok((await editor(page).inputValue()).includes('await asyncio.sleep(1)'));
  await settledUrl(page, (q) => q.get('codez') === null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a syntax error marks its line and shows the message; the run state is error', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`);
  await editor(page).fill('import asyncio\n\nasync def main(:\n    pass\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'error');
  assert.equal(await page.$eval('.source-panel .ln.error', (e) => e.textContent.trim()), 'async def main(:');
  assert.match(await page.textContent('#syntax-error'), /line 3, column \d+: SyntaxError/);
  assert.equal(await editor(page).getAttribute('aria-invalid'), 'true');
  const lines = await consoleLines(page);
  assert.equal(lines.at(-1).startsWith('SyntaxError'), true, lines.join('\n'));
  assert.ok(await page.$$eval('[role=log] .line.err', (e) => e.length) >= 3);
  await shot(page, 'editor-syntax-error');
  assert.deepEqual(errors, []);
  await context.close();
});

test('\\N{name} escapes say plainly that the page does not support them', async () => {
  const src = 'print("\\N{GREEK SMALL LETTER ALPHA}")\n';
  const { page, context } = await openPage(browser, `${srv.base}?code=${b64url(src)}&file=n.py&clock=virtual&speed=instant&autorun=1`);
  await waitState(page, 'error');
  assert.match(await page.textContent('#syntax-error'), /line 1, column \d+: SyntaxError: \\N\{\.\.\.\} escapes are not supported in the playground/);
  await context.close();
});

test('an uncaught exception prints its traceback in red and the run is finished', async () => {
  const src = 'def f():\n    return 1 / 0\n\nprint("before")\nf()\n';
  const { page, context } = await openPage(browser, `${srv.base}?code=${b64url(src)}&file=boom.py&clock=virtual&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), ['before', 'Traceback (most recent call last):', '  File "boom.py", line 5, in <module>',
    '    f()', '  File "boom.py", line 2, in f', '    return 1 / 0', 'ZeroDivisionError: division by zero']);
  assert.equal(await page.$$eval('[role=log] .line.err', (e) => e.length), 6);
  assert.match(await page.textContent('h2 .file'), /boom\.py/);
  // A program of one's own: its name heads the page, the lesson's parameters are not shown.
  assert.equal(await page.textContent('[aria-label="About this program"] h2'), 'boom.py');
  assert.equal(await page.$$eval('#param-calls', (e) => e.length), 0);
  await context.close();
});

test('an endless loop keeps the page responsive; Stop ends it within 200 ms', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`);
  await editor(page).fill('n = 0\nwhile True:\n    n += 1\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('.app', 'data-run-state'), 'running');
  // Measured in the page, from the moment the page gets to the click (its own
  // task queue, busy with the loop's slices, included) to the run state idle:
  // Playwright's role locator and protocol round trips are not the page's time.
  const took = await page.evaluate(async () => {
    const stop = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Stop');
    const t0 = performance.now();
    stop.click();
    for (;;) {
      if (document.querySelector('.app').dataset.runState === 'idle') return performance.now() - t0;
      if (performance.now() - t0 > 2000) return Infinity;
      await new Promise((r) => setTimeout(r, 0));
    }
  });
  await waitState(page, 'idle', 2000);
  assert.ok(took < 200, `Stop took ${took} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a loop inside a builtin (sum of an endless generator) is stopped after 2 s with a message', async () => {
  const src = 'def ones():\n    while True:\n        yield 1\n\nprint(sum(ones()))\n';
  const { page, errors, context } = await openPage(browser, `${srv.base}?code=${b64url(src)}&file=stuck.py&clock=virtual&speed=instant`);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'error', 15000);
  const took = Date.now() - t0;
  assert.ok(took < 6000, `stopped after ${took} ms`);
  assert.match((await consoleLines(page)).at(-1), /stopped: it ran 2 s without giving the page a turn/);
  // The page is usable again at once.
  await editor(page).fill('print("next")\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), ['next']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('editor keys: Tab indents, Enter keeps the indentation, Ctrl+Enter runs, Escape leaves', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`);
  const ed = editor(page);
  await ed.fill('');
  await ed.focus();
  await page.keyboard.type('for i in range(2):');
  await page.keyboard.press('Enter');
  await page.keyboard.type('print(i)');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('print("done")');
  assert.equal(await ed.inputValue(), 'for i in range(2):\n    print(i)\nprint("done")');
  await page.keyboard.press('Tab');
  // Column 13: three spaces to the next multiple of four.
  assert.equal(await ed.inputValue(), 'for i in range(2):\n    print(i)\nprint("done")   ');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Enter');
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), ['0', '1', 'done']);
  await page.keyboard.press('Escape');
  assert.notEqual(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Python source');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Python source');
  await context.close();
});

test('a slider edits its line in an edited program; a removed line disables it with a note', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=rand&clock=virtual&speed=instant`);
  const text = await editor(page).inputValue();
  await editor(page).fill('# mine\n' + text);
  await page.locator('#param-coros').fill('2');
  await page.waitForFunction(() => document.querySelector('[aria-label="Python source"] textarea').value.startsWith('# mine'));
  const after = await editor(page).inputValue();
  assert.ok(after.startsWith('# mine\n'), after.slice(0, 40));
  assert.notEqual(after, '# mine\n' + text);
  const seedLine = after.split('\n').find((l) => l.includes('random.seed'));
  await editor(page).fill(after.replace(seedLine, 'pass'));
  assert.match(await page.textContent('.params'), /no longer has the line seed writes/);
  assert.equal(await page.locator('#param-seed').isDisabled(), true);
  await context.close();
});

test("a teacher's program has argv and seed inputs (controls=argv,seed,speed in an embed)", async () => {
  const src = 'import random\nimport sys\n\nrandom.seed(7)\nprint(sys.argv[1:], random.randint(1, 1000))\n';
  const { page, errors, context } = await openPage(browser,
    `${srv.base}?embed=1&controls=argv,seed,speed&code=${b64url(src)}&file=dice.py&argv=${encodeURIComponent("-n 'a b'")}&clock=virtual&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  // What CPython prints for this program (tools/pyref.py dice.py -n 'a b'; seed 7, then seed 8).
  assert.deepEqual(await consoleLines(page), ["['-n', 'a b'] 332"]);
  assert.equal(await page.locator('#param-argv').inputValue(), "-n 'a b'");
  assert.equal(await page.locator('#param-seed').inputValue(), '7');
  assert.equal(await page.locator('fieldset.clock').count(), 0, 'clock is not listed');
  await page.locator('#param-seed').fill('8');
  await page.locator('#param-seed').press('Enter');
  await page.waitForFunction(() => document.querySelector('textarea[aria-label="Python source"]').value.includes('random.seed(8)'));
  await page.locator('#param-argv').fill('x');
  await page.locator('#param-argv').press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.console .line')].some((l) => l.textContent.startsWith("['x']")));
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), ["['x'] 233"]);
  await settledUrl(page, (q) => q.get('argv') === 'x');
  // A program with no random.seed(N) has no seed input; picking a lesson leaves argv behind.
  await page.goto(`${srv.base}?code=${b64url('print(1)\n')}&file=one.py`);
  await page.waitForSelector('#param-argv');
  assert.equal(await page.locator('#param-seed').count(), 0);
  // It is not a lesson: no lesson is marked as the one on screen.
  assert.equal(await page.locator('.picker [aria-pressed="true"]').count(), 0);
  await page.goto(`${srv.base}?code=${b64url('print(1)\n')}&file=one.py&argv=-p%203`);
  await page.locator('.picker button', { hasText: 'asyncq' }).click();
  await page.waitForSelector('#param-nprod');
  assert.equal(await page.locator('#param-argv').count(), 0);
  await settledUrl(page, (q) => !q.has('argv') && q.get('lesson') === 'asyncq');
  assert.equal(await page.locator('.picker [aria-pressed="true"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Share carries the edited program: the link opens the same program with the same output', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`);
  await editor(page).fill('import asyncio\n\nasync def main():\n    print("shared ✓")\n\nasyncio.run(main())\n');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  const link = (await settledUrl(page, (q) => q.get('codez'))).href;
  const other = await context.newPage();
  await other.goto(link);
  await other.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(other, 'finished');
  assert.equal(await editor(other).inputValue(), await editor(page).inputValue());
  assert.deepEqual(await consoleLines(other), ['shared ✓']);
  await context.close();
});

test('a .py file opens in the editor; Save gives the program back as a .py file', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`);
  await page.setInputFiles('.source-panel input[type=file]', { name: 'hello.py', mimeType: 'text/x-python', buffer: Buffer.from('print("opened ✓")\n') });
  await page.waitForFunction(() => document.querySelector('textarea[aria-label="Python source"]').value === 'print("opened ✓")\n');
  assert.match(await page.textContent('.source-panel h2 .file'), /hello\.py/);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), ['opened ✓']);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'The program (hello.py)' }).click()]);
  assert.equal(dl.suggestedFilename(), 'hello.py');
  assert.equal(fs.readFileSync(await dl.path(), 'utf8'), 'print("opened ✓")\n');
  assert.deepEqual(errors, []);
  await context.close();
});

test('editable=0 shows the program read-only; a bad code= gives a note and the lesson', async () => {
  const src = 'print("read only")\n';
  const { page, context } = await openPage(browser, `${srv.base}?embed=1&editable=0&code=${b64url(src)}&file=ro.py&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.equal(await editor(page).isEditable(), false);
  assert.deepEqual(await consoleLines(page), ['read only']);
  await page.goto(`${srv.base}?code=%%%&lesson=countasync`);
  await page.waitForSelector('.app[data-run-state]');
  assert.match(await page.textContent('.notes'), /code= could not be read/);
  assert.ok((await editor(page).inputValue()).includes('async def count'));
  await page.goto(`${srv.base}?codez=${b64url('not deflate')}`);
  await page.waitForSelector('.app[data-run-state]');
  assert.match(await page.textContent('.notes'), /codez= could not be read: it is not valid DEFLATE data/);
  await context.close();
});

for (const [w, scheme] of [[1280, 'light'], [375, 'dark']]) {
  test(`the editor at ${w} px, ${scheme}`, async () => {
    const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync&clock=virtual&speed=instant`, { viewport: { width: w, height: 900 }, colorScheme: scheme });
    const text = await editor(page).inputValue();
    await editor(page).fill(text.replace('await asyncio.sleep(1)', 'time.sleep(1)'));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitState(page, 'finished');
    await shot(page, `editor-${w}-${scheme}`);
    await context.close();
  });
}
