// The house: home, persistence, recovery of unreadable data, offline start, update prompt, and no
// request leaving the machine.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { JOURNAL_KEY, copyDist, launch, open, stored, waitForOffline } from "./harness.mjs";

test("home shows the app, its promise, the welcome, and help one tap away", async () => {
  const b = await launch();
  try {
    await open(b.page, b.base);
    const { page } = b;
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "This week");
    await page.getByText("Your notes stay on this phone.").waitFor();
    await page.getByRole("link", { name: "Between Sessions" }).waitFor();
    const welcome = page.getByRole("region", { name: "Welcome" });
    await welcome.getByText("No one watches this app.").waitFor();
    const nav = page.getByRole("navigation", { name: "Main" });
    assert.equal(await nav.getByRole("link", { name: "This week" }).getAttribute("aria-current"), "page");
    // Help is reachable from every page: try it from settings (in the header's menu).
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.getByRole("link", { name: "Get help now" }).click();
    await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
    await page.getByText("This app is not monitored by anyone", { exact: false }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/safety");
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    assert.deepEqual(b.outside, [], "no request may leave 127.0.0.1");
    assert.deepEqual(b.errors, [], "no page or CSP errors");
  } finally {
    await b.close();
  }
});

test("the journal survives a reload", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    await page.getByRole("button", { name: "Got it" }).click();
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByLabel("Country for crisis contacts").selectOption({ label: "United States" });
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    assert.equal(await page.getByLabel("Country for crisis contacts").inputValue(), "US");
    await page.getByRole("link", { name: "Get help now" }).click();
    await page.getByRole("heading", { level: 2, name: "Crisis contacts in United States" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Call 988" }).getAttribute("href"), "tel:988");
    await page.getByRole("link", { name: "Between Sessions" }).click();
    assert.equal(await page.getByRole("region", { name: "Welcome" }).count(), 0, "welcome stays dismissed");
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(doc.format, "between-sessions/journal");
    assert.equal(doc.journal.settings.data.country, "US");
  } finally {
    await b.close();
  }
});

test("a corrupt stored journal is kept for recovery and the user is told", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    const raw = '{"format":"between-sessions/journal","schema":1,"journal":{"checkins": [tru';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, raw]);
    await page.reload();
    const alert = page.getByRole("alert").filter({ hasText: "could not be opened" });
    await alert.waitFor();
    await alert.getByText("Nothing was deleted", { exact: false }).waitFor();
    const keys = await page.evaluate(() => Object.keys(localStorage));
    const recovery = keys.filter((k) => k.startsWith("between-sessions:default:recovery:"));
    assert.equal(recovery.length, 1, `one recovery copy: ${keys}`);
    assert.equal(await stored(page, recovery[0]), raw, "raw data kept byte for byte");
    assert.equal(await stored(page, JOURNAL_KEY), raw, "the original is not replaced by an empty journal");
    // Reloading again does not make a second copy.
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "could not be opened" }).waitFor();
    const again = (await page.evaluate(() => Object.keys(localStorage))).filter((k) => k.includes(":recovery:"));
    assert.equal(again.length, 1);
  } finally {
    await b.close();
  }
});

test("after one visit the app starts and works with the network off", async () => {
  const b = await launch();
  try {
    const { page, context } = b;
    await open(page, b.base);
    await waitForOffline(page);
    await context.setOffline(true);
    const response = await page.reload();
    assert.ok(response && response.fromServiceWorker(), "the shell came from the service worker");
    await page.getByRole("heading", { level: 1, name: "This week" }).waitFor();
    // A deep link works offline too, and saving still works.
    await page.goto(b.base + "/settings");
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.getByLabel("My check-in day").selectOption({ label: "Thursday" });
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(doc.journal.settings.data.checkin_weekday, 3);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
  // Negative control: a browser that has never visited cannot load the app offline.
  const fresh = await launch();
  try {
    await fresh.context.setOffline(true);
    await assert.rejects(fresh.page.goto(fresh.base + "/"));
  } finally {
    await fresh.close();
  }
});

test("a first visit downloads each file once, compressed, even while the service worker precaches", async () => {
  // A Spanish phone: the app, her language's file, and the precache of everything else.
  const b = await launch({ locale: "es-ES" });
  const requests = new Map();
  const encodings = new Map();
  b.server.on("request", (req, res) => {
    const path = new URL(req.url, b.base).pathname;
    requests.set(path, (requests.get(path) || 0) + 1);
    // (The server answers after this listener has run: its reply passes through here.)
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, headers) => {
      encodings.set(path, headers && headers["content-encoding"]);
      return writeHead(status, headers);
    };
  });
  try {
    await open(b.page, b.base);
    await b.page.getByRole("heading", { level: 1, name: "Esta semana" }).waitFor();
    await waitForOffline(b.page);
    const named = [...requests.keys()].filter((p) => /-[0-9a-f]{16}|^\/lang\//.test(p));
    // The WASM, its glue, six style sheets and five language files (English too).
    assert.ok(named.some((p) => p.endsWith(".wasm")), named.join(" "));
    assert.equal(named.filter((p) => p.startsWith("/lang/")).length, 5, named.join(" "));
    for (const path of named) {
      assert.equal(requests.get(path), 1, `${path} was downloaded ${requests.get(path)} times`);
      assert.ok(["br", "gzip"].includes(encodings.get(path)), `${path} was sent as ${encodings.get(path)}`);
    }
  } finally {
    await b.close();
  }
});

test("a new version waits for the user's tap instead of reloading under her", async () => {
  const dir = await copyDist();
  const b = await launch({ dir });
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    await waitForOffline(page);
    // Deploy a new version: any change to the worker is a new version.
    const sw = join(dir, "sw.js");
    await writeFile(sw, (await readFile(sw, "utf8")).replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.getByRole("status").filter({ hasText: "A new version of the app is ready." });
    await banner.waitFor();
    // Nothing reloaded on its own: the page is the same document.
    assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation").length), 1);
    const before = await page.evaluate(() => performance.timeOrigin);
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Update" }).click()]);
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    assert.notEqual(await page.evaluate(() => performance.timeOrigin), before, "reloaded into the new version");
    const version = await page.evaluate(async () => (await caches.keys()).join(","));
    assert.match(version, /-next/);
  } finally {
    await b.close();
    await rm(dir, { recursive: true, force: true });
  }
});
