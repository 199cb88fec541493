// Update benchmark: what a phone downloads when a new build replaces an old one. The service
// worker (public/sw.js) copies every file whose content-hashed name it already has and fetches the
// rest; the worker and index.html are always fetched. Prints the files that changed, with their
// gzip -9 and brotli sizes, and the total. Asserts nothing.
// Usage: node scripts/bench-update.mjs <old dist> <new dist>   (scripts/bench-update.sh makes both)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [before, after] = process.argv.slice(2);
const precached = (d) => JSON.parse(readFileSync(join(d, "sw.js"), "utf8").match(/const PRECACHE = (\[.*?\]);/)[1]);
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$|\/lang\/[a-z]+-[0-9a-f]{8}\.txt$/;
const old = new Set(precached(before));
const fetched = precached(after).filter((u) => u !== "/" && !(HASHED.test(u) && old.has(u)));
fetched.push("/sw.js");
let total = { gzip: 0, br: 0 };
console.log(`${"file fetched by the update".padEnd(48)}${"gzip -9".padStart(10)}${"brotli".padStart(10)}`);
for (const u of fetched) {
  const buf = readFileSync(join(after, u));
  const gz = gzipSync(buf, { level: 9 }).length;
  const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.gzip += gz;
  total.br += br;
  console.log(`${u.padEnd(48)}${gz.toLocaleString("en-US").padStart(10)}${br.toLocaleString("en-US").padStart(10)}`);
}
const unchanged = precached(after).filter((u) => HASHED.test(u) && old.has(u)).length;
console.log(`${"update total".padEnd(48)}${total.gzip.toLocaleString("en-US").padStart(10)}${total.br.toLocaleString("en-US").padStart(10)}  (${unchanged} files kept from the old cache)`);
