// Writes each UI language, English too, into <dir>/lang/<code>-<hash>.txt: its texts in key
// order (the order of build.rs's key constants), separated by U+001F; a missing text is English's.
// The name is the FNV-1a hash of the bytes, and index.html names the files of its build
// (scripts/precache.mjs), so a page only ever reads its own build's texts, and a change of wording
// changes one language file, not the WASM. Keep the key order in step with build.rs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const LOCALES = ["en", "es", "fr", "ar", "sw"];
const NAMESPACES = ["common", "checkin", "people", "work", "learn", "safety", "share", "privacy", "data", "rooms", "caseload"];
const SEPARATOR = "\u001f";

function flatten(prefix, value, out) {
  for (const [k, v] of Object.entries(value)) {
    const key = `${prefix}.${k}`;
    if (typeof v === "string") out.set(key, v);
    else flatten(key, v, out);
  }
}

function read(root, locale) {
  const out = new Map();
  for (const ns of NAMESPACES) {
    flatten(ns, JSON.parse(readFileSync(join(root, "locales", locale, `${ns}.json`), "utf8")), out);
  }
  return out;
}

// Byte order of the keys (ASCII), as Rust's BTreeMap<String, _> sorts them.
const byBytes = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

export function fnv1a(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

/** Write the files; returns `[locale, path relative to dir]` pairs, English first. */
export function writeLanguagePacks(root, dir) {
  const english = read(root, "en");
  const keys = [...english.keys()].sort(byBytes);
  mkdirSync(join(dir, "lang"), { recursive: true });
  const written = [];
  for (const locale of LOCALES) {
    const texts = read(root, locale);
    const joined = keys
      .map((k) => {
        const t = texts.get(k);
        return t && t.trim() !== "" ? t : english.get(k);
      })
      .join(SEPARATOR);
    const bytes = Buffer.from(joined, "utf8");
    const name = `lang/${locale}-${fnv1a(bytes)}.txt`;
    writeFileSync(join(dir, name), bytes);
    written.push([locale, name]);
  }
  return written;
}
