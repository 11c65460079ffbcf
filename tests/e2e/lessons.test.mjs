// Every lesson, many parameter sets: on the virtual clock the console equals
// the golden transcript made by CPython (ANSI stripped), the line times equal
// its timestamps, and the source equals what the CLI's --python prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines, sourceText, golden, goldenCases, queryFor, stripAnsi, cli } from './lib.mjs';

let srv, browser, context, page;
before(async () => {
  srv = await serve(); browser = await launch();
  ({ page, context } = await openPage(browser, srv.base));
});
after(async () => { await context?.close(); await browser?.close(); await srv?.close(); });

// The two largest (4,353 and 20,001 lines) are covered natively; the page runs the rest.
const cases = goldenCases().filter(([name]) => !['asyncq_many', 'countasync_calls10000'].includes(name));

test(`${cases.length} golden cases print in the page exactly what CPython prints`, async () => {
  assert.ok(cases.length >= 40);
  for (const [name, args] of cases) {
    const errors = [];
    const onErr = (m) => { if (m.type() === 'error') errors.push(m.text()); };
    page.on('console', onErr);
    await page.goto(`${srv.base}?${queryFor(args)}&clock=virtual&speed=instant&autorun=1`);
    await waitState(page, 'finished');
    const want = golden(name);
    const lines = await consoleLines(page);
    if (args.includes('--timestamps')) {
      const rows = want.trimEnd().split('\n');
      const times = await page.$$eval('[role=log] > *', (els) => els.map((e) => e.dataset.t));
      assert.deepEqual(times, rows.map((r) => r.slice(0, r.indexOf(' '))), `${name}: line times`);
      assert.deepEqual(lines, rows.map((r) => stripAnsi(r.slice(r.indexOf(' ') + 1))), name);
    } else {
      assert.equal(lines.join('\n') + '\n', stripAnsi(want), name);
    }
    assert.equal(await sourceText(page), cli([...args.filter((a) => a !== '--timestamps'), '--python']), `${name}: source`);
    assert.equal(await page.$$eval('.notes', (n) => n.length), 0, `${name}: no note`);
    page.off('console', onErr);
    assert.deepEqual(errors, [], name);
  }
});
