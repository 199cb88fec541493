// The light first visit: the rooms are WASM chunks loaded when first opened, every one of them
// precached for offline use; a chunk that cannot be fetched says so calmly, with Retry; and the
// first paint ("This week", the welcome, "Get help now") needs no WASM at all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { launch, open, waitForOffline } from "./harness.mjs";

const ROOMS = [
  { link: "Check-in", path: "/checkin", heading: "Check-in" },
  { link: "People", path: "/people", heading: "People" },
  { link: "My work", path: "/my-work", heading: "My work" },
  { link: "Share", path: "/share", heading: "Share with your therapist" },
];

/** The chunk files of the build, by room (split_<room>-<content hash>.wasm). */
async function chunkNames() {
  const files = await readdir(process.env.E2E_DIST || "dist");
  return files.filter((f) => /^split_[a-z_]+-[0-9a-f]{16}\.wasm$/.test(f));
}

test("each room is a chunk of its own, fetched when the room is first opened", async () => {
  const chunks = await chunkNames();
  for (const room of ["checkin", "people", "my_work", "share", "learn", "settings"]) {
    assert.ok(chunks.some((c) => c.startsWith(`split_${room}-`)), `no chunk for ${room}: ${chunks.join(" ")}`);
  }
  const b = await launch();
  const fetched = [];
  b.page.on("request", (r) => {
    const name = new URL(r.url()).pathname.slice(1);
    if (name.startsWith("split_")) fetched.push(name);
  });
  try {
    await open(b.page, b.base);
    assert.deepEqual(fetched, [], "the home needs no room's chunk");
    const nav = b.page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Share" }).click();
    await b.page.getByRole("heading", { level: 1, name: "Share with your therapist" }).waitFor();
    assert.ok(fetched.some((f) => f.startsWith("split_share-")), fetched.join(" "));
    assert.ok(!fetched.some((f) => f.startsWith("split_people-")), "opening Share fetched People");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("after one visit, every room opens offline, from a link and from a reload", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    await waitForOffline(page);
    await b.context.setOffline(true);
    // A fresh start offline: nothing of the rooms is in memory yet.
    await open(page, b.base);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const room of ROOMS) {
      await nav.getByRole("link", { name: room.link }).click();
      await page.getByRole("heading", { level: 1, name: room.heading }).waitFor();
    }
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Learn" }).click();
    await page.getByRole("heading", { level: 1, name: "Learn" }).waitFor();
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    for (const room of [...ROOMS, { path: "/my-work/timeline", heading: "Timeline" }]) {
      await open(page, b.base, room.path);
      await page.getByRole("heading", { level: 1, name: room.heading }).waitFor();
    }
    assert.equal(await page.getByText("needs a connection once").count(), 0);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a room whose chunk cannot be fetched says it needs a connection once, and Retry opens it", async () => {
  const b = await launch();
  const share = /\/split_share-[0-9a-f]{16}\.wasm$/;
  // Offline before the precache finished: the Share chunk is not to be had (for the page and the
  // service worker alike).
  await b.context.route(share, (route) => route.abort("internetdisconnected"));
  try {
    const { page } = b;
    await open(page, b.base);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Share" }).click();
    const title = page.getByRole("heading", { level: 1, name: "This part of the app needs a connection once" });
    await title.waitFor();
    await page.getByText("Your notes are safe on this phone. Nothing is lost.").waitFor();
    // The rest of the app still works.
    await page.getByRole("link", { name: "Back to This week" }).click();
    await page.getByRole("heading", { level: 1, name: "This week" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Share" }).click();
    await title.waitFor();
    // The network is back: Retry fetches the chunk afresh.
    await b.context.unroute(share);
    await page.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("heading", { level: 1, name: "Share with your therapist" }).waitFor();
    await page.getByRole("link", { name: "Backup and restore" }).first().waitFor();
    // Only the failed fetches themselves were reported.
    const unexpected = b.errors.filter((e) => !/Failed to load resource|failed to fetch|split|TypeError: Failed/i.test(e));
    assert.deepEqual(unexpected, []);
  } finally {
    await b.close();
  }
});

test("with the WASM blocked, the first paint shows the home's welcome and Get help now works", async () => {
  const b = await launch();
  await b.context.route(/\.wasm$/, (route) => route.abort());
  try {
    const { page } = b;
    await page.goto(b.base + "/");
    await page.getByRole("heading", { level: 1, name: "This week" }).waitFor();
    await page.getByText("Everything you write stays on this phone.", { exact: false }).waitFor();
    await page.getByRole("link", { name: "Get help now" }).first().click();
    // The static help page (public/help.js): an en-US phone is offered the US lines at once.
    await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/help.html");
    assert.equal(await page.getByRole("link", { name: "Call 988" }).first().getAttribute("href"), "tel:988");
    assert.equal(await page.getByRole("link", { name: "Call 911" }).first().getAttribute("href"), "tel:911");
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("with no language file to be had, the first paint stays with Get help now; back online, the app opens", async () => {
  const b = await launch();
  // The words are files of their own (English too): here none can be fetched, the WASM can.
  let blocked = true;
  const packs = [];
  await b.context.route("**/lang/**", (route) => {
    packs.push(new URL(route.request().url()).pathname);
    return blocked ? route.abort() : route.continue();
  });
  try {
    const { page } = b;
    await page.goto(b.base + "/");
    // The app's tries (her language, then English: both English on an en-US phone) have failed.
    for (let i = 0; i < 300 && packs.length < 2; i++) await page.waitForTimeout(100);
    await page.waitForTimeout(500);
    assert.ok(packs.length >= 2 && packs.every((p) => p.startsWith("/lang/en-")), packs.join(" "));
    assert.ok(await page.locator("#boot-shell").isVisible(), "the first paint was replaced by an app with no words");
    assert.equal(await page.getByRole("link", { name: "Get help now" }).first().getAttribute("href"), "/help.html");
    // The connection is back: the app opens, in words.
    blocked = false;
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await page.waitForFunction(() => !document.getElementById("boot-shell"), null, { timeout: 60000 });
    await page.getByRole("heading", { level: 1, name: "This week" }).waitFor();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Share" }).waitFor();
  } finally {
    await b.close();
  }
});

test("the first paint is in her language and right to left in Arabic, before any WASM", async () => {
  const b = await launch({ locale: "ar" });
  await b.context.route(/\.wasm$/, (route) => route.abort());
  try {
    const { page } = b;
    await page.goto(b.base + "/");
    await page.getByRole("heading", { level: 1, name: "هذا الأسبوع" }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    assert.equal(await page.getByRole("link", { name: "اطلبي المساعدة الآن" }).first().getAttribute("href"), "/help.html");
  } finally {
    await b.close();
  }
});

test("the app replaces the first paint without moving anything (layout shift 0)", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await open(page, b.base);
    await page.getByRole("button", { name: "Got it" }).waitFor();
    assert.equal(await page.locator("#boot-shell").count(), 0, "the static first paint is gone");
    assert.equal(await page.getByRole("heading", { level: 1 }).count(), 1);
    assert.equal(await page.evaluate(() => window.__shift), 0);
  } finally {
    await b.close();
  }
});

test("the first paint and the static help page pass axe-core (WCAG 2.0/2.1 A and AA), light and dark", async () => {
  const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
  for (const colorScheme of ["light", "dark"]) {
    const b = await launch({ colorScheme });
    // Before the WASM: block it, so what is checked is the static page alone.
    await b.context.route(/\.wasm$/, (route) => route.abort());
    try {
      const { page } = b;
      for (const path of ["/", "/help.html"]) {
        await page.goto(b.base + path);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
          return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        });
        assert.deepEqual(violations, [], `${path} (${colorScheme})`);
      }
    } finally {
      await b.close();
    }
  }
});
