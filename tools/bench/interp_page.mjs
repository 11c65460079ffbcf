// The interpreter timed inside the page (wasm in headless Chromium), A/B
// between built dist directories: `node tools/bench/interp_page.mjs DIR...`.
// Each program runs ROUNDS times per directory, interleaved; prints medians (ms).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const dirs = process.argv.slice(2);
const ROUNDS = Number(process.env.ROUNDS || 5);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const [, i, ...rest] = url.pathname.split('/');
  const dir = dirs[Number(i)];
  const file = path.join(dir, rest.join('/') || 'index.html');
  if (dir && fs.existsSync(file) && fs.statSync(file).isFile()) {
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  } else { res.writeHead(404); res.end(); }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const programs = {
  'countasync 10k': `import asyncio\nasync def count():\n    print("One")\n    await asyncio.sleep(1)\n    print("Two")\nasync def main():\n    await asyncio.gather(*(count() for _ in range(10000)))\nasyncio.run(main())\n`,
  'loop 1e6': `s = 0\nfor i in range(1000000):\n    s += i\nprint(s)\n`,
  'fib(25)': `def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(25))\n`,
};
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const pages = [];
for (let i = 0; i < dirs.length; i++) {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/${i}/index.html`);
  await page.waitForFunction(() => window.wasmBindings && window.wasmBindings.bench_python);
  await page.evaluate(() => window.wasmBindings.bench_python('print(1)\n', false));
  pages.push(page);
}
const times = dirs.map(() => Object.fromEntries(Object.keys(programs).map((k) => [k, []])));
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, src] of Object.entries(programs)) {
    for (let i = 0; i < dirs.length; i++) {
      times[i][name].push(await pages[i].evaluate((s) => window.wasmBindings.bench_python(s, false), src));
    }
  }
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const name of Object.keys(programs)) {
  console.log(`${name.padEnd(16)} ` + dirs.map((d, i) => `${path.basename(d)}: ${median(times[i][name]).toFixed(0)} ms (${times[i][name].map((t) => t.toFixed(0)).join(' ')})`).join('   '));
}
await browser.close();
server.close();
