// Languages: the app opens in the phone's language when it has it (English otherwise), can be
// switched in Settings, keeps the choice on this device across reloads, lays Arabic out right to
// left, and writes dates in the chosen language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, open, waitForOffline } from "./harness.mjs";

const LANGUAGE_KEY = "between-sessions:language";
const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const htmlAttrs = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

test("a Spanish phone opens in Spanish; a German one in English", async () => {
  const es = await launch({ locale: "es-MX" });
  try {
    await open(es.page, es.base);
    await h1(es.page, "Esta semana");
    await es.page.getByText("Tus notas se quedan en este teléfono.").waitFor();
    const nav = es.page.getByRole("navigation", { name: "Principal" });
    for (const name of ["Esta semana", "Registro", "Personas", "Mi trabajo", "Compartir"]) {
      await nav.getByRole("link", { name }).waitFor();
    }
    assert.deepEqual(await htmlAttrs(es.page), { lang: "es", dir: "ltr" });
    assert.deepEqual(es.errors, []);
  } finally {
    await es.close();
  }
  const de = await launch({ locale: "de-DE" });
  try {
    await open(de.page, de.base);
    await h1(de.page, "This week");
    assert.equal((await htmlAttrs(de.page)).lang, "en");
  } finally {
    await de.close();
  }
});

test("choosing Arabic in Settings turns the app right to left and is kept after a reload", async () => {
  const b = await launch({ locale: "en-GB" });
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    await h1(page, "Settings");
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), null);
    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "العربية" });
    await h1(page, "الإعدادات");
    assert.deepEqual(await htmlAttrs(page), { lang: "ar", dir: "rtl" });
    // The page really is laid out right to left: the heading's words sit at the right edge.
    const text = await page.getByRole("heading", { level: 1 }).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, width: innerWidth };
    });
    assert.ok(text.left > text.width / 2, `heading text at ${text.left}..${text.right} of ${text.width}`);
    // Weekday names come from the browser's Arabic calendar data.
    await page.getByRole("combobox", { name: "يوم المتابعة الأسبوعية" }).getByRole("option", { name: "الاثنين" }).waitFor({ state: "attached" });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), "ar");

    await page.reload();
    await h1(page, "الإعدادات");
    assert.deepEqual(await htmlAttrs(page), { lang: "ar", dir: "rtl" });
    await open(page, b.base, "/");
    await h1(page, "هذا الأسبوع");
    await page.getByRole("link", { name: "اطلبي المساعدة الآن" }).first().waitFor();

    // And back to English, left to right.
    await open(page, b.base, "/settings");
    await page.getByRole("combobox", { name: "اللغة" }).selectOption({ label: "English" });
    await h1(page, "Settings");
    assert.deepEqual(await htmlAttrs(page), { lang: "en", dir: "ltr" });
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("Swahili and French: the welcome, the bottom bar and the not-found page speak the language", async () => {
  for (const [locale, home, notFound, welcome] of [
    ["sw-KE", "Wiki hii", "Ukurasa huu haupo", "Karibu"],
    ["fr-FR", "Cette semaine", "Cette page n’existe pas", "Bienvenue"],
  ]) {
    const b = await launch({ locale });
    try {
      await open(b.page, b.base);
      await h1(b.page, home);
      await b.page.getByRole("heading", { level: 2, name: welcome }).waitFor();
      await open(b.page, b.base, "/nowhere");
      await h1(b.page, notFound);
      await b.page.getByRole("link", { name: new RegExp(home) }).first().waitFor();
      assert.deepEqual(b.errors, []);
    } finally {
      await b.close();
    }
  }
});

test("every language works offline after one visit; one that cannot be loaded is explained, nothing changes", async () => {
  const b = await launch({ locale: "en-GB" });
  try {
    const { page, context } = b;
    await open(page, b.base, "/settings");
    await waitForOffline(page);
    // Each language is a file the service worker keeps (English too), fetched only when used.
    const fetched = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.startsWith("/lang/")) fetched.push(new URL(r.url()).pathname);
    });
    await context.setOffline(true);
    await page.reload();
    await h1(page, "Settings");
    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Kiswahili" });
    await h1(page, "Mipangilio");
    assert.deepEqual([...new Set(fetched.map((p) => p.replace(/-[0-9a-f]+\.txt$/, "")))], ["/lang/en", "/lang/sw"]);
    // Sent compressed and kept: on 2G a language file costs its brotli bytes, once.
    await context.setOffline(false);
    const file = await page.request.get(b.base + fetched.find((p) => p.startsWith("/lang/sw")), { headers: { "accept-encoding": "br, gzip" } });
    assert.equal(file.headers()["content-encoding"], "br");
    assert.match(file.headers()["cache-control"], /immutable/);
    assert.match(file.headers()["content-type"], /^text\/plain; charset=utf-8/);
    await context.setOffline(true);
    await page.getByRole("combobox", { name: "Lugha" }).selectOption({ label: "English" });
    await h1(page, "Settings");
    await context.setOffline(false);

    // A language file that cannot be had (a network that drops it): she is told, and the app
    // stays in the language it was in, choice unchanged.
    // (Without the service worker and its cache, so the request reaches the network.)
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration()).unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    });
    await context.route("**/lang/fr-*", (route) => route.abort());
    await page.reload();
    await h1(page, "Settings");
    await page.getByRole("combobox", { name: "Language" }).selectOption({ label: "Français" });
    await page.getByRole("alert").filter({ hasText: "This language could not be loaded" }).waitFor();
    assert.deepEqual(await htmlAttrs(page), { lang: "en", dir: "ltr" });
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), LANGUAGE_KEY), "en");
    await h1(page, "Settings");
  } finally {
    await b.close();
  }
});
