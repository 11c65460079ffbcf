// Where the page spends a run: a CPU profile (CDP) of one URL, self time by
// function. For names, copy target/wasm-bindgen/release/*_bg.wasm over the
// dist one first (wasm-opt strips them). Usage: node tools/bench/profile_page.mjs
import { serve, launch, openPage } from '../../tests/e2e/lib.mjs';
const srv = await serve(); const browser = await launch();
const { page } = await openPage(browser, srv.base + '?lesson=threads');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(srv.base + '?lesson=countasync&calls=10000&speed=instant&autorun=1');
await page.waitForSelector('.app[data-run-state="finished"]', { timeout: 60000 });
console.log('ms', Date.now() - t0);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(k, (self.get(k) || 0) + dt[i]); total += dt[i]; });
console.log('total ms', Math.round(total / 1000));
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log(Math.round(v / 1000), k));
await browser.close(); await srv.close();
