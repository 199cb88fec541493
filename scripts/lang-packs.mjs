// Writes each UI language after English into <dir>/lang/<code>-<hash>.txt: its texts in key
// order, separated by U+001F. build.rs builds the same bytes to name the files the app fetches
// (English is compiled into the app); the name is the FNV-1a hash of the bytes, so a file that
// differs from what the app expects is never read as its texts. Keep the two in step.
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

/** Write the files; returns their paths relative to `dir`. */
export function writeLanguagePacks(root, dir) {
  const english = read(root, "en");
  const keys = [...english.keys()].sort(byBytes);
  mkdirSync(join(dir, "lang"), { recursive: true });
  const written = [];
  for (const locale of LOCALES.slice(1)) {
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
    written.push(name);
  }
  return written;
}
