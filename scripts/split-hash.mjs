// Names the split build's files by their content (scripts/split-build.sh, step 5), so an update
// re-downloads only the files that changed and a cached file can never be served for another build.
// Usage: node scripts/split-hash.mjs <from> <to> <app>
//
// References run one way for the WASM (each JS file names the modules it fetches), so the WASM
// files are hashed first and their new names written into the JS. The two JS files import each
// other (the app's glue imports __wasm_split.js, which imports the glue back), so they share one
// hash, taken over both after the WASM names are in.
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [from, to, app] = process.argv.slice(2);
if (!from || !to || !app) {
  console.error("usage: node scripts/split-hash.mjs <from> <to> <app>");
  process.exit(1);
}
const hash = (...bufs) => {
  const h = createHash("sha256");
  for (const b of bufs) h.update(b);
  return h.digest("hex").slice(0, 16);
};
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Replace `./name` (the way both JS files refer to their neighbours) and nothing that merely ends
// with it (chunk_1.wasm must not match inside chunk_11.wasm).
const rename = (text, old, now) => {
  const re = new RegExp(`(["'\`/])${escape(old)}(["'\`])`, "g");
  return text.replace(re, `$1${now}$2`);
};

const mainJs = `${app}.js`;
const splitJs = "__wasm_split.js";
const mainWasm = `${app}_bg.wasm`;
let glue = readFileSync(join(from, mainJs), "utf8");
let loader = readFileSync(join(from, splitJs), "utf8");
const written = [];

// 1. every WASM module: chunks named in __wasm_split.js, the main module in the glue.
for (const name of readdirSync(from).filter((n) => n.endsWith(".wasm")).sort()) {
  const body = readFileSync(join(from, name));
  const stem = name.slice(0, -".wasm".length);
  const hashed = name === mainWasm ? `${app}-${hash(body)}_bg.wasm` : `${stem}-${hash(body)}.wasm`;
  if (name === mainWasm) {
    const before = glue;
    glue = rename(glue, name, hashed);
    if (before === glue) throw new Error(`${mainJs} does not name ${name}`);
  } else {
    const before = loader;
    loader = rename(loader, name, hashed);
    if (before === loader) throw new Error(`${splitJs} does not name ${name}`);
  }
  writeFileSync(join(to, hashed), body);
  written.push(hashed);
}

// 2. the two JS files, one hash for the pair.
const pair = hash(glue, loader);
const glueHashed = `${app}-${pair}.js`;
const loaderHashed = `__wasm_split-${pair}.js`;
// Only the import statements: the glue also names "./__wasm_split.js" as the WASM import module
// (the key of its imports object), which must stay as the splitter wrote it.
const renameImport = (text, old, now) => text.replace(new RegExp(`(\\bfrom\\s*["'])\\./${escape(old)}(["'])`, "g"), `$1./${now}$2`);
const glueOut = renameImport(glue, splitJs, loaderHashed);
const loaderOut = renameImport(loader, mainJs, glueHashed);
if (glueOut === glue) throw new Error(`${mainJs} does not import ${splitJs}`);
if (loaderOut === loader) throw new Error(`${splitJs} does not import ${mainJs}`);
writeFileSync(join(to, glueHashed), glueOut);
writeFileSync(join(to, loaderHashed), loaderOut);
written.push(glueHashed, loaderHashed);

// 3. anything else wasm-bindgen wrote (JS snippets), as it is.
for (const name of readdirSync(from)) {
  if (name.endsWith(".wasm") || name === mainJs || name === splitJs) continue;
  const p = join(from, name);
  cpSync(p, join(to, name), { recursive: statSync(p).isDirectory() });
  written.push(name);
}
console.log(`split-hash: ${written.length} files (${written.filter((n) => n.endsWith(".wasm")).length} WASM modules)`);
