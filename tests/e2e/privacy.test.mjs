// Private on a shared phone: a passcode that encrypts the journal at rest (checked by reading
// localStorage directly), a calm and slowed-down lock screen, auto-lock after idle time, quick
// exit, the discreet name and icon, people kept apart on one phone, and a header that fits 320 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, go, launch, open, stored } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();

/** Every key and value in localStorage, as one text. */
const everything = (page) =>
  page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join("\n"));

async function menuTo(page, name) {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name }).click();
  await h1(page, name);
}

async function addEvent(page, text) {
  await go(page, "/people/timeline");
  await page.getByLabel("What happened?").fill(text);
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByRole("status").filter({ hasText: `Added to your timeline: ${text}.` }).waitFor();
}

async function setPasscode(page, code) {
  await menuTo(page, "Settings");
  const section = page.getByRole("region", { name: "Passcode", exact: true });
  await section.getByText("If you forget your passcode, your notes cannot be opened again.").waitFor();
  assert.equal(await section.getByRole("link", { name: "Save an encrypted backup" }).getAttribute("href"), "/share/backup");
  await section.getByLabel("New passcode", { exact: true }).fill(code);
  await section.getByLabel("New passcode again").fill(code);
  await section.getByRole("button", { name: "Set passcode" }).click();
  await section.getByText("Your notes are locked with a passcode.").waitFor({ timeout: 20000 });
}

async function unlock(page, code) {
  await h1(page, "Your notes are locked");
  await page.getByLabel("Passcode").fill(code);
  await page.getByRole("button", { name: "Unlock" }).click();
}

test("a passcode encrypts the journal and drafts at rest; reload is locked; unlock brings everything back", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people/timeline");
    await addEvent(page, "Told Zanele about the baby");
    await setPasscode(page, "river stone");

    const env = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.deepEqual(Object.keys(env), ["format", "version", "kdf", "iterations", "salt", "iv", "ciphertext"]);
    assert.equal(env.format, "between-sessions/locked-journal");
    assert.equal(env.version, 1);
    assert.equal(env.kdf, "PBKDF2-SHA-256");
    assert.ok(env.iterations >= 600000);
    assert.equal(Buffer.from(env.iv, "base64").length, 12);
    let all = await everything(page);
    assert.ok(!all.includes("Zanele"), "no plaintext note anywhere in localStorage");
    assert.ok(!all.includes('"between-sessions/journal"'), "no plain journal left");

    // A half-written note is kept, but only encrypted.
    await go(page, "/people/timeline");
    await page.getByLabel("What happened?").fill("Draft about Thandi");
    await page.waitForFunction(() => localStorage.getItem("between-sessions:default:drafts") !== null);
    await page.waitForTimeout(500);
    all = await everything(page);
    assert.ok(!all.includes("Thandi"), "the draft is not readable in storage");
    assert.ok(!all.includes(":draft:"), "no plain draft keys");
    assert.equal(JSON.parse(await stored(page, "between-sessions:default:drafts")).format, "between-sessions/locked-drafts");

    // Every save gets a fresh IV.
    await menuTo(page, "Settings");
    await page.getByLabel("My check-in day").selectOption({ label: "Thursday" });
    await page.waitForFunction(([k, iv]) => JSON.parse(localStorage.getItem(k)).iv !== iv, [JOURNAL_KEY, env.iv]);

    await page.reload();
    await h1(page, "Your notes are locked");
    const body = await page.locator("body").innerText();
    assert.ok(!body.includes("Zanele") && !body.includes("Thandi"), "nothing of hers on the lock screen");
    assert.equal(await page.getByRole("navigation", { name: "Main" }).count(), 0, "no way around the lock");
    await go(page, "/people/timeline");
    await h1(page, "Your notes are locked");

    await unlock(page, "river stone");
    await h1(page, "Timeline");
    await page.getByText("Told Zanele about the baby").first().waitFor();
    assert.equal(await page.getByLabel("What happened?").inputValue(), "Draft about Thandi");
    await go(page, "/settings");
    await h1(page, "Settings");
    assert.equal(await page.getByLabel("My check-in day").inputValue(), "3");

    // Change, then remove the passcode: nothing is lost and the journal is plain again.
    const change = page.getByRole("region", { name: "Change passcode" });
    await change.getByLabel("Current passcode").fill("river stone");
    await change.getByLabel("New passcode", { exact: true }).fill("sea glass");
    await change.getByLabel("New passcode again").fill("sea glass");
    await change.getByRole("button", { name: "Change passcode" }).click();
    await change.getByText("The passcode is changed.", { exact: false }).waitFor({ timeout: 20000 });
    await page.reload();
    await unlock(page, "sea glass");
    await h1(page, "Settings");
    const remove = page.getByRole("region", { name: "Remove passcode" });
    await remove.getByLabel("Current passcode").fill("sea glass");
    await remove.getByRole("button", { name: "Remove passcode" }).click();
    await page.getByText("The passcode is removed.", { exact: false }).waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "Set passcode" }).waitFor();
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(doc.format, "between-sessions/journal");
    assert.equal(doc.journal.settings.data.checkin_weekday, 3);
    assert.ok(JSON.stringify(doc).includes("Told Zanele about the baby"));
    await page.reload();
    await h1(page, "Settings");
    await go(page, "/people/timeline");
    assert.equal(await page.getByLabel("What happened?").inputValue(), "Draft about Thandi", "the draft survived too");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a wrong passcode gets a calm message and a longer wait each time, also after a reload", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base);
    await setPasscode(page, "blue kettle");
    await page.reload();
    await unlock(page, "wrong one");
    const status = page.getByRole("status").filter({ hasText: "did not open" });
    await status.getByText("That passcode did not open the notes. Please wait 1 second before trying again.").waitFor({ timeout: 20000 });
    const button = page.getByRole("button", { name: "Unlock" });
    assert.ok(await button.isDisabled(), "no new try during the wait");
    await page.waitForFunction(() => !document.querySelector("button[type=submit]").disabled, null, { timeout: 5000 });
    await page.getByLabel("Passcode").fill("wrong two");
    await button.click();
    await status.getByText("Please wait 2 seconds before trying again.", { exact: false }).waitFor({ timeout: 20000 });
    // The wait is kept across a reload.
    await page.reload();
    await h1(page, "Your notes are locked");
    await page.getByText(/You can try again in \d seconds?\./).waitFor();
    assert.ok(await page.getByRole("button", { name: "Unlock" }).isDisabled());
    await page.waitForFunction(() => !document.querySelector("button[type=submit]").disabled, null, { timeout: 5000 });
    await unlock(page, "blue kettle");
    await h1(page, "Settings");
    const state = JSON.parse(await stored(page, "between-sessions:default:lock-state"));
    assert.equal(state.failures, 0, "the count starts again after the right passcode");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the journal locks itself after the chosen idle time", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.clock.install();
    await open(page, b.base, "/people/timeline");
    await addEvent(page, "Visit from Lindiwe");
    await setPasscode(page, "quiet hour");
    await page.getByLabel("Lock when I stop using the app for").selectOption({ label: "1 minute" });
    await go(page, "/people/timeline");
    await page.getByText("Visit from Lindiwe").first().waitFor();
    await page.clock.fastForward("00:40");
    await page.waitForTimeout(300);
    assert.equal(await page.getByRole("heading", { level: 1, name: "Timeline" }).count(), 1, "still open before the minute");
    await page.clock.fastForward("00:25");
    await h1(page, "Your notes are locked");
    assert.ok(!(await page.locator("body").innerText()).includes("Lindiwe"));
    await unlock(page, "quiet hour");
    await page.getByText("Visit from Lindiwe").first().waitFor();
  } finally {
    await b.close();
  }
});

test("quick exit replaces the screen with a neutral page and locks; Escape twice does it too", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people/timeline");
    await addEvent(page, "Argument with Sipho");
    await setPasscode(page, "green door");
    await go(page, "/people/timeline");
    await page.getByText("Argument with Sipho").first().waitFor();
    await page.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL(/\/neutral\.html$/);
    await h1(page, "Shopping list");
    const body = await page.locator("body").innerText();
    assert.ok(!body.includes("Sipho") && !body.includes("Between Sessions"), body);
    assert.equal(await page.title(), "Shopping list");
    // Back does not return to the app at all (tests/e2e/quick-exit.test.mjs covers every case).
    await page.goBack();
    await page.waitForTimeout(1200);
    assert.equal(await page.getByRole("heading", { name: "Your notes are locked" }).count(), 0);
    assert.ok(!(await page.locator("body").innerText()).includes("Sipho"));
  } finally {
    await b.close();
  }
  // Without a passcode, the screen is still hidden at once.
  const c = await launch();
  try {
    await open(c.page, c.base, "/people/timeline");
    await addEvent(c.page, "Talked to Naledi");
    await c.page.keyboard.press("Escape");
    await c.page.keyboard.press("Escape");
    await c.page.waitForURL(/\/neutral\.html$/);
    await h1(c.page, "Shopping list");
    assert.ok(!(await c.page.locator("body").innerText()).includes("Naledi"));
    assert.deepEqual(c.outside, []);
  } finally {
    await c.close();
  }
});

test("the lock screen's safety link shows crisis contacts and nothing of hers", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base);
    await menuTo(page, "Settings");
    await page.getByLabel("Country for crisis contacts").selectOption({ label: "United States" });
    await page.getByRole("link", { name: "Get help now" }).click();
    await page.getByRole("heading", { level: 2, name: "Crisis contacts in United States" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Your own people" }).waitFor();
    await setPasscode(page, "safe harbour");
    await page.reload();
    await h1(page, "Your notes are locked");
    await page.getByRole("link", { name: "Get help now" }).click();
    await h1(page, "You are not alone");
    await page.getByRole("heading", { level: 2, name: "Crisis contacts" }).waitFor();
    assert.ok(await page.getByRole("link", { name: /^Call / }).count() > 0, "contacts to call");
    // Her country is not shown (the page's country chooser lists every country, none chosen).
    assert.equal(await page.getByRole("heading", { name: /United States/ }).count(), 0, "her country is not shown");
    assert.equal(await page.getByLabel("Which country are you in?").inputValue(), "");
    assert.equal(await page.getByRole("heading", { name: "Your own people" }).count(), 0, "her people are not shown");
    await page.goBack();
    await h1(page, "Your notes are locked");
  } finally {
    await b.close();
  }
});

test("the discreet name and icon swap the install manifest and the title", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base);
    assert.equal(await page.title(), "Between Sessions");
    await menuTo(page, "Settings");
    await page.getByRole("checkbox", { name: "Discreet name and icon" }).check();
    assert.equal(await page.title(), "Notes");
    const manifest = () => page.evaluate(() => document.querySelector("link[rel=manifest]").getAttribute("href"));
    assert.equal(await manifest(), "/manifest-discreet.webmanifest");
    const m = await page.evaluate(async (href) => (await fetch(href)).json(), await manifest());
    assert.equal(m.name, "Notes");
    assert.equal(m.short_name, "Notes");
    for (const icon of m.icons) {
      const ok = await page.evaluate(async (src) => (await fetch(src)).ok, icon.src);
      assert.ok(ok, `${icon.src} is there`);
    }
    await page.reload();
    await h1(page, "Settings");
    assert.equal(await page.title(), "Notes", "kept on this device");
    assert.equal(await manifest(), "/manifest-discreet.webmanifest");
    await page.getByRole("checkbox", { name: "Discreet name and icon" }).uncheck();
    assert.equal(await page.title(), "Between Sessions");
    assert.equal(await manifest(), "/manifest.webmanifest");
  } finally {
    await b.close();
  }
});

test("two people on one phone never see each other's notes", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people/timeline");
    await addEvent(page, "Zodwa first note");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "Switch person" }).click();
    await h1(page, "Who is using the app?");
    assert.ok(!(await page.locator("body").innerText()).includes("Zodwa first note"));
    const add = page.getByRole("form", { name: "Add a person" });
    await add.getByLabel("Nickname").fill("Client B");
    await add.getByRole("button", { name: "Add" }).click();
    await h1(page, "This week");
    await go(page, "/people/timeline");
    await h1(page, "Timeline");
    assert.equal(await page.getByText("Zodwa first note").count(), 0, "a new person starts empty");
    await addEvent(page, "Bheki second note");
    await setPasscode(page, "client b code");

    const index = JSON.parse(await stored(page, "between-sessions:profiles"));
    assert.deepEqual(index.map((p) => Object.keys(p).sort()), [["id", "nickname"], ["id", "nickname"]]);
    assert.deepEqual(index.map((p) => p.nickname), ["Me", "Client B"]);
    const other = index[1].id;
    assert.match(await stored(page, `between-sessions:${other}:journal`), /locked-journal/);
    assert.ok(!(await everything(page)).includes("Bheki"), "Client B's notes are encrypted");

    // Back to the first person: only her notes.
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "Switch person" }).click();
    await h1(page, "Who is using the app?");
    const names = await page.getByRole("list").first().getByRole("button").allInnerTexts();
    assert.deepEqual(names, ["Me", "Client B"], "the picker shows nicknames only");
    await page.getByRole("button", { name: "Me", exact: true }).click();
    await h1(page, "This week");
    await go(page, "/people/timeline");
    await page.getByText("Zodwa first note").first().waitFor();
    assert.equal(await page.getByText("Bheki second note").count(), 0);

    // With more than one person, the app starts with the picker; Client B has her own lock.
    await page.reload();
    await h1(page, "Who is using the app?");
    await page.getByRole("button", { name: "Client B" }).click();
    await unlock(page, "client b code");
    await h1(page, "This week");
    await go(page, "/people/timeline");
    await page.getByText("Bheki second note").first().waitFor();
    assert.equal(await page.getByText("Zodwa first note").count(), 0);
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the header fits a 320 px screen: help, quick exit and one menu", async () => {
  const b = await launch({ viewport: { width: 320, height: 640 } });
  const { page } = b;
  try {
    await open(page, b.base);
    const header = page.getByRole("banner");
    await header.getByRole("link", { name: "Get help now" }).waitFor();
    await header.getByRole("button", { name: "Quick exit" }).waitFor();
    const menu = header.getByRole("button", { name: "Menu" });
    assert.equal(await menu.getAttribute("aria-expanded"), "false");
    assert.equal(await menu.getAttribute("aria-controls"), "top-menu");
    assert.equal(await page.locator("#top-menu").isVisible(), false);
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector("header").getBoundingClientRect().height]);
    assert.ok(widths[0] <= 320, `no sideways scroll: ${widths[0]}`);
    assert.ok(widths[1] < 80, `one row: ${widths[1]}`);
    for (const el of [header.getByRole("link", { name: "Get help now" }), header.getByRole("button", { name: "Quick exit" }), menu]) {
      const box = await el.boundingBox();
      assert.ok(box.height >= 48 && box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
    }
    await menu.click();
    assert.equal(await menu.getAttribute("aria-expanded"), "true");
    await page.getByRole("link", { name: "Learn" }).waitFor();
    await page.getByRole("link", { name: "Settings" }).waitFor();
    await page.getByRole("button", { name: "Switch person" }).waitFor();
    await page.keyboard.press("Escape");
    assert.equal(await menu.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator("#top-menu").isVisible(), false);
  } finally {
    await b.close();
  }
});

test("the lock screen, the picker, the passcode settings and the open menu pass axe-core, light and dark", async () => {
  const axeSource = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
  for (const colorScheme of ["light", "dark"]) {
    const b = await launch({ colorScheme });
    const { page } = b;
    const violations = [];
    const check = async (where) => {
      if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
      const r = await page.evaluate(() =>
        axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] }),
      );
      for (const v of r.violations) violations.push(`${colorScheme} ${where}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    };
    try {
      await open(page, b.base, "/settings");
      await check("settings without a passcode");
      await page.getByRole("button", { name: "Menu" }).click();
      await page.getByRole("link", { name: "Learn" }).waitFor();
      await check("open menu");
      await page.keyboard.press("Escape");
      await setPasscode(page, "calm lake");
      await check("settings with a passcode");
      await page.reload();
      await unlock(page, "not this");
      await page.getByText("did not open", { exact: false }).waitFor({ timeout: 20000 });
      await check("lock screen after a wrong try");
      await page.getByRole("button", { name: "Switch person" }).click();
      await h1(page, "Who is using the app?");
      await check("picker");
    } finally {
      await b.close();
    }
    assert.deepEqual(violations, []);
  }
});

test("the header, passcode settings, lock screen and picker speak Spanish, and Arabic right to left at 320 px", async () => {
  const b = await launch({ locale: "es" });
  const { page } = b;
  try {
    await open(page, b.base);
    const header = page.getByRole("banner");
    await header.getByRole("link", { name: "Pedir ayuda ahora" }).waitFor();
    await header.getByRole("button", { name: "Salida rápida" }).waitFor();
    await header.getByRole("button", { name: "Menú" }).click();
    await page.getByRole("link", { name: "Aprender" }).waitFor();
    await page.getByRole("button", { name: "Cambiar de persona" }).waitFor();
    await page.getByRole("link", { name: "Ajustes" }).click();
    await h1(page, "Ajustes");
    const section = page.getByRole("region", { name: "Código", exact: true });
    await section.getByText("Si olvidas tu código, ya no se podrán abrir tus notas.").waitFor();
    assert.equal(await section.getByRole("link", { name: "Guardar una copia de seguridad cifrada" }).getAttribute("href"), "/share/backup");
    await section.getByLabel("Código nuevo", { exact: true }).fill("luna llena");
    await section.getByLabel("Repite el código nuevo").fill("luna vieja");
    await section.getByRole("button", { name: "Poner código" }).click();
    await section.getByText("Los dos códigos no son iguales. Escríbelo otra vez en las dos casillas.").waitFor();
    await section.getByLabel("Repite el código nuevo").fill("luna llena");
    await section.getByRole("button", { name: "Poner código" }).click();
    await section.getByText("Tus notas están bloqueadas con un código.").waitFor({ timeout: 20000 });
    const options = await page.getByLabel("Bloquear cuando deje de usar la aplicación durante").locator("option").allInnerTexts();
    assert.deepEqual(options, ["No bloquear nunca automáticamente", "1 minuto", "5 minutos", "15 minutos"]);
    await page.getByRole("region", { name: "Cambiar el código" }).waitFor();

    await page.reload();
    await h1(page, "Tus notas están bloqueadas");
    await page.getByLabel("Código", { exact: true }).fill("luna nueva");
    await page.getByRole("button", { name: "Desbloquear" }).click();
    await page.getByText("Ese código no abrió las notas. Espera 1 segundo antes de volver a intentarlo.").waitFor({ timeout: 20000 });
    await page.getByRole("button", { name: "Cambiar de persona" }).click();
    await h1(page, "¿Quién está usando la aplicación?");
    assert.deepEqual(await page.getByRole("list").first().getByRole("button").allInnerTexts(), ["Yo"], "the app's own first nickname is translated");
    const add = page.getByRole("form", { name: "Añadir una persona" });
    await add.getByRole("button", { name: "Añadir" }).click();
    await add.getByText("Primero escribe un apodo.").waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }

  const c = await launch({ locale: "ar", viewport: { width: 320, height: 640 } });
  try {
    const p = c.page;
    await open(p, c.base);
    assert.equal(await p.evaluate(() => document.documentElement.dir), "rtl");
    const header = p.getByRole("banner");
    const controls = [
      header.getByRole("link", { name: "اطلبي المساعدة الآن" }),
      header.getByRole("button", { name: "خروج سريع" }),
      header.getByRole("button", { name: "القائمة" }),
    ];
    const [scroll, height] = await p.evaluate(() => [document.documentElement.scrollWidth, document.querySelector("header").getBoundingClientRect().height]);
    assert.ok(scroll <= 320, `no sideways scroll: ${scroll}`);
    assert.ok(height < 80, `one row: ${height}`);
    for (const el of controls) {
      const box = await el.boundingBox();
      assert.ok(box.height >= 48 && box.width >= 48 && box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
    }
    await controls[2].click();
    await p.getByRole("link", { name: "الإعدادات" }).click();
    await h1(p, "الإعدادات");
    const section = p.getByRole("region", { name: "رمز المرور", exact: true });
    await section.getByLabel("رمز المرور الجديد", { exact: true }).fill("بحر هادئ");
    await section.getByLabel("رمز المرور الجديد مرة أخرى").fill("بحر هادئ");
    await section.getByRole("button", { name: "تعيين رمز المرور" }).click();
    await section.getByText("ملاحظاتك مقفلة برمز مرور.").waitFor({ timeout: 20000 });
    // Counts in Arabic's own forms: one, 3–10 (plural) and 11+ (singular), digits as the browser's Arabic gives them.
    const options = await p.getByLabel("القفل تلقائيًا بعد عدم استخدام التطبيق لمدة").locator("option").allInnerTexts();
    assert.equal(options.length, 4);
    assert.deepEqual(options.slice(0, 2), ["بدون قفل تلقائي", "دقيقة واحدة"]);
    assert.match(options[2], /^(5|٥) دقائق$/);
    assert.match(options[3], /^(15|١٥) دقيقة$/);
    await p.reload();
    await h1(p, "ملاحظاتك مقفلة");
    assert.deepEqual(c.errors, []);
  } finally {
    await c.close();
  }
});
