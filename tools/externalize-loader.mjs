// Trunk post_build hook: moves Trunk's inline module loader into its own file,
// so the page runs under a strict Content-Security-Policy (script-src 'self'
// 'wasm-unsafe-eval', no 'unsafe-inline').
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) { console.error('externalize-loader: TRUNK_STAGING_DIR is not set'); process.exit(1); }
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');
const re = /<script type="module"[^>]*>([\s\S]*?)<\/script>/;
const m = html.match(re);
if (!m || !m[1].trim()) { console.error('externalize-loader: no inline loader found'); process.exit(1); }
const code = m[1].trim() + '\n';
const name = `loader-${crypto.createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(dir, name), code);
html = html.replace(re, `<script type="module" src="./${name}"></script>`);
fs.writeFileSync(file, html);
