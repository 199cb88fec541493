// Nothing false is shown as saved or real: impossible backups, handoff codes and stored journals
// are refused with the first reason in plain words and nothing changes; a restore says "Restored"
// only once it is stored (a full phone is told what to do); a journal from a newer version of the
// app is never written over; copies kept for recovery stay findable in Settings; and a fresh start
// makes no failing request and logs no error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, allStorage, download, launch, open, stored } from "./harness.mjs";

const FIXTURE = new URL("../fixtures/journals/v1-sample.json", import.meta.url);
const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

/** axe-core WCAG 2.0/2.1 A and AA violations on the page, as readable lines. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id} at ${n.target.join(" ")}`));
  });
}
const fixtureText = () => readFile(FIXTURE, "utf8");

/** Pick a file for restore. */
async function pickBackup(page, name, text) {
  await page.getByLabel("Choose a backup file").setInputFiles({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(text, "utf8"),
  });
}

/** The pinned journal with one change made by `edit(doc)`. */
async function changed(edit) {
  const doc = JSON.parse(await fixtureText());
  edit(doc);
  return JSON.stringify(doc);
}

/** The first record of a collection, in id order (the order the app checks them). */
const firstOf = (coll) => coll[Object.keys(coll).sort()[0]];

test("a backup with an impossible check-in or a nameless person is refused with its reason, and nothing changes", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/share/backup");
    const fixture = JSON.parse(await fixtureText());
    const first = firstOf(fixture.journal.checkins).data;
    const cases = [
      [
        "score-99.json",
        await changed((d) => (firstOf(d.journal.checkins).data.answers[0].score = 99)),
        `This backup file is damaged: a check-in scores question ${first.answers[0].item} 99 where the questionnaire gives ${first.answers[0].score}. Try another copy. Nothing was changed.`,
      ],
      [
        "three-answers.json",
        await changed((d) => (firstOf(d.journal.checkins).data.answers = first.answers.slice(0, 3))),
        `This backup file is damaged: a check-in leaves question ${first.answers[3].item} unanswered. Try another copy. Nothing was changed.`,
      ],
      [
        "unknown-item.json",
        await changed((d) => firstOf(d.journal.checkins).data.answers.push({ item: "phq9.77", option: "LA6568-5", score: 0 })),
        "This backup file is damaged: a PHQ-9 check-in answers a question it does not have (phq9.77). Try another copy. Nothing was changed.",
      ],
      [
        "no-name.json",
        await changed((d) => (firstOf(d.journal.people).data.name = "")),
        "This backup file is damaged: a person has no name. Try another copy. Nothing was changed.",
      ],
      [
        "minus-five.json",
        await changed((d) => (firstOf(d.journal.checkins).data.answers[1].score = -5)),
        "This backup file is damaged",
      ],
    ];
    assert.equal(first.measure, "phq9", "the first check-in of the fixture is a PHQ-9");
    const before = await allStorage(page);
    for (const [name, text, message] of cases) {
      await pickBackup(page, name, text);
      const alert = page.getByRole("alert").filter({ hasText: message });
      await alert.waitFor();
      assert.equal(await page.getByRole("button", { name: "Restore" }).count(), 0, `${name}: no restore offered`);
      assert.equal(await page.getByText("This backup can be restored.").count(), 0, `${name}: not previewed`);
      assert.deepEqual(await allStorage(page), before, `${name} changed nothing`);
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a restore on a full phone says so and what to do, shows nothing unsaved, and works once there is room", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/share/backup");
    await pickBackup(page, "backup.json", await fixtureText());
    await page.getByRole("status").filter({ hasText: "This backup can be restored." }).waitFor();
    // Fill this origin's storage to the last byte.
    await page.evaluate(() => {
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
    });
    const before = await allStorage(page);
    await page.getByRole("button", { name: "Restore" }).click();
    await page.getByRole("alert").filter({
      hasText:
        "The backup was not restored: your phone's storage for this app is full. Nothing was changed. Free some space (for example, delete copies under Settings → Recovered notes), then try again.",
    }).waitFor();
    assert.equal(await page.getByText("Restored.", { exact: false }).count(), 0, "never 'Restored'");
    assert.equal(await page.getByText("Not saved.", { exact: false }).count(), 0, "no contradicting banner");
    assert.deepEqual(await allStorage(page), before, "storage byte-identical");
    // The people of the backup are not on screen: they are not stored.
    await page.goto(`${b.base}/people`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    assert.equal(await page.getByText("Amani").count(), 0, "no unsaved person shown");
    // Make room and restore again: now it is stored, then shown.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith("junk:")) localStorage.removeItem(k);
    });
    await page.goto(`${b.base}/share/backup`);
    await pickBackup(page, "backup.json", await fixtureText());
    await page.getByRole("button", { name: "Restore" }).click();
    await page.getByRole("status").filter({ hasText: "Restored." }).waitFor();
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(Object.keys(doc.journal.people).length, 3);
    assert.equal(Object.keys(doc.journal.checkins).length, 9);
  } finally {
    await b.close();
  }
});

// ---- handoff codes -------------------------------------------------------------------------

function varint(out, n) {
  let v = BigInt(n);
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v === 0n) {
      out.push(byte);
      return;
    }
    out.push(byte | 0x80);
  }
}

/** Days from 2000-01-01 to an ISO day. */
const dayNumber = (iso) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse("2000-01-01T00:00:00Z")) / 86400000);

/** A handoff code written byte by byte: weeks [(day, [[measure byte, total]])], no focus, lines. */
function code(weeks, lines = []) {
  const out = [];
  varint(out, weeks.length);
  const first = weeks.length ? weeks[0][0] : 0;
  varint(out, first);
  let prev = first;
  for (const [day, scores] of weeks) {
    varint(out, day - prev);
    prev = day;
    out.push(scores.length);
    for (const [m, total] of scores) {
      out.push(m);
      varint(out, total);
    }
  }
  out.push(0);
  out.push(lines.length);
  for (const l of lines) {
    const bytes = Buffer.from(l, "utf8");
    varint(out, bytes.length);
    out.push(...bytes);
  }
  return "bs1." + Buffer.from(out).toString("base64url");
}

test("an impossible handoff code shows that it is damaged and nothing of its content", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    const week = dayNumber(new Date(Date.now() - 7 * 86400000).toISOString().slice(0, 10));
    // A possible code first: it shows (so the refusals below are the checks, not the format).
    await page.goto(`${b.base}/handoff#handoff=${code([[week, [[0, 27], [1, 21]]]], ["Talked to Amani"])}`);
    await page.getByRole("table").waitFor();
    await page.getByText("Talked to Amani").waitFor();
    const before = await allStorage(page);
    const cases = [
      ["a PHQ-9 total of 65,535", code([[week, [[0, 65535]]]])],
      ["a PHQ-9 total of 99", code([[week, [[0, 99]]]])],
      ["a GAD-7 total of 50", code([[week, [[1, 50]]]])],
      ["a self-harm flag on GAD-7", code([[week, [[1 | 0x08, 5]]]])],
      ["255 lines", code([], Array(255).fill("line"))],
      ["one 20,000-character line", code([], ["x".repeat(20000)])],
      ["a measure byte with high bits set", code([[week, [[0x80, 5]]]])],
      ["a week in 2199", code([[dayNumber("2199-06-01"), [[0, 5]]]])],
    ];
    for (const [what, c] of cases) {
      await page.goto(`${b.base}/handoff#handoff=${c}`);
      await page.getByRole("alert").filter({ hasText: "This code is damaged or was not made by this app." }).waitFor();
      assert.equal(await page.getByRole("table").count(), 0, `${what}: no weeks shown`);
      assert.equal(await page.getByText("PHQ-9").count(), 0, `${what}: no score shown`);
      assert.equal(await page.getByText("line", { exact: true }).count(), 0, `${what}: no line shown`);
      assert.deepEqual(await allStorage(page), before, `${what}: nothing stored`);
    }
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// ---- a journal from a newer version --------------------------------------------------------

test("a journal saved by a newer version is never written over: no edit, a reload, still there, and she can keep it as a file", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    const newer = (await fixtureText()).replace('"schema": 1', '"schema": 2').replace('"journal": {', '"journal": {\n    "dreams": {},');
    assert.notEqual(newer, await fixtureText());
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, newer]);
    await page.reload();
    const banner = page.getByRole("alert").filter({
      hasText: "This journal was saved by a newer version of the app. Update the app to open it.",
    });
    await banner.waitFor();
    // No Update yet: the service worker has no new version. Once it has one, Update is offered.
    assert.equal(await banner.getByRole("button", { name: "Update" }).count(), 0);
    await page.evaluate(() => window.dispatchEvent(new Event("bs-update-ready")));
    await banner.getByRole("button", { name: "Update" }).waitFor();
    assert.deepEqual(await axeViolations(page), [], "the banner passes axe-core");

    // She tries to change something: nothing is saved over the newer journal.
    await page.goto(`${b.base}/settings`);
    await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
    await page.getByLabel("Country for crisis contacts").selectOption({ label: "United States" });
    // The page is drawn again from what is stored: the refused change does not stay on screen.
    await page.waitForFunction(() => document.querySelector("select#country")?.value !== "US");
    await page.getByLabel("My check-in day").selectOption({ label: "Thursday" });
    await page.waitForTimeout(300);
    assert.equal(await stored(page, JOURNAL_KEY), newer, "the main key is byte-identical");
    await page.reload();
    await banner.waitFor();
    assert.equal(await stored(page, JOURNAL_KEY), newer, "still byte-identical after a reload");

    // She can keep it as a file, exactly as stored.
    const file = await download(page, banner.getByRole("button", { name: "Save this journal as a file" }));
    assert.equal(file.text, newer);
    assert.match(file.name, /^between-sessions-kept-\d{4}-\d{2}-\d{2}\.json$/);
    // And Settings lists the copy kept for recovery.
    await page.goto(`${b.base}/settings`);
    const section = page.getByRole("region", { name: "Recovered notes" });
    await section.getByRole("button", { name: "Save as a file" }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("over a journal saved by a newer version, adding a person is refused in her words and what she typed stays", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    const newer = (await fixtureText()).replace('"schema": 1', '"schema": 2');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, newer]);
    await page.goto(`${b.base}/people/new`);
    await page.getByRole("alert").filter({ hasText: "This journal was saved by a newer version of the app." }).first().waitFor();
    const name = page.getByLabel("Name or nickname");
    await name.fill("Amara");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    // The form says why nothing was added (not "Amara was added."), and her words are still there.
    await page
      .getByRole("alert")
      .filter({ hasText: "This journal was saved by a newer version of the app, so nothing is saved over it. Update the app to open it." })
      .waitFor();
    assert.equal(await name.inputValue(), "Amara");
    assert.equal(await page.getByRole("status").filter({ hasText: "Amara was added." }).count(), 0);
    assert.equal(await stored(page, JOURNAL_KEY), newer, "the main key is byte-identical");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// ---- recovered notes -----------------------------------------------------------------------

test("Settings → Recovered notes lists every kept copy with date and size: download, try restoring, delete after confirming", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    const raw = '{"format":"between-sessions/journal","schema":1,"journal":{"checkins": [tru';
    const good = await fixtureText();
    const goodKey = "between-sessions:default:recovery:2026-03-01T10:00:00+03:00";
    await page.evaluate(
      ([k, v, gk, g]) => {
        localStorage.setItem(k, v);
        localStorage.setItem(gk, g);
      },
      [JOURNAL_KEY, raw, goodKey, good],
    );
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "could not be opened" }).waitFor();
    await page.goto(`${b.base}/settings`);
    const section = page.getByRole("region", { name: "Recovered notes" });
    await section.waitFor();
    const items = section.getByRole("listitem");
    assert.equal(await items.count(), 2, "both kept copies are listed");
    // Newest first: the copy kept just now, then the one of 1 March 2026.
    const broken = items.nth(0);
    const older = items.nth(1);
    await older.getByRole("heading", { name: /1 Mar 2026/ }).waitFor();
    await older.getByText(`${Math.ceil(Buffer.byteLength(good) / 1024)} KB`).waitFor();
    await broken.getByText("1 KB").waitFor();
    assert.deepEqual(await axeViolations(page), [], "the list passes axe-core");

    const file = await download(page, broken.getByRole("button", { name: "Save as a file" }));
    assert.equal(file.text, raw, "the kept text, byte for byte");

    // Trying to restore the broken one says why and changes nothing.
    const before = await allStorage(page);
    await broken.getByRole("button", { name: "Try restoring" }).click();
    await broken.getByRole("alert").filter({ hasText: "This backup file is incomplete" }).waitFor();
    assert.deepEqual(await allStorage(page), before);

    // The good one restores through the normal flow: preview, then Restore, then stored.
    await older.getByRole("button", { name: "Try restoring" }).click();
    await older.getByRole("status").filter({ hasText: "This backup can be restored." }).waitFor();
    await older.getByRole("button", { name: "Restore" }).click();
    await older.getByRole("status").filter({ hasText: "Restored." }).waitFor();
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(Object.keys(doc.journal.checkins).length, 9);

    // Delete asks first; "Keep it" keeps it.
    await older.getByRole("button", { name: "Delete" }).click();
    await older.getByText("Delete this copy for good? It cannot be brought back.").waitFor();
    assert.deepEqual(await axeViolations(page), [], "the confirmation passes axe-core");
    await older.getByRole("button", { name: "Keep it" }).click();
    assert.equal(await stored(page, goodKey), good);
    await older.getByRole("button", { name: "Delete" }).click();
    await older.getByRole("button", { name: "Delete for good" }).click();
    await section.getByRole("status").filter({ hasText: "The copy was deleted." }).waitFor();
    assert.equal(await stored(page, goodKey), null);
    assert.equal(await section.getByRole("listitem").count(), 1);
  } finally {
    await b.close();
  }
});

// ---- a quiet start -------------------------------------------------------------------------

test("a fresh start makes no failing request and logs no error", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    await page.waitForLoadState("networkidle");
    await open(page, b.base, "/checkin");
    await page.waitForLoadState("networkidle");
    assert.deepEqual(b.failed, [], "no request failed");
    assert.deepEqual(b.errors, [], "no console error");
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});
