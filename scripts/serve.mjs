// A small static server for the built app: serves dist/ on 127.0.0.1 with the right MIME types and
// the app shell (index.html) for every app path, so /checkin or /people/… reload where she was.
// Usage: node scripts/serve.mjs [--port 8080] [--dir dist]
// Also imported by the end-to-end tests (startServer), which pick a free port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

// Every kilobyte is airtime on 2G: text and WASM go out compressed (brotli where the browser
// accepts it, else gzip), compressed once per file and kept in memory.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".ics", ".txt"]);
const compressed = new Map();
function encode(file, body, accept) {
  if (!COMPRESSIBLE.has(extname(file))) return null;
  const kind = /\bbr\b/.test(accept) ? "br" : /\bgzip\b/.test(accept) ? "gzip" : null;
  if (!kind) return null;
  const key = `${kind}:${file}:${body.length}`;
  if (!compressed.has(key)) {
    const out =
      kind === "br"
        ? // Best compression for a release build; a quicker level for a 15 MB debug build, which
          // would otherwise keep a test's first page waiting for most of a minute.
          brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: body.length > 4e6 ? 5 : 11 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return { kind, data: compressed.get(key) };
}

export function startServer({ dir = "dist", port = 0, host = "127.0.0.1" } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, `http://${host}`);
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(root, path);
      if (!file.startsWith(root)) throw new Error("outside root");
      let info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) {
        // App paths have no file: serve the shell. Missing assets (with an extension) are 404s.
        if (extname(path) && path !== "/") {
          res.writeHead(404, { "content-type": "text/plain" }).end("not found");
          return;
        }
        file = join(root, "index.html");
      }
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] || "application/octet-stream" };
      // The worker and the shell must be revalidated so updates are seen; files named by the hash
      // of their content (Trunk's 16 hex digits, the language files' 8) can be kept, so the
      // service worker's precache takes them from the HTTP cache instead of downloading again.
      headers["cache-control"] = /-[0-9a-f]{16}|[/\\]lang[/\\][a-z]+-[0-9a-f]{8}\.txt$/.test(file) ? "max-age=31536000, immutable" : "no-cache";
      headers["vary"] = "accept-encoding";
      const packed = encode(file, body, String(req.headers["accept-encoding"] || ""));
      if (packed) headers["content-encoding"] = packed.kind;
      res.writeHead(200, headers).end(packed ? packed.data : body);
    } catch {
      res.writeHead(500, { "content-type": "text/plain" }).end("server error");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const port = Number(arg("--port", "8080"));
  const dir = arg("--dir", "dist");
  startServer({ dir, port }).then(() => {
    console.log(`Between Sessions is being served on http://127.0.0.1:${port} (Ctrl+C to stop)`);
  });
}
