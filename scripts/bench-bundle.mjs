// Bundle benchmark: the bytes a phone downloads on first load, raw, gzip -9 and brotli (q 11),
// per kind of file, from the release build in dist/. Prints figures; asserts nothing.
// Usage: scripts/bench-bundle.sh (builds first)   or   node scripts/bench-bundle.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] || "dist";
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(dir).filter((f) => !relative(dir, f).startsWith("clinic/"));
const kind = (f) => {
  if (f.endsWith(".wasm")) return "wasm";
  if (f.endsWith(".js") && !/sw\.js$|boot\.js$/.test(f)) return "js (wasm-bindgen glue)";
  if (f.endsWith(".css")) return "css";
  if (f.endsWith(".html")) return "html";
  if (/sw\.js$|boot\.js$/.test(f)) return "service worker + boot";
  if (f.endsWith(".png")) return "icons (precached)";
  if (/lang\/[a-z]+-[0-9a-f]+\.txt$/.test(f)) return "languages after English";
  return "manifest and other";
};
const rows = new Map();
for (const f of files) {
  const buf = readFileSync(f);
  const r = rows.get(kind(f)) || { raw: 0, gzip: 0, br: 0, n: 0, largest: { raw: 0, gzip: 0, br: 0 } };
  const one = {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const t of ["raw", "gzip", "br"]) r[t] += one[t];
  if (one.gzip > r.largest.gzip) r.largest = one;
  r.n += 1;
  rows.set(kind(f), r);
}
const fmt = (n) => n.toLocaleString("en-US").padStart(10);
console.log(`${"file kind".padEnd(26)}${"files".padStart(6)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
const order = ["wasm", "js (wasm-bindgen glue)", "css", "html", "service worker + boot", "manifest and other", "icons (precached)", "languages after English"];
let critical = { raw: 0, gzip: 0, br: 0 };
let all = { raw: 0, gzip: 0, br: 0 };
for (const k of order) {
  const r = rows.get(k);
  if (!r) continue;
  console.log(`${k.padEnd(26)}${String(r.n).padStart(6)}${fmt(r.raw)}${fmt(r.gzip)}${fmt(r.br)}`);
  for (const t of ["raw", "gzip", "br"]) {
    all[t] += r[t];
    if (["wasm", "js (wasm-bindgen glue)", "css", "html", "service worker + boot"].includes(k)) critical[t] += r[t];
  }
}
console.log(`${"first render, English".padEnd(32)}${fmt(critical.raw)}${fmt(critical.gzip)}${fmt(critical.br)}`);
const pack = rows.get("languages after English")?.largest;
if (pack) {
  const t = (k) => fmt(critical[k] + pack[k]);
  console.log(`${"first render, another language".padEnd(32)}${t("raw")}${t("gzip")}${t("br")}  (largest language file)`);
}
console.log(`${"first-load transfer (all)".padEnd(32)}${fmt(all.raw)}${fmt(all.gzip)}${fmt(all.br)}`);
console.log(`budget: whole app under 200 KB compressed (${(all.gzip / 1024).toFixed(1)} KiB gzip, ${(all.br / 1024).toFixed(1)} KiB brotli)`);
