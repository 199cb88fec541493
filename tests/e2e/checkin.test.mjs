// The weekly check-in, as she would use it on a phone: a PHQ-9 one question per screen, a draft
// that survives closing the app, the safety screen at once for any self-harm answer above 0, the
// result and history with trend, edit, delete with undo, the calendar reminder, and the clinic's
// questionnaire files (tested with the placeholder EPDS file only; never the EPDS wording).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { JOURNAL_KEY, PHQ9_CODES, copyDist, launch, open, stored, seedHelper } from "./harness.mjs";

const DRAFT_KEY = "between-sessions:default:draft:checkin";
const FREQ = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
const PLACEHOLDER = new URL("../fixtures/clinic/epds-placeholder.json", import.meta.url);

/** Answer the question on screen by tapping the answer's label. */
async function tap(page, answer) {
  await page.getByRole("radiogroup").getByRole("radio", { name: answer, exact: true }).click();
}

async function questionIs(page, n, of) {
  await page.getByText(`Question ${n} of ${of}`, { exact: true }).waitFor();
}

/** Do a whole PHQ-9 from /checkin with item scores (9 numbers); returns at the result page. */
async function completePhq9(page, scores, { since = "", people = "" } = {}) {
  await page.getByRole("link", { name: "Start PHQ-9" }).click();
  for (let i = 0; i < 9; i++) {
    await questionIs(page, i + 1, 10);
    await tap(page, FREQ[scores[i]]);
    if (i === 8 && scores[8] > 0) {
      await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
      await page.getByRole("button", { name: "Continue my check-in" }).click();
    }
  }
  await questionIs(page, 10, 10);
  await tap(page, "Somewhat difficult");
  await page.getByLabel("How have you been since we last met?").fill(since);
  await page.getByLabel("What happened with people in your life this week?").fill(people);
  await page.getByRole("button", { name: "Review my answers" }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await page.getByRole("heading", { level: 1, name: "Your PHQ-9 result" }).waitFor();
}

/** A PHQ-9 draft with items 1–8 answered "Not at all", waiting on item 9. */
function draftAtItem9() {
  const answers = Array.from({ length: 8 }, (_, i) => ({ item: `phq9.${i + 1}`, option: PHQ9_CODES[0], score: 0 }));
  return JSON.stringify({
    draft: { measure: "phq9", answers, current: 8, since_last_met: "", people_this_week: "" },
    reviewing: false,
    return_to_review: false,
    safety_open: false,
    editing: null,
  });
}

test("a PHQ-9 one question per screen: back keeps answers, review and change, result, and the history after a reload", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Check-in" }).waitFor();
    assert.equal(await nav.getByRole("link", { name: "Check-in" }).getAttribute("aria-current"), "page");
    // The EPDS waits for the clinic's wording.
    await page.getByText("Available when your clinic enables it.").waitFor();
    assert.equal(await page.getByRole("link", { name: "Start EPDS" }).count(), 0);
    await page.getByRole("link", { name: "Start PHQ-9" }).click();
    assert.equal(new URL(page.url()).pathname, "/checkin/new/phq9");

    // The instruction, recall period and wording source; progress in words and as a bar.
    await page.getByText("Over the last 2 weeks, how often have you been bothered by any of the following problems?").waitFor();
    await page.getByText("Last 2 weeks", { exact: true }).waitFor();
    await page.getByText("Wording built into the app, in English.").waitFor();
    await questionIs(page, 1, 10);
    const bar = page.getByRole("progressbar", { name: "Check-in progress" });
    assert.equal(await bar.getAttribute("value"), "1");
    assert.equal(await bar.getAttribute("max"), "10");
    await page.getByRole("heading", { level: 2, name: "Little interest or pleasure in doing things" }).waitFor();
    const group = page.getByRole("radiogroup", { name: "Little interest or pleasure in doing things" });
    assert.equal(await group.getByRole("radio").count(), 4);

    // Items 1–3: "Several days"; a tap moves on at once.
    for (let i = 1; i <= 3; i++) {
      await questionIs(page, i, 10);
      await tap(page, "Several days");
    }
    await questionIs(page, 4, 10);
    assert.equal(await page.getByRole("progressbar", { name: "Check-in progress" }).getAttribute("value"), "4");
    // Back, and the answer is still chosen; Next goes on without changing it.
    await page.getByRole("button", { name: "Back" }).click();
    await questionIs(page, 3, 10);
    assert.ok(await page.getByRole("radio", { name: "Several days" }).isChecked());
    await page.getByRole("button", { name: "Next" }).click();
    await questionIs(page, 4, 10);
    assert.equal(await page.getByRole("button", { name: "Next" }).isDisabled(), true, "a scored question needs an answer");
    // With the keyboard, arrow keys only select (never skipping a question); Next moves on.
    await page.getByRole("radio", { name: "Not at all" }).focus();
    await page.keyboard.press("ArrowDown");
    assert.ok(await page.getByRole("radio", { name: "Several days" }).isChecked());
    await questionIs(page, 4, 10);
    await page.getByRole("button", { name: "Next" }).click();
    for (let i = 5; i <= 8; i++) {
      await questionIs(page, i, 10);
      await tap(page, "Several days");
    }
    // Item 9 "Not at all": no safety screen, straight on.
    await questionIs(page, 9, 10);
    await tap(page, "Not at all");
    await questionIs(page, 10, 10);
    assert.equal(await page.getByRole("heading", { name: "You are not alone" }).count(), 0);
    // The unscored difficulty question may be skipped.
    await page.getByRole("button", { name: "Skip" }).click();

    await page.getByLabel("How have you been since we last met?").fill("Tired, but I went for a walk.");
    await page.getByLabel("What happened with people in your life this week?").fill("My sister came round.");
    await page.getByRole("button", { name: "Review my answers" }).click();
    await page.getByRole("heading", { level: 1, name: "PHQ-9 check-in" }).waitFor();
    await page.getByText("Check your answers.", { exact: false }).waitFor();
    await page.getByText("Skipped").waitFor();
    // Change answer 3 from the review; back to the review after one tap.
    await page.getByRole("button", { name: "Change answer 3" }).click();
    await questionIs(page, 3, 10);
    await tap(page, "More than half the days");
    await page.getByRole("button", { name: "Save check-in" }).waitFor();
    await page.getByRole("button", { name: "Save check-in" }).click();

    // The result: total, band, the screening note, notes.
    await page.getByRole("heading", { level: 1, name: "Your PHQ-9 result" }).waitFor();
    const result = page.getByRole("region", { name: "Total" });
    await result.getByText("9", { exact: true }).waitFor();
    await result.getByText("out of 27").waitFor();
    await result.getByText("Mild", { exact: true }).waitFor();
    await result.getByText("a screening measure, not a diagnosis", { exact: false }).waitFor();
    await page.getByText("My sister came round.").waitFor();
    assert.equal(await stored(page, DRAFT_KEY), null, "the draft is gone once saved");

    // Reload: it is kept, and the history shows it with its total and band.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Your PHQ-9 result" }).waitFor();
    await page.getByRole("link", { name: "History and trend" }).click();
    await page.getByRole("heading", { level: 1, name: "History and trend" }).waitFor();
    const entries = page.getByRole("region", { name: "Every check-in" }).getByRole("listitem");
    assert.equal(await entries.count(), 1);
    await entries.first().getByText("PHQ-9: 9, Mild").waitFor();
    const chart = page.getByRole("img", { name: /Chart of PHQ-9 totals: one check-in, 9 on .* \(Mild\)/ });
    await chart.waitFor();
    await page.getByText("PHQ-9 totals as a table").click();
    const table = page.getByRole("table", { name: "PHQ-9 totals, newest first" });
    await table.getByRole("cell", { name: "Mild" }).waitFor();

    // The home card says this week is done, with the last score.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "This week" }).click();
    const card = page.getByRole("region", { name: "Weekly check-in" });
    await card.getByText("Done for this week.", { exact: false }).waitFor();
    await card.getByText("Last PHQ-9: 9 (Mild).").waitFor();

    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    const saved = Object.values(doc.journal.checkins);
    assert.equal(saved.length, 1);
    assert.equal(saved[0].data.measure, "phq9");
    assert.equal(saved[0].data.safety_flag, false);
    assert.equal(saved[0].data.answers.find((a) => a.item === "phq9.3").score, 2);
    assert.equal(saved[0].data.since_last_met, "Tired, but I went for a walk.");
    assert.deepEqual(b.outside, [], "no request may leave 127.0.0.1");
    assert.deepEqual(b.errors, [], "no page or CSP errors");
  } finally {
    await b.close();
  }
});

test("a draft survives closing the app mid-way: same question, answers and notes kept", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/checkin");
    await page.getByRole("link", { name: "Start GAD-7" }).click();
    await tap(page, "Nearly every day");
    await tap(page, "Several days");
    await tap(page, "Not at all");
    await questionIs(page, 4, 7);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "GAD-7 check-in" }).waitFor();
    await questionIs(page, 4, 7);
    await page.getByRole("button", { name: "Back" }).click();
    await questionIs(page, 3, 7);
    assert.ok(await page.getByRole("radio", { name: "Not at all" }).isChecked());
    await page.getByRole("button", { name: "Back" }).click();
    assert.ok(await page.getByRole("radio", { name: "Several days" }).isChecked());

    // Home offers to carry on; so does the check-in page.
    await open(page, b.base, "/");
    const card = page.getByRole("region", { name: "Weekly check-in" });
    await card.getByText("Your GAD-7 is kept, with 3 answered.", { exact: false }).waitFor();
    await card.getByRole("link", { name: "Continue the GAD-7" }).click();
    await questionIs(page, 2, 7);
    // Tapping the answer already chosen moves on too.
    assert.ok(await page.getByRole("radio", { name: "Several days" }).isChecked());
    for (let i = 2; i <= 7; i++) await tap(page, "Several days");
    // Notes are kept as she types, even if she closes the app before moving on.
    await page.getByLabel("How have you been since we last met?").fill("Half a sentence");
    await page.waitForTimeout(700);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "GAD-7 check-in" }).waitFor();
    assert.equal(await page.getByLabel("How have you been since we last met?").inputValue(), "Half a sentence");
    // Starting another measure does not silently drop the GAD-7.
    await open(page, b.base, "/checkin/new/phq9");
    await page.getByRole("heading", { level: 2, name: "You have a GAD-7 started" }).waitFor();
    await page.getByRole("link", { name: "Continue the GAD-7" }).click();
    await page.getByRole("button", { name: "Review my answers" }).click();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Your GAD-7 result" }).waitFor();
    await page.getByRole("region", { name: "Total" }).getByText("Mild", { exact: true }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("an item 9 answer above 0 shows the safety screen at once, with her people and her country's contacts, and the flag is kept", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    await page.getByLabel("Country for crisis contacts").selectOption({ label: "United States" });
    // Her own helper, from her sick-role plan.
    await seedHelper(page, "Sam", "+1 555 010 2000");
    await open(page, b.base, "/checkin");
    await completePhq9(page, [1, 1, 1, 1, 0, 0, 0, 0, 2], { people: "Talked to Sam." });
    // (completePhq9 checked that the safety screen came straight after item 9.)
    await page.getByRole("region", { name: "You are not alone" }).getByRole("link", { name: "Get help now" }).waitFor();
    await page.getByRole("region", { name: "Total" }).getByText("6", { exact: true }).waitFor();
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    const saved = Object.values(doc.journal.checkins);
    assert.equal(saved[0].data.safety_flag, true);
    await page.getByRole("link", { name: "History and trend" }).click();
    await page.getByRole("region", { name: "Every check-in" }).getByText("Safety question answered").waitFor();

    // Answers 1 and 3 from a draft waiting on item 9; the screen's content, and continuing.
    for (const answer of [1, 3]) {
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, draftAtItem9()]);
      await open(page, b.base, "/checkin/new/phq9");
      await questionIs(page, 9, 10);
      await tap(page, FREQ[answer]);
      await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
      await page.getByText("This app is not monitored by anyone", { exact: false }).waitFor();
      await page.getByRole("heading", { level: 2, name: "Crisis contacts in United States" }).waitFor();
      assert.equal(await page.getByRole("link", { name: "Call 988" }).getAttribute("href"), "tel:988");
      const people = page.getByRole("region", { name: "Your own people" });
      assert.equal(await people.getByRole("link", { name: "Call Sam" }).getAttribute("href"), "tel:+15550102000");
      // Still the safety screen after a reload: it is shown before she continues.
      await page.reload();
      await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
      await page.getByRole("button", { name: "Continue my check-in" }).click();
      await questionIs(page, 10, 10);
      const draft = JSON.parse(await stored(page, DRAFT_KEY));
      assert.equal(draft.draft.answers.find((a) => a.item === "phq9.9").score, answer);
    }
    // Answer 0 never shows it.
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, draftAtItem9()]);
    await open(page, b.base, "/checkin/new/phq9");
    await tap(page, "Not at all");
    await questionIs(page, 10, 10);
    assert.equal(await page.getByRole("heading", { name: "You are not alone" }).count(), 0);

    // The always-available safety page lists her people too.
    await page.getByRole("link", { name: "Get help now" }).first().click();
    await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
    await page.getByRole("region", { name: "Your own people" }).getByRole("link", { name: "Call Sam" }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("edit a past check-in, then delete it and undo", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/checkin");
    await completePhq9(page, [0, 0, 0, 0, 0, 0, 0, 0, 0]);
    await page.getByRole("region", { name: "Total" }).getByText("None–minimal").waitFor();
    const path = new URL(page.url()).pathname;

    await page.getByRole("link", { name: "Change this check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Change your PHQ-9" }).waitFor();
    await page.getByRole("button", { name: "Change answer 1", exact: true }).click();
    await tap(page, "Nearly every day");
    await page.getByRole("button", { name: "Change notes" }).click();
    await page.getByLabel("How have you been since we last met?").fill("Added later.");
    await page.getByRole("button", { name: "Review my answers" }).click();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { level: 1, name: "Your PHQ-9 result" }).waitFor();
    assert.equal(new URL(page.url()).pathname, path, "the same record");
    await page.getByRole("region", { name: "Total" }).getByText("3", { exact: true }).waitFor();
    await page.getByText("Added later.").waitFor();
    let doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(Object.keys(doc.journal.checkins).length, 1, "changed, not added");

    await page.getByRole("button", { name: "Delete this check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "History and trend" }).waitFor();
    const status = page.getByRole("status").filter({ hasText: "Deleted the PHQ-9" });
    await status.waitFor();
    await page.getByText("No check-ins yet.", { exact: false }).waitFor();
    doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.ok(Object.values(doc.journal.checkins)[0].deleted_at, "a tombstone, not gone");
    await status.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("status").filter({ hasText: "is back" }).waitFor();
    const entries = page.getByRole("region", { name: "Every check-in" }).getByRole("listitem");
    await entries.first().getByText("PHQ-9: 3, None–minimal").waitFor();
    doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(Object.values(doc.journal.checkins)[0].deleted_at, undefined);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a weekly reminder downloads as an .ics file for her check-in day and time", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    await page.getByLabel("My check-in day").selectOption({ label: "Thursday" });
    await open(page, b.base, "/checkin");
    await page.getByText("for your check-in day, Thursday", { exact: false }).waitFor();
    await page.getByLabel("Reminder time").fill("07:30");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download calendar reminder" }).click(),
    ]);
    assert.equal(download.suggestedFilename(), "weekly-check-in.ics");
    const text = await readFile(await download.path(), "utf8");
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /\r\nRRULE:FREQ=WEEKLY;BYDAY=TH\r\n/);
    assert.match(text, /\r\nDTSTART:\d{8}T073000\r\n/);
    await page.getByRole("status").filter({ hasText: "every Thursday at 07:30" }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("clinic files: a bad file is explained, the placeholder EPDS file enables the EPDS and is kept offline", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    const input = page.getByLabel("Load clinic questionnaire file");
    await input.setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{ this is not json") });
    const alert = page.getByRole("alert").filter({ hasText: "This file could not be used." });
    await alert.waitFor();
    await alert.getByText("not readable JSON", { exact: false }).waitFor();
    // A well-formed file with a missing item says which.
    const partial = JSON.parse(await readFile(PLACEHOLDER, "utf8"));
    partial.items.pop();
    await input.setInputFiles({ name: "epds.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(partial)) });
    await page.getByRole("alert").filter({ hasText: "has no text for item epds.10" }).waitFor();
    assert.equal(await stored(page, "between-sessions:clinic:epds"), null, "a refused file is not kept");

    await input.setInputFiles(PLACEHOLDER.pathname);
    await page.getByRole("status").filter({ hasText: "Loaded the EPDS wording from your clinic's file (English)." }).waitFor();
    assert.equal(await page.getByRole("alert").filter({ hasText: "could not be used" }).count(), 0);
    assert.ok(await stored(page, "between-sessions:clinic:epds"));

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await open(page, b.base, "/checkin");
    await page.getByRole("link", { name: "Start EPDS" }).click();
    await page.getByText("EPDS instruction placeholder").waitFor();
    await page.getByText("Wording from your clinic's file, in English.").waitFor();
    await questionIs(page, 1, 10);
    await page.getByRole("heading", { level: 2, name: "EPDS item 1 placeholder" }).waitFor();
    for (let i = 1; i <= 9; i++) await tap(page, "Option A (placeholder)");
    // Item 10's first printed option scores 3: the safety screen at once.
    await questionIs(page, 10, 10);
    await tap(page, "Option A (placeholder)");
    await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
    await page.getByRole("button", { name: "Continue my check-in" }).click();
    await page.getByRole("button", { name: "Review my answers" }).click();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Your EPDS result" }).waitFor();
    await page.getByText("EPDS-3A anxiety subscale", { exact: false }).waitFor();
    await page.getByRole("region", { name: "Total" }).getByText("a screening measure, not a diagnosis", { exact: false }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a clinic file placed beside the app at /clinic/epds.json is picked up at start", async () => {
  const dir = await copyDist();
  await mkdir(join(dir, "clinic"), { recursive: true });
  await writeFile(join(dir, "clinic", "epds.json"), await readFile(PLACEHOLDER));
  // As a clinic does after placing its files: list them for the app (scripts/clinic-manifest.mjs).
  execFileSync("node", ["scripts/clinic-manifest.mjs", dir]);
  const b = await launch({ dir });
  try {
    const { page } = b;
    await open(page, b.base, "/checkin");
    await page.getByRole("link", { name: "Start EPDS" }).waitFor();
    assert.ok(await stored(page, "between-sessions:clinic:epds"), "kept for offline use");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("in Spanish and Arabic: the check-in speaks her language, dates in it, while the PHQ-9 keeps its English wording marked lang=en", async () => {
  const b = await launch({ locale: "es" });
  try {
    const { page } = b;
    await open(page, b.base, "/checkin");
    await page.getByRole("heading", { level: 1, name: "Registro semanal" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Elige un cuestionario" }).waitFor();
    await page.getByText("Disponible cuando tu clínica lo active.").waitFor();
    await page.getByRole("button", { name: "Descargar recordatorio de calendario" }).waitFor();
    await page.getByRole("link", { name: "Empezar PHQ-9" }).click();

    // The questions stay in the language they were validated in, marked so for screen readers.
    await page.getByRole("heading", { level: 1, name: "Registro PHQ-9" }).waitFor();
    await page.getByText("Pregunta 1 de 10", { exact: true }).waitFor();
    await page.getByText("Estas preguntas están en inglés", { exact: false }).waitFor();
    await page.getByText("Texto incluido en la app, en inglés.").waitFor();
    const question = page.getByRole("heading", { level: 2, name: "Little interest or pleasure in doing things" });
    assert.equal(await question.getAttribute("lang"), "en");
    assert.equal(await page.locator(".checkin-choice span").first().getAttribute("lang"), "en");
    assert.ok(await page.getByRole("progressbar", { name: "Progreso del registro" }).isVisible());
    for (let i = 1; i <= 9; i++) {
      await page.getByText(`Pregunta ${i} de 10`, { exact: true }).waitFor();
      await tap(page, "Not at all");
    }
    await page.getByRole("button", { name: "Saltar" }).click();
    await page.getByLabel("¿Cómo has estado desde la última vez que nos vimos?").fill("Bien.");
    await page.getByRole("button", { name: "Revisar mis respuestas" }).click();
    await page.getByRole("button", { name: "Cambiar respuesta 1", exact: true }).waitFor();
    await page.getByRole("button", { name: "Guardar registro" }).click();

    await page.getByRole("heading", { level: 1, name: "Tu resultado del PHQ-9" }).waitFor();
    const result = page.getByRole("region", { name: "Total" });
    await result.getByText("de 27").waitFor();
    await result.getByText("Ninguna o mínima", { exact: true }).waitFor();
    await result.getByText("Esto es una prueba de detección, no un diagnóstico.", { exact: false }).waitFor();
    // The day in Spanish: today's month as Spanish names it, not the English abbreviation.
    const month = await page.evaluate(() => {
      const now = new Date();
      const noon = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate(), 12);
      return [
        new Intl.DateTimeFormat("es", { month: "short", timeZone: "UTC" }).format(noon),
        new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(noon),
      ];
    });
    const day = await page.locator("main .promise").textContent();
    assert.ok(day.includes(month[0]), `"${day}" should name the month in Spanish (${month[0]})`);
    assert.ok(!day.includes(month[1]), `"${day}" should not be in English`);

    await page.getByRole("link", { name: "Historial y evolución" }).click();
    await page.getByRole("heading", { level: 1, name: "Historial y evolución" }).waitFor();
    await page.getByRole("region", { name: "Todos los registros" }).getByText("PHQ-9: 0, Ninguna o mínima").waitFor();
    await page.getByRole("img", { name: /^Gráfico de los totales del PHQ-9: un registro, 0 el / }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }

  const a = await launch({ locale: "ar" });
  try {
    const { page } = a;
    await open(page, a.base, "/checkin");
    await page.getByRole("heading", { level: 1, name: "المتابعة الأسبوعية" }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    await page.getByRole("link", { name: "ابدئي GAD-7" }).click();
    await page.getByText("هذه الأسئلة باللغة", { exact: false }).waitFor();
    const question = page.getByRole("heading", { level: 2, name: "Feeling nervous, anxious, or on edge" });
    assert.equal(await question.getAttribute("lang"), "en");
    await page.getByRole("radio", { name: "Not at all" }).waitFor();
    assert.deepEqual(a.errors, []);
  } finally {
    await a.close();
  }
});
