// Help that fits where she is: the country question on the first visit (suggested from the
// phone's language and region, skippable), "Get help now" in order (her care team first, then her
// people, then her country's lines and the emergency number), numbers checked to dialer
// characters, a clinic contacts file (a good one adds contacts, a malformed one changes nothing),
// "Is someone hurting you?", the static help page, and the lock screen opt-in.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JOURNAL_KEY, launch, open, stored } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const h2s = (page) => page.locator("main h2").allInnerTexts();

const CLINIC_FILE = JSON.stringify({
  format: "between-sessions/clinic-contacts",
  version: 1,
  clinic: "Riverside",
  contacts: [
    { role: "clinic", label: "Riverside clinic", number: "+1 555 010 4000" },
    { role: "health_worker", label: "Mama Wanjiru", number: "0700 111 222" },
  ],
});

async function loadClinicFile(page, text) {
  await page.getByLabel("Load clinic contacts file").setInputFiles({
    name: "contacts.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
}

test("a new user in the US: the country question suggests it, and Get help now puts her care team first", async () => {
  const b = await launch({ locale: "en-US" });
  const { page } = b;
  try {
    await open(page, b.base);
    const ask = page.getByRole("region", { name: "Which country are you in?" });
    await ask.getByText("Your phone’s settings suggest United States.").waitFor();
    assert.equal(await ask.getByLabel("Country").inputValue(), "US");
    await ask.getByRole("button", { name: "Save my country" }).click();
    await ask.waitFor({ state: "detached" });
    await page.reload();
    await h1(page, "This week");
    assert.equal(await page.getByRole("region", { name: "Which country are you in?" }).count(), 0, "asked once");

    // Her own therapist, typed in Settings; a number with letters is refused.
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Settings" }).click();
    await h1(page, "Settings");
    const team = page.getByRole("region", { name: "Your care team" });
    await team.getByLabel("Who is this?").selectOption({ label: "Therapist" });
    await team.getByLabel("Name").fill("Dr Amani");
    await team.getByLabel("Phone number").fill("555-CALL-NOW");
    await team.getByRole("button", { name: "Add to my care team" }).click();
    await team.getByRole("alert").getByText("A phone number cannot contain “C”: use digits, spaces and + - ( ) only.").waitFor();
    await team.getByLabel("Phone number").fill("+1 (555) 010-3000");
    await team.getByRole("button", { name: "Add to my care team" }).click();
    await team.getByRole("status").getByText("Added. It shows first on “Get help now”.").waitFor();

    // A clinic contacts file adds the clinic's contacts; a malformed one changes nothing.
    await loadClinicFile(page, CLINIC_FILE);
    await team.getByText("2 contacts from Riverside are in your care team.").waitFor();
    const before = await stored(page, JOURNAL_KEY);
    await loadClinicFile(page, CLINIC_FILE.replace("0700 111 222", "0700 CALL ME"));
    await team
      .getByText("This file was not used, and nothing changed: contact 2: A phone number cannot contain “C”: use digits, spaces and + - ( ) only.")
      .waitFor();
    await loadClinicFile(page, "{ not json");
    await team.getByText(/^This file was not used, and nothing changed: the file is not readable JSON/).waitFor();
    assert.equal(await stored(page, JOURNAL_KEY), before, "nothing stored changed");

    await page.getByRole("link", { name: "Get help now" }).first().click();
    await h1(page, "You are not alone");
    assert.deepEqual((await h2s(page)).slice(0, 4), [
      "Your care team",
      "Your own people",
      "Crisis contacts in United States",
      "Is someone hurting you?",
    ]);
    const calls = page.locator("main a[href^='tel:']");
    const hrefs = await calls.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(hrefs, ["tel:+15550103000", "tel:+15550104000", "tel:0700111222", "tel:988", "tel:18338526262", "tel:18009444773", "tel:911"]);
    assert.equal(await page.getByRole("link", { name: "Call Dr Amani" }).getAttribute("href"), "tel:+15550103000");

    // The static help page (no WASM) shows her care team, from what the app left for it.
    await page.goto(b.base + "/help.html");
    await h1(page, "You are not alone");
    assert.equal(await page.getByRole("link", { name: "Call Dr Amani" }).getAttribute("href"), "tel:+15550103000");
    await page.getByRole("heading", { level: 2, name: "Crisis contacts in United States" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Call 988" }).getAttribute("href"), "tel:988");
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("a new user in Kenya (Swahili): Kenya suggested, its lines, and the violence line on Is someone hurting you?", async () => {
  const b = await launch({ locale: "sw-KE" });
  const { page } = b;
  try {
    await open(page, b.base);
    const ask = page.getByRole("region", { name: "Uko nchi gani?" });
    assert.equal(await ask.getByLabel("Nchi").inputValue(), "KE");
    await ask.getByRole("button", { name: "Hifadhi nchi yangu" }).click();
    await ask.waitFor({ state: "detached" });
    await open(page, b.base, "/safety");
    await page.getByRole("heading", { level: 2, name: /^Namba za dharura nchini Kenya/ }).waitFor();
    const crisis = page.getByRole("region", { name: /^Namba za dharura nchini Kenya/ });
    assert.deepEqual(await crisis.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href"))), ["tel:112"]);
    await page.getByRole("link", { name: "Soma zaidi na upate msaada" }).click();
    await h1(page, "Je, kuna mtu anayekuumiza?");
    await page.getByText("HAK 1195 gender-based violence helpline").waitFor();
    assert.equal(await page.getByRole("link", { name: "Piga 1195" }).getAttribute("href"), "tel:1195");
    await page.getByText("Si kosa lako.", { exact: false }).waitFor();
    await page.getByRole("region", { name: "Ikiwa mtu anaweza kuona skrini hii" }).getByText("Toka haraka", { exact: false }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("an unknown region: nothing suggested, skippable, and she can choose her country on Get help now", async () => {
  const b = await launch({ locale: "de-DE" });
  const { page } = b;
  try {
    await open(page, b.base);
    const ask = page.getByRole("region", { name: "Which country are you in?" });
    await ask.getByRole("button", { name: "Not now" }).waitFor();
    assert.equal(await ask.getByText(/settings suggest/).count(), 0, "no suggestion");
    assert.equal(await ask.getByLabel("Country").inputValue(), "");
    await ask.getByRole("button", { name: "Not now" }).click();
    await ask.waitFor({ state: "detached" });
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(doc.journal.settings.data.country_asked, true);
    assert.equal(doc.journal.settings.data.country ?? "", "");

    await page.getByRole("link", { name: "Get help now" }).first().click();
    await h1(page, "You are not alone");
    const crisis = page.getByRole("region", { name: "Crisis contacts", exact: true });
    await crisis.getByText("Your local emergency number").waitFor();
    await crisis.getByLabel("Which country are you in?").selectOption({ label: "Uganda" });
    const uganda = page.getByRole("region", { name: "Crisis contacts in Uganda" });
    await uganda.getByText("Ask your health worker or clinic which local services can help", { exact: false }).waitFor();
    assert.equal(await uganda.locator("a[href^='tel:']").count(), 0, "no number that could not be verified");
    const saved = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(saved.journal.settings.data.country, "UG");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the lock screen shows her country's lines only when she opts in on the device", async () => {
  const b = await launch({ locale: "en-US" });
  const { page } = b;
  try {
    await open(page, b.base, "/settings");
    await page.getByLabel("Country for crisis contacts").selectOption({ label: "United Kingdom" });
    const section = page.getByRole("region", { name: "Passcode", exact: true });
    await section.getByLabel("New passcode", { exact: true }).fill("tea time");
    await section.getByLabel("New passcode again").fill("tea time");
    await section.getByRole("button", { name: "Set passcode" }).click();
    await section.getByText("Your notes are locked with a passcode.").waitFor({ timeout: 20000 });
    await page.reload();
    await h1(page, "Your notes are locked");
    assert.equal(await page.getByText("United Kingdom").count(), 0, "off by default: nothing of hers");
    assert.equal(await stored(page, "between-sessions:help"), null, "nothing for the help page either");
    await page.getByLabel("Passcode").fill("tea time");
    await page.getByRole("button", { name: "Unlock" }).click();
    await h1(page, "Settings");
    await page.getByRole("checkbox", { name: "Show my country’s helplines while locked" }).check();
    await page.reload();
    await h1(page, "Your notes are locked");
    await page.getByRole("heading", { level: 2, name: "Crisis contacts in United Kingdom" }).waitFor();
    assert.equal(await page.getByRole("link", { name: "Call 116 123" }).getAttribute("href"), "tel:116123");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
