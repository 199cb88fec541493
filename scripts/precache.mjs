// Trunk post_build hook. In the staging directory it:
//  0. writes the UI languages after English as files of their own (scripts/lang-packs.mjs);
//  1. writes the hashed build output into sw.js as the precache list, with a version that changes
//     whenever any file changes (so a new build is a new service worker);
//  2. adds a strict Content-Security-Policy to index.html, allowing Trunk's inline loader by hash.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { writeLanguagePacks } from "./lang-packs.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precache: TRUNK_STAGING_DIR is not set (run me from a Trunk hook)");
  process.exit(1);
}

// --- language files (precached below like the rest of the app) -------------------------------
const packs = writeLanguagePacks(join(dirname(fileURLToPath(import.meta.url)), ".."), dir);

// --- Content-Security-Policy ------------------------------------------------------------------
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
}
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
html = html.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}">`);
writeFileSync(indexPath, html);

// --- precache list ----------------------------------------------------------------------------
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = walk(dir)
  .map((p) => relative(dir, p).split(sep).join("/"))
  .filter((p) => p !== "sw.js" && !p.startsWith("clinic/"))
  .sort();
const version = createHash("sha256");
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const urls = ["/", ...files.map((f) => `/${f}`)];
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace('"__VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
  .replace("__PRECACHE__", JSON.stringify(urls));
writeFileSync(swPath, sw);
console.log(`precache: ${urls.length} files (${packs.length} languages); CSP with ${hashes.length} inline script hash(es)`);
