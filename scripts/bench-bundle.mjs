// Bundle benchmark: the bytes of the release build in dist/, raw, gzip -9 and brotli (q 11):
// the first screen (what the home needs before it is interactive), each room's chunk (fetched
// when the room is first opened), the chunks rooms share, and the whole app (what the service
// worker precaches: every chunk and every language). Prints figures; asserts nothing.
// Usage: scripts/bench-bundle.sh (builds first)   or   node scripts/bench-bundle.mjs [dist]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dir = process.argv[2] || "dist";
const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(dir)
  .map((f) => relative(dir, f).split(sep).join("/"))
  .filter((f) => !f.startsWith("clinic/"));
const size = (f) => {
  const buf = readFileSync(join(dir, f));
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const sum = (list) => list.reduce((a, f) => {
  const s = size(f);
  return { raw: a.raw + s.raw, gzip: a.gzip + s.gzip, br: a.br + s.br, n: a.n + 1 };
}, { raw: 0, gzip: 0, br: 0, n: 0 });

// The first screen: index.html and what it loads before the app is interactive (its style
// sheets, boot.js, the app's glue, the chunk loader and the main module).
const html = readFileSync(join(dir, "index.html"), "utf8");
const linked = [...html.matchAll(/(?:href|src)="\/([^"]+)"/g)]
  .map((m) => m[1])
  .filter((f) => files.includes(f) && /\.(css|js|wasm)$/.test(f));
const langs = files.filter((f) => /^lang\/[a-z]+-[0-9a-f]{8}\.txt$/.test(f));
// Her language's texts: a file of its own (English too), fetched beside the main module.
const english = langs.filter((f) => f.startsWith("lang/en-"));
const firstScreen = ["index.html", ...new Set(linked), ...english];

const room = (f) => f.match(/^split_([a-z_]+)-[0-9a-f]{16}\.wasm$/)?.[1];
const rooms = [...new Set(files.map(room).filter(Boolean))].sort();
const shared = files.filter((f) => /^chunk_\d+-[0-9a-f]{16}\.wasm$/.test(f));

const fmt = (n) => n.toLocaleString("en-US").padStart(11);
const row = (label, s) => console.log(`${label.padEnd(44)}${String(s.n).padStart(6)}${fmt(s.raw)}${fmt(s.gzip)}${fmt(s.br)}`);
console.log(`${"".padEnd(44)}${"files".padStart(6)}${"raw".padStart(11)}${"gzip -9".padStart(11)}${"brotli 11".padStart(11)}`);
const first = sum(firstScreen);
row("first screen (home, English)", first);
for (const f of firstScreen) row(`  ${f.replace(/-[0-9a-f]{16}|-[0-9a-f]{8}(?=\.txt)/, "-…")}`, sum([f]));
const largestLang = langs.filter((f) => !english.includes(f)).map((f) => ({ f, s: size(f) })).sort((a, b) => b.s.gzip - a.s.gzip)[0];
if (largestLang) {
  // Her language's file instead of English's (before English was a file: in addition to it).
  const s = largestLang.s;
  const en = sum(english);
  row("first screen, another language (largest)", { raw: first.raw - en.raw + s.raw, gzip: first.gzip - en.gzip + s.gzip, br: first.br - en.br + s.br, n: first.n - en.n + 1 });
}
for (const r of rooms) row(`room chunk: ${r}`, sum(files.filter((f) => room(f) === r)));
if (shared.length) row("chunks shared by rooms", sum(shared));
row("language files", sum(langs));
row("whole app, every language (precached)", sum(files));
console.log(`targets: first screen <= 300 KB gzip (aim 200): ${(first.gzip / 1000).toFixed(1)} KB; whole app <= 700 KB gzip (aim 450): ${(sum(files).gzip / 1000).toFixed(1)} KB`);
