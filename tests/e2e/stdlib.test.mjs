// The standard-library modules written in Python (dataclasses, json, ...) are
// not in the page's wasm: a run whose program imports one fetches the missing
// ones from py/ first (src/preload.rs). A lesson's page never asks for them; a
// failed fetch stops the run with a message, not a hang.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, waitState, consoleLines } from './lib.mjs';

let srv, browser;
before(async () => { srv = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
const pgcRequests = (requests) => requests.filter((u) => /\/py\/[^/?]+\.pgc/.test(u))
  .map((u) => new URL(u).pathname.split('/').pop()).sort();

// Expected output: `python3 tools/pyref.py lazy.py` (CPython 3.11, virtual clock).
const PROGRAM = `import asyncio
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class Job:
    name: str
    cost: float = 1.0
    tags: list = field(default_factory=list)


async def run(job):
    await asyncio.sleep(job.cost)
    from json import dumps
    return dumps(asdict(job), sort_keys=True)


async def main():
    jobs = [Job("b", 0.5, ["x"]), Job("a", 1.5), Job("c")]
    print(sorted(jobs)[0])
    for line in await asyncio.gather(*(run(j) for j in jobs)):
        print(line)
    print(Job("a") == Job("a", 1.0), f"{asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
`;
const EXPECTED = [
  "Job(name='a', cost=1.5, tags=[])",
  '{"cost": 0.5, "name": "b", "tags": ["x"]}',
  '{"cost": 1.5, "name": "a", "tags": []}',
  '{"cost": 1.0, "name": "c", "tags": []}',
  'True 1.5',
];

test('a lesson page never requests the standard-library modules', async () => {
  const { page, errors, requests, context } = await openPage(browser,
    `${srv.base}?lesson=countasync&clock=virtual&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.equal((await consoleLines(page)).length, 7);
  // The idle warm-up, then another run.
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  assert.deepEqual(pgcRequests(requests), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a program importing dataclasses and json fetches them (and their imports) once, then prints what CPython prints', async () => {
  const { page, errors, requests, context } = await openPage(browser,
    `${srv.base}?code=${b64url(PROGRAM)}&file=x.py&clock=virtual&speed=instant&autorun=1`);
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), EXPECTED);
  // dataclasses imports copy, typing and functools; typing, functools and json
  // import collections' Python half.
  const want = ['collections.pgc', 'copy.pgc', 'dataclasses.pgc', 'functools.pgc', 'json.pgc', 'typing.pgc'];
  assert.deepEqual(pgcRequests(requests), want);
  // Run again, and Step: the modules are the page's now, nothing is fetched again.
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), EXPECTED);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitState(page, 'paused');
  assert.deepEqual(pgcRequests(requests), want);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Step on a program that needs a module fetches it, then steps one iteration', async () => {
  const { page, errors, context } = await openPage(browser,
    `${srv.base}?code=${b64url(PROGRAM)}&file=x.py&clock=virtual&speed=instant`);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await waitState(page, 'paused');
  assert.match(await page.textContent('.status'), /Paused at t = 0\.000 s, loop iteration 1/);
  assert.deepEqual(await consoleLines(page), [EXPECTED[0]]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a module that cannot be fetched stops the run with a message that says so', async () => {
  const { page, errors, context } = await openPage(browser, `${srv.base}?lesson=countasync`);
  await context.route(/\/py\/json\.pgc/, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(`${srv.base}?code=${b64url('import json\nprint(json.dumps([1]))\n')}&file=x.py&clock=virtual&speed=instant&autorun=1`);
  await waitState(page, 'error');
  const status = await page.textContent('.status');
  assert.match(status, /Stopped: the module json could not be loaded \(py\/json\.pgc\?v=[0-9a-f]{16}\): HTTP 404/);
  assert.ok(errors.some((e) => /the module json could not be loaded/.test(e)), JSON.stringify(errors));
  // Served again, the next Run loads it and runs.
  await context.unroute(/\/py\/json\.pgc/);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await waitState(page, 'finished');
  assert.deepEqual(await consoleLines(page), ['[1]']);
  await context.close();
});
