// Embedding, sharing and saving: embed mode honours controls/panels, the Embed
// snippet works pasted into a page (sandboxed), two embeds run independently,
// the Share link restores the view, downloads hold what was promised.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openPage, waitState, consoleLines, golden, stripAnsi, addPage, COURSE, shot } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('embed mode shows the lesson alone, with the chosen controls and panels', async () => {
  const { page, errors, context } = await openPage(browser,
    `${srv.base}?lesson=asyncq&embed=1&controls=nprod,ncon,speed&panels=console,timeline&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.equal(await page.$$eval('h1, .picker, footer', (e) => e.length), 0);
  assert.ok(await page.isVisible('#param-nprod'));
  assert.ok(await page.isVisible('#param-ncon'));
  assert.equal(await page.$$eval('#param-seed, #param-maxsize, #param-maxsleep, input[name=clock]', (e) => e.length), 0);
  assert.ok(await page.isVisible('select.speed'));
  assert.equal(await page.$$eval('[aria-label="Python source"]', (e) => e.length), 0);
  assert.equal(await page.$$eval('.stats-panel', (e) => e.length), 0);
  assert.ok(await page.isVisible('[role=log]'));
  assert.ok(await page.isVisible('.timeline-panel'));
  const link = await page.getAttribute('a.full-link', 'href');
  assert.ok(link.includes('lesson=asyncq') && !link.includes('embed=1'), link);
  assert.equal((await consoleLines(page)).join('\n') + '\n', stripAnsi(golden('asyncq')));
  assert.deepEqual(errors, []);
  await shot(page, 'embed-asyncq');
  await context.close();
});

test('the Embed snippet, pasted into a page in a sandboxed iframe, runs the same lesson', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=chained&seed=9&args=4,2&speed=instant`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const snippet = await page.inputValue('textarea[aria-label="Embed snippet"]');
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/course\/week-3\/playground\/\?lesson=chained&amp;seed=9&amp;args=4,2/);
  assert.match(snippet, /title="Async Playground: chained\.py/);
  assert.match(snippet, /sandbox="allow-scripts allow-same-origin/);
  // Paste it into a course page, with the narrowest sandbox the issue names.
  const pasted = snippet.replace(/sandbox="[^"]*"/, 'sandbox="allow-scripts allow-same-origin"');
  addPage('pasted.html', `<!DOCTYPE html><html><body><h1>My course</h1>${pasted}</body></html>`);
  const host = await context.newPage();
  await host.goto(new URL(COURSE + 'pasted.html', srv.base).href);
  const frame = host.frameLocator('iframe');
  await frame.locator('.app[data-run-state="idle"]').waitFor();
  await frame.getByRole('button', { name: 'Run', exact: true }).click();
  await frame.locator('.app[data-run-state="finished"]').waitFor();
  const lines = await frame.locator('[role=log] > *').allTextContents();
  const cli = (await import('./lib.mjs')).cli(['chained', '--seed', '9', '4', '2']);
  assert.equal(lines.join('\n') + '\n', cli);
  await context.close();
});

test('two embeds on one page run independently', async () => {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(new URL(COURSE + 'course.html', srv.base).href);
  const [a, b] = [page.frameLocator('iframe').nth(0), page.frameLocator('iframe').nth(1)];
  await a.locator('.app[data-run-state="idle"]').waitFor();
  await b.locator('.app[data-run-state="idle"]').waitFor();
  await b.getByRole('button', { name: 'Run', exact: true }).click();
  await b.locator('.app[data-run-state="running"]').waitFor();
  assert.equal(await a.locator('.app').getAttribute('data-run-state'), 'idle');
  await a.getByRole('button', { name: 'Run', exact: true }).click();
  await a.locator('.app[data-run-state="finished"]').waitFor({ timeout: 10000 });
  const lines = await a.locator('[role=log] > *').allTextContents();
  assert.equal(lines.filter((l) => l === 'One').length, 5);
  assert.equal(lines.at(-1), 'countasync.py executed in 1.00 seconds.');
  await b.getByRole('button', { name: 'Stop', exact: true }).click();
  await b.locator('.app[data-run-state="idle"]').waitFor();
  assert.equal(await a.locator('.app').getAttribute('data-run-state'), 'finished');
  // The third embed is a teacher's own program (codez=), not a lesson.
  const c = page.frameLocator('iframe').nth(2);
  await c.locator('.app[data-run-state="idle"]').waitFor();
  assert.equal(await c.getByRole('textbox', { name: 'Python source' }).inputValue().then((v) => v.startsWith('import asyncio')), true);
  await c.locator('select.speed').selectOption('100');
  await c.getByRole('button', { name: 'Run', exact: true }).click();
  await c.locator('.app[data-run-state="finished"]').waitFor({ timeout: 20000 });
  assert.deepEqual(await c.locator('[role=log] > *').allTextContents(), ['worker-1 slept 1 s', 'worker-0 slept 3 s', 'worker-1 slept 2 s',
    'worker-0 slept 1 s', 'worker-1 slept 2 s', 'all work done']);
  assert.deepEqual(errors, []);
  await page.screenshot({ path: 'tests/e2e/artifacts/course-page.png', fullPage: true });
  await context.close();
});

test('the Share link restores the exact view', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=countasync`);
  await page.getByRole('button', { name: /asyncq\.py/ }).click();
  await page.locator('#param-nprod').fill('3');
  await page.locator('#param-maxsize').fill('2');
  await page.getByLabel('real').check();
  await page.selectOption('select.speed', '5');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const link = await page.inputValue('input[aria-label="Permalink"]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  const again = await context.newPage();
  await again.goto(link);
  await again.waitForSelector('.app[data-run-state]');
  assert.equal(await again.getAttribute('.picker .lesson.on', 'aria-pressed'), 'true');
  assert.match(await again.textContent('.picker .lesson.on'), /asyncq\.py/);
  assert.equal(await again.inputValue('#param-nprod'), '3');
  assert.equal(await again.inputValue('#param-maxsize'), '2');
  assert.ok(await again.isChecked('input[value=real]'));
  assert.equal(await again.inputValue('select.speed'), '5');
  assert.equal(new URL(again.url()).search, new URL(link).search);
  await context.close();
});

test('downloads: transcript, trace JSON that agrees with the timeline, standalone SVG', async () => {
  const { page, context } = await openPage(browser, `${srv.base}?lesson=rand&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const grab = async (name) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
  };
  const plain = await grab('Transcript (.txt)');
  assert.equal(plain.name, 'rand-transcript.txt');
  assert.equal(plain.text, stripAnsi(golden('rand')));
  const ansi = await grab('Transcript with ANSI colours');
  assert.equal(ansi.text, golden('rand'));
  const trace = await grab('Trace (Perfetto JSON)');
  const json = JSON.parse(trace.text);
  const ev = json.traceEvents;
  const threads = ev.filter((e) => e.name === 'thread_name').map((e) => e.args.name);
  const lanes = await page.$$eval('.tl-names text:not(.queue-name)', (e) => e.map((x) => x.textContent));
  assert.deepEqual(threads, lanes);
  const complete = ev.filter((e) => e.ph === 'X');
  assert.equal(complete.length, await page.$$eval('.lanes .seg', (e) => e.length));
  assert.ok(complete.every((e) => Number.isInteger(e.ts) && Number.isInteger(e.dur) && e.dur >= 0));
  assert.deepEqual(ev.filter((e) => e.ph === 'i').map((e) => e.args.text), await consoleLines(page));
  const svg = await grab('Timeline (.svg)');
  assert.match(svg.text, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(svg.text, /<style>/);
  // It renders on its own: open it as an image.
  const img = await context.newPage();
  await img.setContent(`<img id="i" src="data:image/svg+xml;base64,${Buffer.from(svg.text).toString('base64')}">`);
  await img.waitForFunction(() => document.getElementById('i').complete);
  assert.ok(await img.$eval('#i', (i) => i.naturalWidth) >= 1000);
  await context.close();
});

test('once loaded, the page keeps working offline', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=asyncq&speed=instant`);
  await context.setOffline(true);
  for (const lesson of ['chained', 'asyncq']) {
    await page.getByRole('button', { name: new RegExp(`${lesson}\\.py`) }).click();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await waitState(page, 'finished');
    assert.equal((await consoleLines(page)).join('\n') + '\n', stripAnsi(golden(lesson)));
  }
  assert.deepEqual(errors, []);
  await context.close();
});
