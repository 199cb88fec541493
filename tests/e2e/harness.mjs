// Shared set-up for the end-to-end tests: Debian chromium driven by playwright-core (never a
// downloaded browser), the built dist/ served on 127.0.0.1, a phone-sized viewport, and a record of
// every request that tried to leave the machine.
import { chromium } from "playwright-core";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";

export const VIEWPORT = { width: 412, height: 915 };
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A copy of dist/ in a temp folder, for tests that change the served files. */
export async function copyDist() {
  const dir = await mkdtemp(join(tmpdir(), "bs-dist-"));
  await cp(process.env.E2E_DIST || "dist", dir, { recursive: true });
  return dir;
}

/**
 * Launch a fresh browser profile and a server. Returns { base, server, context, page, outside, errors, close }.
 * `outside` collects every request to another host; `errors` page errors and console errors;
 * `failed` every request that failed or got an error status.
 */
export async function launch({ dir, viewport = VIEWPORT, locale = "en-US", colorScheme } = {}) {
  const server = await startServer({ dir: dir || process.env.E2E_DIST || "dist" });
  const base = `http://127.0.0.1:${server.address().port}`;
  const profile = await mkdtemp(join(tmpdir(), "bs-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport,
    locale,
    colorScheme,
    serviceWorkers: "allow",
    args: ARGS,
  });
  const outside = [];
  context.on("request", (r) => {
    const u = new URL(r.url());
    if (["data:", "blob:", "about:"].includes(u.protocol)) return;
    if (u.hostname !== "127.0.0.1") outside.push(r.url());
  });
  const errors = [];
  // Every request that failed or was answered with an error status (the app asks only for what
  // is there: a failing request is a defect, and its console error fails the tests too).
  const failed = [];
  context.on("requestfailed", (r) => failed.push(`${r.url()} (${r.failure()?.errorText})`));
  context.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} (${r.status()})`);
  });
  const watch = (page) => {
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
  };
  context.on("page", watch);
  const page = context.pages()[0] || (await context.newPage());
  watch(page);
  return {
    base,
    server,
    context,
    page,
    outside,
    errors,
    failed,
    async close() {
      await context.close();
      await new Promise((ok) => server.close(ok));
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Open a path and wait for the app to render its page heading. */
export async function open(page, base, path = "/") {
  await page.goto(base + path);
  // Generous: the first start compiles the WASM, slow on a loaded 2-core machine. The static first
  // paint (index.html's #boot-shell) has a heading too: wait for the app itself to replace it.
  await page.waitForFunction(() => !document.getElementById("boot-shell"), null, { timeout: 60000 });
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 60000 });
}

/** Wait until the service worker controls the page (the shell is cached). */
export async function waitForOffline(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
}

/** Read one localStorage value. */
export function stored(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

export const JOURNAL_KEY = "between-sessions:default:journal";
/** The PHQ-9 (and GAD-7) answer codes (LOINC), scored 0–3 in this order. */
export const PHQ9_CODES = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];

/** Give the stored journal a sick-role plan with one helper (who then shows on the safety screen). */
export async function seedHelper(page, name, phone) {
  await page.evaluate(
    ([k, helper]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      const now = new Date().toISOString();
      doc.journal.sick_role_plan = { id: "plan-1", created_at: now, updated_at: now, data: { helpers: [helper] } };
      localStorage.setItem(k, JSON.stringify(doc));
    },
    [JOURNAL_KEY, { name, phone, person: null }],
  );
}

/** A local calendar date as the app keeps it ("2026-12-06"): the day she sees, not UTC's. */
export const localDay = (d) => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
const pad2 = (n) => String(n).padStart(2, "0");

/** Noon (local time) `n` days from today; negative `n` is days ago. */
export function daysFromNow(n) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return d;
}

/** The journal kept for the first person on the phone, parsed. */
export const storedJournal = async (page) => JSON.parse(await stored(page, JOURNAL_KEY)).journal;

/** Go to an app path without reloading (as an internal link does). */
export async function go(page, path) {
  await page.evaluate((p) => {
    history.pushState(null, "", p);
    dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** Everything in localStorage, to prove that nothing changed. */
export function allStorage(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      out[k] = localStorage.getItem(k);
    }
    return out;
  });
}

/** Click `locator` and return the download it starts: { name, text }. */
export async function download(page, locator) {
  const [dl] = await Promise.all([page.waitForEvent("download"), locator.click()]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), "utf8") };
}

/** The UI text of `key` ("ns.a.b") in `locale` (en, es, fr, ar, sw), with {{ variables }} filled in. */
export async function uiText(locale, key, vars = {}) {
  const [ns, ...path] = key.split(".");
  let v = JSON.parse(await readFile(new URL(`../../locales/${locale}/${ns}.json`, import.meta.url), "utf8"));
  for (const k of path) v = v?.[k];
  if (typeof v !== "string") throw new Error(`no text ${locale}/${key}`);
  return v.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(vars[name]));
}

/**
 * Turn on worker mode (issue #15) and add clients, as a lay health worker would.
 *
 * Contract:
 * - before: the app is open (any page with the header) with a journal open, not locked, in the UI
 *   language `locale` (default "en"); worker mode is off and this phone keeps no caseload yet.
 * - it goes to Settings through the header menu, turns worker mode on with `passcode` (typed twice),
 *   goes to the caseload, opens it with the passcode, and adds each nickname of `clients` (in order)
 *   with "Add a client".
 * - after: the caseload page is shown (h1 "Caseload"), with a card per client plus the phone's
 *   person who was open before (the first person, "Me"); the worker's key is in memory, so opening
 *   a client with "Open <nickname>" and saving her check-in updates her card.
 * - the passcode must have at least 4 characters. Each PBKDF2 step takes about a second.
 */
export async function enterWorkerMode(page, { passcode, clients = [], locale = "en" }) {
  const T = (key, vars) => uiText(locale, key, vars);
  await page.getByRole("button", { name: await T("privacy.header.menu") }).click();
  await page.getByRole("link", { name: await T("privacy.header.settings") }).click();
  await page.getByRole("heading", { level: 1, name: await T("common.settings.title") }).waitFor();
  const section = page.getByRole("region", { name: await T("caseload.settings.title"), exact: true });
  await section.getByLabel(await T("caseload.settings.new_passcode"), { exact: true }).fill(passcode);
  await section.getByLabel(await T("caseload.settings.new_again"), { exact: true }).fill(passcode);
  await section.getByRole("button", { name: await T("caseload.settings.turn_on") }).click();
  await section.getByText(await T("caseload.settings.turned_on")).waitFor({ timeout: 30000 });
  await section.getByRole("button", { name: await T("caseload.settings.go") }).click();
  await openCaseload(page, { passcode, locale });
  for (const nickname of clients) {
    const form = page.getByRole("form", { name: await T("caseload.add.title") });
    await form.getByLabel(await T("caseload.add.nickname"), { exact: true }).fill(nickname);
    await form.getByRole("button", { name: await T("caseload.add.add") }).click();
    await page.getByRole("heading", { level: 2, name: nickname, exact: true }).waitFor();
  }
}

/** On the worker's lock screen: open the caseload with `passcode` and wait for it. */
export async function openCaseload(page, { passcode, locale = "en" }) {
  const T = (key, vars) => uiText(locale, key, vars);
  await page.getByRole("heading", { level: 1, name: await T("caseload.lock.title") }).waitFor();
  await page.getByLabel(await T("caseload.lock.passcode"), { exact: true }).fill(passcode);
  await page.getByRole("button", { name: await T("caseload.lock.open") }).click();
  await page.getByRole("heading", { level: 1, name: await T("caseload.page.title"), exact: true }).waitFor({ timeout: 30000 });
}
