// Learn and the safety screen in her language: Spanish headings, links and crisis guidance, the
// country named by the browser in Spanish; Arabic right to left with phone numbers still left to
// right and tap-to-call links unchanged.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, seedHelper } from "./harness.mjs";

/** Open a path and wait for its page heading; patient, as the first start of a debug build on a
 * busy machine can take longer than the harness's usual wait. */
async function open(page, base, path) {
  await page.goto(base + path, { timeout: 90000 });
  await page.getByRole("heading", { level: 1 }).first().waitFor({ timeout: 150000 });
}

const h1 = (page, name) => page.getByRole("heading", { level: 1, name, exact: true }).waitFor();

/** Choose the United States for crisis contacts and add one helper from her sick-role plan. */
async function usWithHelper(page, base) {
  await open(page, base, "/settings");
  await page.locator("#country").selectOption("US");
  await seedHelper(page, "Sam", "+1 555 010 2000");
}

test("Learn and the safety screen speak Spanish, and Arabic reads right to left with numbers intact", async () => {
  const es = await launch({ locale: "es" });
  try {
    const { page } = es;
    await open(page, es.base, "/learn");
    await h1(page, "Aprender");
    await page.getByText("Funcionan sin internet.", { exact: false }).waitFor();
    await page.getByRole("link", { name: /^¿Qué es la IPT\?/ }).click();
    await h1(page, "¿Qué es la IPT?");
    await page.getByText("Duelo: la muerte de alguien importante para ti.").waitFor();
    await page.getByRole("link", { name: "El rol de enfermo: cuidar de ti" }).click();
    await h1(page, "El rol de enfermo: cuidar de ti");
    await page.getByRole("link", { name: "Todas las páginas" }).click();
    await h1(page, "Aprender");

    // No country chosen yet: the local emergency number, and where to choose one.
    await open(page, es.base, "/safety");
    await h1(page, "Alguien puede ayudarte");
    const crisis = page.getByRole("region", { name: "Contactos de crisis", exact: true });
    await crisis.getByText("Tu número local de emergencias").waitFor();
    assert.equal(await crisis.getByRole("link", { name: "Llamar al 112" }).getAttribute("href"), "tel:112");
    assert.equal(await crisis.getByRole("link", { name: "Ajustes" }).getAttribute("href"), "/settings");

    await usWithHelper(page, es.base);
    await open(page, es.base, "/safety");
    await h1(page, "Alguien puede ayudarte");
    await page.getByText("Nadie vigila esta app", { exact: false }).waitFor();
    // The country's name comes from the browser, in Spanish.
    await page.getByRole("heading", { level: 2, name: "Contactos de crisis en Estados Unidos" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Llamar al 988" }).getAttribute("href"), "tel:988");
    assert.equal(await page.getByRole("link", { name: "Enviar SMS al 988" }).getAttribute("href"), "sms:988");
    await page.getByText("Peligro inmediato").first().waitFor();
    // Service names are proper names: never translated.
    await page.getByText("988 Suicide & Crisis Lifeline").waitFor();
    const people = page.getByRole("region", { name: "Tus personas de confianza" });
    assert.equal(await people.getByRole("link", { name: "Llamar a Sam" }).getAttribute("href"), "tel:+15550102000");
    assert.deepEqual(es.errors, []);
  } finally {
    await es.close();
  }

  const ar = await launch({ locale: "ar" });
  try {
    const { page } = ar;
    await open(page, ar.base, "/learn");
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "ar");
    await h1(page, "تعلّمي");

    await usWithHelper(page, ar.base);
    await open(page, ar.base, "/safety");
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    await h1(page, "لستِ وحدك");
    await page.getByRole("heading", { level: 2, name: "أرقام الطوارئ في الولايات المتحدة" }).waitFor();
    const call = page.getByRole("link", { name: "اتصلي بالرقم 988" });
    assert.equal(await call.getAttribute("href"), "tel:988");
    // Numbers sit in a left-to-right isolate, so "+", dashes and brackets keep their order.
    const hotline = page.getByRole("link", { name: /1-833-852-6262/ }).first();
    assert.equal(await hotline.getAttribute("href"), "tel:18338526262");
    const bdi = hotline.locator("bdi[dir=ltr]");
    assert.equal(await bdi.textContent(), "1-833-852-6262 (1-833-TLC-MAMA)");
    const people = page.getByRole("region", { name: "الأشخاص المقرّبون منك" });
    assert.equal(await people.locator("bdi[dir=ltr]").textContent(), "+1 555 010 2000");
    assert.equal(await people.getByRole("link", { name: "اتصلي بـ Sam" }).getAttribute("href"), "tel:+15550102000");
    assert.deepEqual(ar.errors, []);
  } finally {
    await ar.close();
  }
});
