// Room-open benchmark: how long each room takes to open, in headless Debian Chromium (412x915,
// 4x CPU throttle), with the pinned sample journal (tests/fixtures/journals/v1-sample.json), on a
// visit after the first (the service worker serves every file from its cache, as on her phone).
// For each room, median of the runs:
//   - first open: the app has just mounted (before it warms the rooms up) and she taps the room:
//     from the tap to the room's heading, its chunk fetched from the cache, compiled and drawn;
//   - again: the same room opened a second time (its code already here): only drawing.
// Prints figures; asserts nothing.  Usage: node scripts/bench-rooms.mjs [dist] [runs=5]
import { chromium } from "playwright-core";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "./serve.mjs";

const dir = process.argv[2] || "dist";
const runs = Number(process.argv[3] || 5);
const JOURNAL_KEY = "between-sessions:default:journal";
const fixture = await readFile(new URL("../tests/fixtures/journals/v1-sample.json", import.meta.url), "utf8");
const ROOMS = [
  ["Check-in", "/checkin"],
  ["People", "/people"],
  ["My work", "/my-work"],
  ["Share", "/share"],
  ["Learn", "/learn"],
  ["Settings", "/settings"],
];

const server = await startServer({ dir });
const base = `http://127.0.0.1:${server.address().port}`;
const profile = await mkdtemp(join(tmpdir(), "bs-bench-rooms-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 412, height: 915 },
  locale: "en-US",
  serviceWorkers: "allow",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = context.pages()[0] || (await context.newPage());
const mounted = () => page.waitForFunction(() => !document.getElementById("boot-shell") && document.querySelector("main h1"), null, { timeout: 120000 });

// One visit to install the service worker and its cache, and the sample journal.
await page.goto(base + "/");
await mounted();
await page.evaluate(async ([k, v]) => {
  localStorage.setItem(k, v);
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
  }
}, [JOURNAL_KEY, fixture]);
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });

// Tap a link to `path` (the app's router takes in-app links) and time it to the new page's
// heading, measured in the page (performance.now), so Playwright's own round trips do not count.
const openRoom = (path) =>
  page.evaluate(
    (path) =>
      new Promise((done, fail) => {
        const before = document.querySelector("main h1")?.textContent;
        const a = document.createElement("a");
        a.href = path;
        document.body.append(a);
        const start = performance.now();
        a.click();
        a.remove();
        const check = () => {
          const h1 = document.querySelector("main h1");
          if (h1 && h1.textContent !== before && location.pathname === path && !document.querySelector(".room-opening")) {
            return done(performance.now() - start);
          }
          if (performance.now() - start > 60000) return fail(new Error(`${path}: no heading`));
          requestAnimationFrame(check);
        };
        check();
      }),
    path,
  );

const times = Object.fromEntries(ROOMS.map(([name]) => [name, { first: [], again: [] }]));
for (let i = 0; i < runs; i++) {
  for (const [name, path] of ROOMS) {
    await page.goto(base + "/");
    await mounted();
    times[name].first.push(await openRoom(path));
    await openRoom("/");
    times[name].again.push(await openRoom(path));
  }
}
await context.close();
await new Promise((ok) => server.close(ok));
await rm(profile, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`room open, tap to heading (4x CPU, sample journal, after one visit), median of ${runs}, ms`);
console.log(`${"room".padEnd(12)}${"first open".padStart(12)}${"again".padStart(10)}`);
for (const [name] of ROOMS) {
  console.log(`${name.padEnd(12)}${median(times[name].first).toFixed(0).padStart(12)}${median(times[name].again).toFixed(0).padStart(10)}`);
}
