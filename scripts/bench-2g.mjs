// 2G benchmark: a first visit (fresh browser profile) over an emulated 2G link — 250 kbit/s each
// way, 300 ms round trip (Chrome DevTools Protocol network emulation), 4x CPU slowdown, 412x915 —
// to the release build in dist/ served by scripts/serve.mjs (brotli). Debian Chromium through
// playwright-core. Prints, median of the runs:
//   - time to the first visible link or button (she can do something: "Get help now" works);
//   - time to the app itself (the WASM has mounted: index.html's static first paint replaced);
//   - bytes on the wire (as the server sent them, compressed) until each of those moments, and
//     for the whole first visit once the service worker has precached the app.
// Prints figures; asserts nothing.  Usage: node scripts/bench-2g.mjs [dist] [runs=3]
import { chromium } from "playwright-core";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./serve.mjs";

const dir = process.argv[2] || "dist";
const runs = Number(process.argv[3] || 3);
let unthrottledWorker = false;
const LINK = { offline: false, latency: 300, downloadThroughput: 250_000 / 8, uploadThroughput: 250_000 / 8 };

async function visit() {
  const server = await startServer({ dir });
  const base = `http://127.0.0.1:${server.address().port}`;
  let bytes = 0;
  server.on("request", (req, res) => {
    const end = res.end.bind(res);
    res.end = (chunk, ...rest) => {
      if (chunk) bytes += Buffer.byteLength(chunk);
      return end(chunk, ...rest);
    };
  });
  const profile = await mkdtemp(join(tmpdir(), "bs-bench-2g-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 412, height: 915 },
    serviceWorkers: "allow",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
  });
  const throttle = async (session) => {
    await session.send("Network.enable");
    await session.send("Network.emulateNetworkConditions", LINK);
  };
  // The service worker's precache shares the link: throttle its target as well.
  context.on("serviceworker", async (worker) => {
    try {
      const s = await context.newCDPSession(worker);
      await throttle(s);
    } catch {
      // playwright-core gives sessions to pages only: the worker's requests then go unthrottled
      // (they start after the page's load event, so the two figures above do not depend on it).
      unthrottledWorker = true;
    }
  });
  const page = context.pages()[0] || (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await throttle(cdp);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const start = Date.now();
  await page.goto(base + "/", { waitUntil: "commit" });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("a[href], button")].some((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && getComputedStyle(e).visibility !== "hidden";
      }),
    null,
    { polling: "raf", timeout: 120000 },
  );
  const usable = (Date.now() - start) / 1000;
  const usableBytes = bytes;
  await page.waitForFunction(() => !document.getElementById("boot-shell") && document.querySelector("main h1"), null, { polling: 100, timeout: 180000 });
  const app = (Date.now() - start) / 1000;
  const appBytes = bytes;
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const precached = (Date.now() - start) / 1000;
  const all = bytes;
  await context.close();
  await new Promise((ok) => server.close(ok));
  await rm(profile, { recursive: true, force: true });
  return { usable, usableBytes, app, appBytes, precached, all };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = [];
for (let i = 0; i < runs; i++) {
  const r = await visit();
  results.push(r);
  console.log(`run ${i + 1}: first link/button ${r.usable.toFixed(2)} s (${(r.usableBytes / 1000).toFixed(1)} KB), app mounted ${r.app.toFixed(2)} s (${(r.appBytes / 1000).toFixed(1)} KB), precached ${r.precached.toFixed(1)} s (${(r.all / 1000).toFixed(1)} KB)`);
}
const m = (k) => median(results.map((r) => r[k]));
console.log(`2G first visit (250 kbit/s, 300 ms RTT, 4x CPU, 412x915), median of ${runs}:`);
console.log(`  first visible link or button: ${m("usable").toFixed(2)} s, ${(m("usableBytes") / 1000).toFixed(1)} KB on the wire`);
console.log(`  app mounted (WASM running):   ${m("app").toFixed(2)} s, ${(m("appBytes") / 1000).toFixed(1)} KB on the wire`);
console.log(`  whole first visit, precached: ${m("precached").toFixed(1)} s, ${(m("all") / 1000).toFixed(1)} KB on the wire${unthrottledWorker ? " (service worker's requests not throttled)" : ""}`);
