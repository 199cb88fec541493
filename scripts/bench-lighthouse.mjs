// Lighthouse benchmark: Lighthouse 12.8.2 (mobile preset: simulated slow 4G, 4x CPU) on the
// release build in dist/, served by scripts/serve.mjs (the README's server), driving Debian's
// /usr/bin/chromium. Prints performance, LCP, TBT and CLS for each run and the median of the runs.
// Lighthouse is large and only this benchmark needs it: it is installed on first use into
// .cache/lighthouse (npm, pinned), not in package.json, so the test install stays light.
// Prints figures; asserts nothing.  Usage: node scripts/bench-lighthouse.mjs [dist] [runs=3]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startServer } from "./serve.mjs";

const LIGHTHOUSE = "12.8.2";
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const prefix = join(root, ".cache", "lighthouse");
const entry = join(prefix, "node_modules", "lighthouse", "core", "index.js");
if (!existsSync(entry)) {
  console.error(`bench-lighthouse: installing lighthouse ${LIGHTHOUSE} into .cache/lighthouse (once)`);
  execFileSync("npm", ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "--loglevel=error", `lighthouse@${LIGHTHOUSE}`], { stdio: "inherit" });
}
const { default: lighthouse } = await import(pathToFileURL(entry).href);
const { launch } = await import(pathToFileURL(join(prefix, "node_modules", "chrome-launcher", "dist", "index.js")).href);

const dir = process.argv[2] || "dist";
const runs = Number(process.argv[3] || 3);
const server = await startServer({ dir });
const url = `http://127.0.0.1:${server.address().port}/`;
const results = [];
try {
  for (let i = 0; i < runs; i++) {
    const profile = await mkdtemp(join(tmpdir(), "bs-lighthouse-"));
    const chrome = await launch({
      chromePath: process.env.CHROMIUM || "/usr/bin/chromium",
      userDataDir: profile,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
      const a = result.lhr.audits;
      const r = {
        performance: Math.round(result.lhr.categories.performance.score * 100),
        lcp: a["largest-contentful-paint"].numericValue / 1000,
        tbt: a["total-blocking-time"].numericValue,
        cls: a["cumulative-layout-shift"].numericValue,
        fcp: a["first-contentful-paint"].numericValue / 1000,
      };
      results.push(r);
      console.log(`run ${i + 1}: performance ${r.performance}, LCP ${r.lcp.toFixed(2)} s, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}, FCP ${r.fcp.toFixed(2)} s`);
    } finally {
      await chrome.kill();
      await rm(profile, { recursive: true, force: true });
    }
  }
} finally {
  await new Promise((ok) => server.close(ok));
}
const median = (k) => [...results.map((r) => r[k])].sort((x, y) => x - y)[Math.floor(results.length / 2)];
console.log(`Lighthouse ${LIGHTHOUSE} mobile, median of ${runs}: performance ${median("performance")}, LCP ${median("lcp").toFixed(2)} s, TBT ${Math.round(median("tbt"))} ms, CLS ${median("cls").toFixed(3)}, FCP ${median("fcp").toFixed(2)} s`);
