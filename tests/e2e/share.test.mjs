// Share with the therapist, and never lose a note: the therapist summary (print-ready, safety
// first), CSV and FHIR downloads, the offline QR handoff, backup and restore (plain and locked),
// every bad backup file changing nothing, a full phone keeping her input, and two tabs both saving.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, allStorage, download, launch, open, stored, waitForOffline } from "./harness.mjs";

const FIXTURE = new URL("../fixtures/journals/v1-sample.json", import.meta.url);
const fixtureText = () => readFile(FIXTURE, "utf8");

/** Put the pinned sample journal (February 2026) into this profile and open `path`. */
async function seed(b, path = "/share") {
  await open(b.page, b.base);
  const text = await fixtureText();
  await b.page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, text]);
  await open(b.page, b.base, path);
}

/** Choose February 2026 on the share screen. */
async function chooseFebruary(page) {
  await page.getByLabel("First day").fill("2026-02-01");
  await page.getByLabel("Last day").fill("2026-02-28");
  await page.getByRole("status").filter({ hasText: "4 weeks with check-ins from 1 Feb 2026 to 28 Feb 2026." }).waitFor();
}

/** Pick a file for restore. */
async function pickBackup(page, name, text) {
  await page.getByLabel("Choose a backup file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text, "utf8"),
  });
}

/** Wait until the stored journal satisfies `check`. */
async function waitStored(page, check, what) {
  for (let i = 0; i < 100; i++) {
    const raw = await stored(page, JOURNAL_KEY);
    const doc = raw ? JSON.parse(raw) : null;
    if (doc && check(doc)) return doc;
    await page.waitForTimeout(50);
  }
  assert.fail(`stored journal never showed: ${what}`);
}

test("the therapist summary: chosen weeks and sections, safety first, one printed page", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await seed(b, "/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const places = await nav.getByRole("link").allTextContents();
    assert.equal(places.at(-1).trim(), "Share", `Share is the last place: ${places}`);
    await nav.getByRole("link", { name: "Share" }).click();
    await page.getByRole("heading", { level: 1, name: "Share with your therapist" }).waitFor();
    assert.equal(await nav.getByRole("link", { name: "Share" }).getAttribute("aria-current"), "page");
    await chooseFebruary(page);
    // Leave out the sick-role plan; safety cannot be left out.
    await page.getByLabel("Sick-role plan").uncheck();
    await page.getByText("The summary starts with the weeks you reported thoughts of hurting yourself.").waitFor();
    await page.getByRole("link", { name: "See the summary" }).click();
    await page.getByRole("heading", { level: 1, name: "Summary for my therapist" }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.pathname, "/share/summary");
    assert.equal(url.searchParams.get("from"), "2026-02-01");
    assert.equal(url.searchParams.get("to"), "2026-02-28");

    const h2 = await page.getByRole("heading", { level: 2 }).allTextContents();
    // Her words week by week and the plan for after the last session are shared too (#16).
    assert.deepEqual(h2, [
      "Safety",
      "Weekly scores",
      "Week by week",
      "Focus and worksheets",
      "Experiments",
      "Closeness circle",
      "Plan for after the last session",
    ]);
    const safety = page.getByRole("region", { name: "Safety" });
    await safety.getByText("2 Feb 2026 PHQ-9: self-harm thoughts reported (self-harm item scored 1).").waitFor();
    const table = page.getByRole("table");
    assert.equal(await table.getByRole("row").count(), 5, "a header and four weeks");
    assert.deepEqual(
      (await table.getByRole("columnheader").allTextContents()).slice(0, 3),
      ["Week of", "PHQ-9", "GAD-7"],
    );
    await page.getByRole("img", { name: /^PHQ-9: \d+ → \d+ over 4 weeks/ }).waitFor();
    await page.getByText("Role transition, since 16 Feb 2026.").waitFor();
    await page.getByText("What happened: He agreed to Tuesdays").waitFor();
    await page.getByRole("region", { name: "Closeness circle" }).getByText("Amani (partner)").waitFor();
    await page.getByText("This is a screening measure, not a diagnosis.").waitFor();
    assert.equal(await page.getByText("Amani and Mama").count(), 0, "the plan was left out");

    // The print button calls window.print().
    await page.evaluate(() => { window.print = () => { window.__printed = true; }; });
    await page.getByRole("button", { name: "Print or save as PDF" }).click();
    assert.equal(await page.evaluate(() => window.__printed), true);
    // Printed: no app chrome, no buttons, and it fits on one page.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.getByRole("navigation", { name: "Main" }).isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "Print or save as PDF" }).isVisible(), false);
    const pdf = (await page.pdf({ format: "A4", preferCSSPageSize: true })).toString("latin1");
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, "the summary prints on one page");
    await page.emulateMedia({ media: "screen" });

    // Back keeps her choices.
    await page.getByRole("link", { name: "Back to Share" }).click();
    await page.getByRole("heading", { level: 1, name: "Share with your therapist" }).waitFor();
    assert.equal(await page.getByLabel("Sick-role plan").isChecked(), false);
    assert.equal(await page.getByLabel("First day").inputValue(), "2026-02-01");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("CSV and FHIR downloads have sensible names and the chosen check-ins", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await seed(b);
    await chooseFebruary(page);
    await page.getByLabel("Your name for your therapist (optional)").fill("R.M.");
    await page.getByLabel("Your name for your therapist (optional)").blur();
    await waitStored(page, (d) => d.journal.settings?.data.share_label === "R.M.", "the label");

    const csv = await download(page, page.getByRole("button", { name: "Download check-ins (CSV)" }));
    assert.equal(csv.name, "between-sessions-checkins-2026-02-01-to-2026-02-28.csv");
    const lines = csv.text.split(/\r?\n/);
    assert.match(lines[0], /^date,measure,item_1,.*,total,max,band,safety_flag,self_harm_item,difficulty,since_last_met,people_this_week$/);
    const records = lines.filter((l) => /^2026-02-\d\d,/.test(l));
    assert.equal(records.length, 8, "eight live check-ins in February (a ninth was deleted)");
    assert.ok(records.some((l) => l.startsWith("2026-02-02,PHQ-9,") && l.includes(",yes,")), "the flagged PHQ-9");
    await page.getByRole("status").filter({ hasText: `Saved to your downloads: ${csv.name}` }).waitFor();

    const fhir = await download(page, page.getByRole("button", { name: "Download check-ins (FHIR)" }));
    assert.equal(fhir.name, "between-sessions-fhir-2026-02-01-to-2026-02-28.json");
    const bundle = JSON.parse(fhir.text);
    assert.equal(bundle.resourceType, "Bundle");
    assert.equal(bundle.type, "collection");
    const kinds = bundle.entry.map((e) => e.resource.resourceType);
    assert.equal(kinds.filter((k) => k === "QuestionnaireResponse").length, 8);
    const patient = bundle.entry.find((e) => e.resource.resourceType === "Patient").resource;
    assert.deepEqual(patient.name, [{ text: "R.M." }]);

    // A narrower range gives fewer rows.
    await page.getByLabel("First day").fill("2026-02-15");
    const later = await download(page, page.getByRole("button", { name: "Download check-ins (CSV)" }));
    assert.equal(later.name, "between-sessions-checkins-2026-02-15-to-2026-02-28.csv");
    assert.equal(later.text.split(/\r?\n/).filter((l) => /^2026-02-\d\d,/.test(l)).length, 4);
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the system share sheet is offered only where the browser has it, with the file itself", async () => {
  const b = await launch();
  try {
    const { page, context } = b;
    await seed(b);
    // Desktop Linux Chromium has no navigator.share: only downloads are offered.
    assert.equal(await page.evaluate(() => typeof navigator.share), "undefined");
    await page.getByRole("button", { name: "Download check-ins (CSV)" }).waitFor();
    assert.equal(await page.getByRole("button", { name: /^Send / }).count(), 0);
    // A phone browser's share sheet (stand-in): canShare accepts files, share records what it got.
    await context.addInitScript(() => {
      navigator.canShare = (d) => Boolean(d && d.files && d.files.length);
      navigator.share = async (d) => {
        window.__shared = await Promise.all(d.files.map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })));
      };
    });
    await page.reload();
    await chooseFebruary(page);
    await page.getByRole("button", { name: "Send check-ins (CSV)" }).click();
    await page.getByRole("status").filter({ hasText: "Shared between-sessions-checkins-2026-02-01-to-2026-02-28.csv." }).waitFor();
    const [file] = await page.evaluate(() => window.__shared);
    assert.equal(file.name, "between-sessions-checkins-2026-02-01-to-2026-02-28.csv");
    assert.equal(file.type, "text/csv");
    assert.match(file.text, /^date,measure,item_1,/);
    await page.getByRole("button", { name: "Download check-ins (FHIR)" }).waitFor();
    await page.getByRole("button", { name: "Send check-ins (FHIR)" }).waitFor();
    await open(page, b.base, "/share/backup");
    await page.getByRole("button", { name: "Send backup file" }).click();
    await page.getByRole("status").filter({ hasText: "Backup saved" }).waitFor();
    const [backup] = await page.evaluate(() => window.__shared);
    assert.match(backup.name, /^between-sessions-backup-\d{4}-\d\d-\d\d\.json$/);
    assert.equal(JSON.parse(backup.text).format, "between-sessions/journal");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("backup on one phone, restore on a fresh one: the same records; the home nudge goes away", async () => {
  const a = await launch();
  const fresh = await launch();
  try {
    await seed(a, "/");
    const nudge = a.page.getByRole("region", { name: "Keep a copy of your notes" });
    await nudge.waitFor();
    await nudge.getByRole("link", { name: "Make a backup" }).click();
    await a.page.getByRole("heading", { level: 1, name: "Backup and restore" }).waitFor();
    const file = await download(a.page, a.page.getByRole("button", { name: "Save backup file" }));
    assert.match(file.name, /^between-sessions-backup-\d{4}-\d\d-\d\d\.json$/);
    await a.page.getByRole("status").filter({ hasText: `Backup saved: ${file.name}` }).waitFor();
    const backup = JSON.parse(file.text);
    assert.equal(backup.format, "between-sessions/journal");
    assert.equal(backup.schema, 1);
    const mine = await waitStored(a.page, (d) => d.journal.last_backup_at !== "2026-02-20T08:00:00+03:00", "last_backup_at updated");
    assert.equal(mine.journal.last_backup_at, backup.journal.last_backup_at);
    await a.page.getByText("Your last backup was today.").waitFor();
    await a.page.getByRole("link", { name: "Between Sessions" }).click();
    await a.page.getByRole("heading", { level: 1, name: "This week" }).waitFor();
    assert.equal(await nudge.count(), 0, "no nudge right after a backup");

    // A fresh phone: nothing to back up, so no nudge; then restore.
    await open(fresh.page, fresh.base);
    assert.equal(await fresh.page.getByRole("region", { name: "Keep a copy of your notes" }).count(), 0);
    await open(fresh.page, fresh.base, "/share/backup");
    await pickBackup(fresh.page, file.name, file.text);
    const preview = fresh.page.getByRole("status").filter({ hasText: "This backup can be restored." });
    await preview.waitFor();
    await preview.getByText(/Restoring it: \d+ added, 4 updated from the backup, 0 already up to date\./).waitFor();
    assert.equal(await stored(fresh.page, JOURNAL_KEY), null, "nothing is written before she confirms");
    await fresh.page.getByRole("button", { name: "Restore" }).click();
    await fresh.page.getByRole("status").filter({ hasText: "Restored." }).waitFor();
    const theirs = JSON.parse(await stored(fresh.page, JOURNAL_KEY));
    for (const k of ["checkins", "people", "selfcare", "support", "events", "worksheets", "experiments"]) {
      assert.deepEqual(theirs.journal[k], mine.journal[k], `${k} restored exactly`);
    }
    for (const k of ["settings", "sick_role_plan", "focus", "ending"]) {
      assert.deepEqual(theirs.journal[k], mine.journal[k], `${k} restored exactly`);
    }
    // And she sees the same weeks.
    await fresh.page.getByRole("link", { name: "Back to Share" }).click();
    await chooseFebruary(fresh.page);
    assert.deepEqual(a.outside, []);
    assert.deepEqual(fresh.outside, []);
    assert.deepEqual([...a.errors, ...fresh.errors], []);
  } finally {
    await a.close();
    await fresh.close();
  }
});

test("a passphrase-locked backup: unreadable without it, restored with it", async () => {
  const a = await launch();
  const fresh = await launch();
  try {
    await seed(a, "/share/backup");
    await a.page.getByLabel("Lock it with a passphrase").check();
    await a.page.getByLabel("Passphrase", { exact: true }).fill("short");
    await a.page.getByLabel("Passphrase again").fill("short");
    await a.page.getByRole("button", { name: "Save backup file" }).click();
    await a.page.getByRole("alert").filter({ hasText: "at least 8 characters" }).waitFor();
    await a.page.getByLabel("Passphrase", { exact: true }).fill("green tea at noon");
    await a.page.getByLabel("Passphrase again").fill("green tea at noon");
    const file = await download(a.page, a.page.getByRole("button", { name: "Save backup file" }));
    assert.match(file.name, /^between-sessions-backup-\d{4}-\d\d-\d\d-locked\.json$/);
    const env = JSON.parse(file.text);
    assert.equal(env.format, "between-sessions/encrypted-backup");
    assert.equal(env.kdf, "PBKDF2-SHA-256");
    assert.equal(env.iterations, 600000);
    assert.ok(!file.text.includes("Amani"), "nothing readable inside");

    await open(fresh.page, fresh.base, "/share/backup");
    await pickBackup(fresh.page, file.name, file.text);
    await fresh.page.getByText("This backup is locked with a passphrase.").waitFor();
    await fresh.page.getByLabel("Backup passphrase").fill("green tea at night");
    await fresh.page.getByRole("button", { name: "Open backup" }).click();
    await fresh.page.getByRole("alert").filter({ hasText: "That passphrase does not open this backup." }).waitFor();
    assert.equal(await stored(fresh.page, JOURNAL_KEY), null);
    await fresh.page.getByLabel("Backup passphrase").fill("green tea at noon");
    await fresh.page.getByRole("button", { name: "Open backup" }).click();
    await fresh.page.getByRole("status").filter({ hasText: "This backup can be restored." }).waitFor();
    await fresh.page.getByRole("button", { name: "Restore" }).click();
    await fresh.page.getByRole("status").filter({ hasText: "Restored." }).waitFor();
    const theirs = JSON.parse(await stored(fresh.page, JOURNAL_KEY));
    const mine = JSON.parse(await stored(a.page, JOURNAL_KEY));
    assert.deepEqual(theirs.journal.checkins, mine.journal.checkins);
    assert.deepEqual(theirs.journal.people, mine.journal.people);
    assert.deepEqual([...a.errors, ...fresh.errors], []);
  } finally {
    await a.close();
    await fresh.close();
  }
});

test("every bad backup file gets its own message and changes nothing", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await seed(b, "/share/backup");
    // A real locked backup to try with the wrong passphrase.
    await page.getByLabel("Lock it with a passphrase").check();
    await page.getByLabel("Passphrase", { exact: true }).fill("the right one");
    await page.getByLabel("Passphrase again").fill("the right one");
    const locked = await download(page, page.getByRole("button", { name: "Save backup file" }));
    await page.getByRole("status").filter({ hasText: "Backup saved" }).waitFor();

    const good = await fixtureText();
    const cases = [
      ["empty.json", "", "This file is empty."],
      ["checkins.csv", "date,measure,total\n2026-02-02,phq9,15\n", "This is not a Between Sessions backup file."],
      ["cut.json", good.slice(0, Math.floor(good.length / 2)), "This backup file is incomplete"],
      ["bundle.json", JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [] }), "This file comes from another app"],
      ["newer.json", good.replace('"schema": 1', '"schema": 2'), "made by a newer version of Between Sessions (format 2)"],
      ["damaged.json", good.replace('"created_at": "2026-02-02T21:00:00+03:00"', '"created_at": "yesterday"'), "This backup file is damaged"],
    ];
    assert.notEqual(cases[4][1], good, "the newer-version case really changed the schema");
    const before = await allStorage(page);
    for (const [name, text, message] of cases) {
      await pickBackup(page, name, text);
      const alert = page.getByRole("alert").filter({ hasText: message });
      await alert.waitFor();
      assert.match(await alert.textContent(), /Nothing was changed\.$/, name);
      assert.equal(await page.getByRole("button", { name: "Restore" }).count(), 0, `${name}: no restore offered`);
      assert.deepEqual(await allStorage(page), before, `${name} changed nothing`);
    }
    // The wrong passphrase for a locked one.
    await pickBackup(page, locked.name, locked.text);
    await page.getByLabel("Backup passphrase").fill("the wrong one");
    await page.getByRole("button", { name: "Open backup" }).click();
    await page.getByRole("alert").filter({ hasText: "That passphrase does not open this backup. Check it and try again. Nothing was changed." }).waitFor();
    assert.deepEqual(await allStorage(page), before, "a wrong passphrase changed nothing");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a full phone: 'Not saved', her typing stays on screen, and saving works once there is room", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/share");
    // Fill this origin's storage to the last byte with junk.
    const junk = await page.evaluate(() => {
      let i = 0;
      let size = 1 << 20;
      while (size >= 1) {
        try {
          localStorage.setItem(`junk:${i}`, "x".repeat(size));
          i++;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return i;
    });
    assert.ok(junk > 0);
    const field = page.getByLabel("Your name for your therapist (optional)");
    await field.fill("Rosa M.");
    const alert = page.getByRole("alert").filter({ hasText: "Not saved." });
    await alert.waitFor();
    await alert.getByText("storage for this app is full", { exact: false }).waitFor();
    assert.equal(await field.inputValue(), "Rosa M.", "the typed value is still on screen");
    const raw = await stored(page, JOURNAL_KEY);
    assert.ok(!raw || !raw.includes("Rosa M."), "it really was not saved");
    // Make room, then try again.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith("junk:")) localStorage.removeItem(k);
    });
    await alert.getByRole("button", { name: "Try saving again" }).click();
    await alert.waitFor({ state: "detached" });
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(doc.journal.settings.data.share_label, "Rosa M.");
    await page.reload();
    assert.equal(await page.getByLabel("Your name for your therapist (optional)").inputValue(), "Rosa M.");
  } finally {
    await b.close();
  }
});

test("two tabs editing different records: both are kept", async () => {
  const b = await launch();
  try {
    const a = b.page;
    await open(a, b.base, "/share");
    const other = await b.context.newPage();
    await open(other, b.base, "/share/backup");
    // Tab A: her name for the therapist (the settings record).
    await a.getByLabel("Your name for your therapist (optional)").fill("Rosa");
    await a.getByLabel("Your name for your therapist (optional)").blur();
    await waitStored(a, (d) => d.journal.settings?.data.share_label === "Rosa", "tab A's label");
    // Tab B: restores check-ins, people and plans from a backup file.
    await pickBackup(other, "backup.json", await fixtureText());
    await other.getByRole("button", { name: "Restore" }).click();
    await other.getByRole("status").filter({ hasText: "Restored." }).waitFor();
    let doc = await waitStored(a, (d) => Object.keys(d.journal.checkins).length === 9, "tab B's check-ins");
    assert.equal(doc.journal.settings.data.share_label, "Rosa", "tab B kept tab A's work");
    // Tab A edits again: tab B's records must survive its save.
    await a.getByLabel("Your name for your therapist (optional)").fill("Rosa M.");
    await a.getByLabel("Your name for your therapist (optional)").blur();
    doc = await waitStored(a, (d) => d.journal.settings?.data.share_label === "Rosa M.", "tab A's second edit");
    assert.equal(Object.keys(doc.journal.checkins).length, 9, "tab A kept tab B's work");
    assert.equal(Object.keys(doc.journal.people).length, 3);
    // Both tabs show both after a reload.
    await other.reload();
    await open(other, b.base, "/share");
    assert.equal(await other.getByLabel("Your name for your therapist (optional)").inputValue(), "Rosa M.");
    await chooseFebruary(other);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the QR handoff opens on another phone with no network and shows the weeks, safety first", async () => {
  const a = await launch();
  const therapist = await launch();
  try {
    const { page } = a;
    await seed(a);
    await chooseFebruary(page);
    await page.getByRole("link", { name: "Show a QR code" }).click();
    await page.getByRole("heading", { level: 1, name: "Show a QR code" }).waitFor();
    await page.getByRole("status").filter({
      hasText: "This code holds 4 weeks: from the week of 2 Feb 2026 to the week of 23 Feb 2026.",
    }).waitFor();
    const img = page.getByRole("img", { name: "QR code with a link to your summary (4 weeks)" });
    const src = await img.getAttribute("src");
    assert.match(src, /^data:image\/svg\+xml;base64,/);
    assert.match(Buffer.from(src.split(",")[1], "base64").toString("utf8"), /<svg[^>]*viewBox/);
    assert.ok(await img.evaluate((el) => el.complete && el.naturalWidth > 0), "the QR image renders (allowed by the CSP)");
    await page.getByText("Show the link").click();
    const link = (await page.locator("details code").textContent()).trim();
    assert.ok(link.startsWith(`${a.base}/handoff#handoff=bs1.`), link);

    // Opening it on her own phone shows it and leaves her journal alone.
    const before = await allStorage(page);
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Summary shared by QR code" }).waitFor();
    await page.getByRole("table").waitFor();
    assert.deepEqual(await allStorage(page), before);

    // The therapist's phone has opened the app once; now it is offline. (Each test server has its
    // own port: the same link, on the therapist's copy of the app.)
    await open(therapist.page, therapist.base);
    await waitForOffline(therapist.page);
    await therapist.context.setOffline(true);
    const t = therapist.page;
    await t.goto(link.replace(a.base, therapist.base));
    await t.getByRole("heading", { level: 1, name: "Summary shared by QR code" }).waitFor();
    const h2 = await t.getByRole("heading", { level: 2 }).allTextContents();
    assert.equal(h2[0], "Safety", "safety first");
    await t.getByRole("region", { name: "Safety" }).getByText("Week of 2 Feb 2026: PHQ-9 self-harm item answered above 0.").waitFor();
    assert.equal(await t.getByRole("table").getByRole("row").count(), 5, "a header and four weeks");
    await t.getByText("Role transition, since 16 Feb 2026.").waitFor();
    await t.getByText("4 weeks", { exact: true }).waitFor();
    assert.equal(await stored(t, JOURNAL_KEY), null, "nothing saved on the therapist's phone");
    // A damaged code says so calmly.
    await t.goto(`${therapist.base}/handoff#handoff=bs1.AAAA`);
    await t.getByRole("alert").filter({ hasText: "This handoff code" }).waitFor();
    assert.deepEqual(a.outside, []);
    assert.deepEqual(therapist.outside, []);
    assert.deepEqual([...a.errors, ...therapist.errors], []);
  } finally {
    await a.close();
    await therapist.close();
  }
});

test("the share room speaks the chosen language: Spanish words and dates, Arabic right to left", async () => {
  const es = await launch({ locale: "es" });
  const ar = await launch({ locale: "ar" });
  try {
    const { page } = es;
    await seed(es);
    await page.getByRole("heading", { level: 1, name: "Compartir con tu terapeuta" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Qué semanas" }).waitFor();
    await page.getByRole("button", { name: "Descargar registros (CSV)" }).waitFor();
    assert.equal(await page.getByRole("button", { name: "Download check-ins (CSV)" }).count(), 0);
    await page.getByLabel("Primer día").fill("2026-02-01");
    await page.getByLabel("Último día").fill("2026-02-28");
    // The dates in Spanish (Intl: "1 feb 2026").
    const preview = page.getByRole("status").filter({ hasText: "4 semanas con registros del" });
    await preview.waitFor();
    assert.match(await preview.textContent(), /del 1 feb\.? 2026 al 28 feb\.? 2026\./);
    await page.getByLabel("Plan del rol de enfermo").waitFor();
    await page.getByRole("link", { name: "Ver el resumen" }).click();
    await page.getByRole("heading", { level: 1, name: "Resumen para mi terapeuta" }).waitFor();
    const h2 = await page.getByRole("heading", { level: 2 }).allTextContents();
    assert.deepEqual(h2.slice(0, 2), ["Seguridad", "Puntuaciones semanales"]);
    const safety = page.getByRole("region", { name: "Seguridad" });
    assert.match(await safety.textContent(), /2 feb\.? 2026 PHQ-9: contó pensamientos de hacerse daño/);
    await page.getByRole("columnheader", { name: "Semana del" }).waitFor();
    await page.getByText("Transición de rol, desde el 16 feb", { exact: false }).waitFor();
    await page.getByText("Qué pasó: He agreed to Tuesdays").waitFor();
    await page.getByRole("button", { name: "Imprimir o guardar como PDF" }).waitFor();

    // Arabic: right to left, its own words, the QR viewer's errors too.
    await seed(ar, "/share/summary?from=2026-02-01&to=2026-02-28&show=scores,focus");
    const p = ar.page;
    await p.getByRole("heading", { level: 1, name: "ملخص للمعالِجة" }).waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.dir), "rtl");
    await p.getByRole("heading", { level: 2, name: "الأمان" }).waitFor();
    await p.getByRole("heading", { level: 2, name: "الدرجات الأسبوعية" }).waitFor();
    assert.equal(await p.locator("svg.share-spark").first().getAttribute("dir"), "ltr", "the time axis stays left to right");
    await open(p, ar.base, "/handoff#handoff=bs1.AAAA");
    await p.getByRole("heading", { level: 1, name: "ملخص مُشارَك برمز QR" }).waitFor();
    await p.getByRole("alert").filter({ hasText: "هذا الرمز" }).waitFor();
    assert.deepEqual([...es.errors, ...ar.errors], []);
  } finally {
    await es.close();
    await ar.close();
  }
});
