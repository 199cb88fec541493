// Languages: the app opens in the phone's language when it has it (English otherwise), can be
// switched in Settings, keeps the choice on this device across reloads, lays Arabic out right to
// left, and writes dates in the chosen language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./harness.mjs";

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
