// Trunk post_build hook. In the staging directory it:
//  0. writes the UI languages as files of their own (scripts/lang-packs.mjs), named in index.html, the
//     manifest of clinic files (scripts/clinic-manifest.mjs), and
//     adds the app's loader to index.html (the split build, scripts/split-build.sh, wrote the
//     WASM and its glue; Trunk itself builds no Rust);
//  1. writes the hashed build output into sw.js as the precache list, with a version that changes
//     whenever any file changes (so a new build is a new service worker);
//  2. adds a strict Content-Security-Policy to index.html, allowing Trunk's inline loader by hash.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { firstPaint } from "./first-paint.mjs";
import { writeClinicManifest } from "./clinic-manifest.mjs";
import { writeLanguagePacks } from "./lang-packs.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precache: TRUNK_STAGING_DIR is not set (run me from a Trunk hook)");
  process.exit(1);
}

// --- language files (precached below like the rest of the app) -------------------------------
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const packs = writeLanguagePacks(root, dir);

// --- which clinic files are beside the app (the app asks only for those: no failing request) --
const clinicFiles = writeClinicManifest(dir);

// --- the app's loader -------------------------------------------------------------------------
// Trunk post_build hooks run at the same time as each other: a step that changes the staging
// directory belongs in this script, before the precache list is taken below.
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const staged = readdirSync(dir);
const one = (re, what) => {
  const found = staged.filter((n) => re.test(n));
  if (found.length !== 1) {
    console.error(`precache: expected one ${what} in the staging directory, found ${found.length} (did scripts/split-build.sh run?)`);
    process.exit(1);
  }
  return found[0];
};
const glue = one(/^between-sessions-[0-9a-f]{16}\.js$/, "app glue (between-sessions-<hash>.js)");
const splitLoader = one(/^__wasm_split-[0-9a-f]{16}\.js$/, "chunk loader (__wasm_split-<hash>.js)");
const mainWasm = one(/^between-sessions-[0-9a-f]{16}_bg\.wasm$/, "main WASM module");
// The glue and the chunk loader import each other: preload both, and the main module, at once.
const loader = [
  `<link rel="modulepreload" href="/${glue}">`,
  `<link rel="modulepreload" href="/${splitLoader}">`,
  `<link rel="preload" href="/${mainWasm}" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module">import init from "/${glue}";init({module_or_path:"/${mainWasm}"});</script>`,
  // Each language's texts, by file (src/i18n.rs reads this).
  `<meta name="lang-packs" content="${packs.map(([code, path]) => `${code} /${path}`).join(" ")}">`,
].map((l) => `    ${l}\n`).join("");
// Her language's file fetched early, beside the WASM rather than after it (the language the app
// will open in: src/ui/mod.rs). At the end of the body, after the first paint: an inline script
// in the head would wait for the style sheets and hold the first paint back (measured on 2G:
// the first link 0.9 s → 1.6 s).
const preloadLanguage = [
  `<script>(function(){var m=document.querySelector('meta[name="lang-packs"]').content.split(" "),P={},l=null,i,k,n;for(i=0;i+1<m.length;i+=2)P[m[i]]=m[i+1];try{l=localStorage.getItem("between-sessions:language")}catch(e){}if(!P[l]){l="en";n=navigator.languages||[navigator.language||"en"];for(i=0;i<n.length;i++){k=String(n[i]).toLowerCase().split(/[-_]/)[0];if(P[k]){l=k;break}}}k=document.createElement("link");k.rel="preload";k.as="fetch";k.crossOrigin="anonymous";k.href=P[l];document.head.appendChild(k)})()</script>`,
].map((l) => `    ${l}\n`).join("");
html = html.replace("</head>", `${loader}  </head>`);
// index.html's skipped rust link (it only stops Trunk building the crate unsplit) has done its job.
html = html.replace(/\n\s*<!-- Trunk builds no Rust[\s\S]*?-->\s*<link data-trunk rel="rust"[^>]*>/, "");
// The first paint's words, in her language before the WASM arrives (scripts/first-paint.mjs).
html = firstPaint(html, root);
if (!html.includes("</body>")) {
  console.error("precache: index.html has no </body>");
  process.exit(1);
}
html = html.replace("</body>", `${preloadLanguage}  </body>`);

// --- Content-Security-Policy ------------------------------------------------------------------
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
console.log(`precache: ${urls.length} files (${packs.length} languages, ${clinicFiles.length} clinic files); CSP with ${hashes.length} inline script hash(es)`);
