// Loads Pyodide (CPython compiled to WebAssembly) from the local npm package
// and runs the lecture's countasync.py: the "real Python in the page" alternative.
import { loadPyodide } from '../pyodide/pyodide.mjs';
const out = document.getElementById('out');
const py = await loadPyodide({ indexURL: new URL('../pyodide/', import.meta.url).href,
  stdout: (s) => { out.textContent += s + '\n'; } });
window.__ready = performance.now();
const src = await (await fetch('./countasync.py')).text();
py.globals.set('__file__', 'countasync.py');
// Pyodide's event loop is always running: asyncio.run() cannot be called, so await main().
await py.runPythonAsync(src.replace('if __name__ == "__main__":', 'if True:').replace('asyncio.run(main())', 'await main()'));
window.__done = performance.now();
document.body.dataset.state = 'finished';
