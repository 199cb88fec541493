// The therapist summary shows what she chose to share, all of it: a check-in with a "since we
// last met" note, a who-question, an experiment planned for next week but done today, and her
// course; each part can be left out; and on a 320 px phone no text is cut. Found by role and
// accessible name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, PHQ9_CODES, daysFromNow, launch, localDay as iso, open, stored, storedJournal as journal } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const live = (c) => Object.values(c || {}).filter((r) => !r.deleted_at);

/** Wait until the stored journal satisfies `check`. */
async function waitStored(page, check, what) {
  for (let i = 0; i < 100; i++) {
    const raw = await stored(page, JOURNAL_KEY);
    if (raw && check(JSON.parse(raw).journal)) return;
    await page.waitForTimeout(50);
  }
  assert.fail(`never stored: ${what}`);
}

/** A PHQ-9 from /checkin, every item "Several days", "Somewhat difficult", with her note. */
async function checkIn(b, since) {
  const { page } = b;
  await open(page, b.base, "/checkin");
  await page.getByRole("link", { name: "Start PHQ-9" }).click();
  for (let i = 0; i < 9; i++) {
    await page.getByText(`Question ${i + 1} of 10`, { exact: true }).waitFor();
    await page.getByRole("radiogroup").getByRole("radio", { name: i === 8 ? "Not at all" : "Several days", exact: true }).click();
  }
  await page.getByText("Question 10 of 10", { exact: true }).waitFor();
  await page.getByRole("radiogroup").getByRole("radio", { name: "Somewhat difficult", exact: true }).click();
  await page.getByLabel("How have you been since we last met?").fill(since);
  await page.getByRole("button", { name: "Review my answers" }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await h1(page, "Your PHQ-9 result");
}

/** Elements of the summary whose content is wider than their box, or that reach past the screen. */
function clipped(page) {
  return page.evaluate(() => {
    const out = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll(".share-summary *")) {
      const style = getComputedStyle(el);
      if (style.display === "none" || el.closest("svg")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      const name = `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent || "").trim().slice(0, 40)}`;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) out.push(`overflows its box: ${name}`);
      if (r.right > width + 1 || r.left < -1) out.push(`past the screen: ${name}`);
    }
    return out;
  });
}

test("the summary shows the note, the who-question, the experiment done today but planned for next week, and the course; nothing is cut at 320 px", async () => {
  const b = await launch();
  try {
    const { page } = b;
    // Her course: the first session 30 days ago, 16 weeks: week 5, the middle phase.
    await open(page, b.base, "/settings");
    const course = page.getByRole("region", { name: "Your course of sessions" });
    await course.getByLabel("Day of your first session").fill(iso(daysFromNow(-30)));
    await course.getByText("Week 5 of 16 · middle phase").waitFor();

    // ---- A check-in with a "since we last met" note.
    const since = "Tired, but the walk with the baby helped";
    await checkIn(b, since);

    // ---- A who-question.
    await open(page, b.base, "/people/support");
    await page.getByLabel("Who can help?").fill("My sister, with the laundry");
    await waitStored(page, (j) => live(j.support).some((w) => w.data.who_can_help?.text === "My sister, with the laundry"), "who can help");

    // ---- An experiment planned for next week, done today.
    await open(page, b.base, "/my-work/experiments");
    await page.getByRole("button", { name: "Plan a new experiment" }).click();
    await h1(page, "Experiment");
    await page.getByLabel("Or write a name").fill("My mother");
    await page.getByLabel("The goal").fill("Ask her to visit on Sundays");
    await page.getByLabel("When", { exact: true }).fill(iso(daysFromNow(8)));
    await page.getByLabel("When", { exact: true }).blur();
    await waitStored(page, (j) => live(j.experiments).some((x) => x.data.when === iso(daysFromNow(8))), "planned day");
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByRole("heading", { name: "Afterwards" }).waitFor();
    await page.getByLabel("What happened", { exact: true }).fill("She said yes, every other Sunday");
    await page.getByLabel("How I felt", { exact: true }).fill("Nervous, then glad");
    await waitStored(page, (j) => live(j.experiments).some((x) => x.data.status === "done" && x.data.how_i_felt === "Nervous, then glad"), "how I felt");

    // ---- Share: the suggested range, every section.
    await open(page, b.base, "/share");
    await h1(page, "Share with your therapist");
    await page.getByRole("link", { name: "See the summary" }).click();
    await h1(page, "Summary for my therapist");
    await page.getByText("Week 5 of 16 · middle phase").waitFor();
    // One week of scores is said as one week, not "8 → 8 over 1 weeks".
    await page.getByRole("img", { name: "PHQ-9: 8 in the only week with a score." }).waitFor();
    const weeks = page.getByRole("region", { name: "Week by week" });
    await weeks.getByText(since).waitFor();
    await weeks.getByText("How difficult problems made things: Somewhat difficult").waitFor();
    await weeks.getByText("Who can help?").waitFor();
    await weeks.getByText("My sister, with the laundry").waitFor();
    const experiments = page.getByRole("region", { name: "Experiments" });
    await experiments.getByRole("heading", { name: /^Experiment with My mother, .* \(done\)$/ }).waitFor();
    await experiments.getByText("Goal: Ask her to visit on Sundays").waitFor();
    await experiments.getByText("How I felt: Nervous, then glad").waitFor();
    assert.equal(await page.getByText("No experiments in these weeks.").count(), 0);

    // ---- Nothing cut on a 320 px phone.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    assert.deepEqual(await clipped(page), [], "no text is cut at 320 px");

    // ---- Left out, it is gone (and only it).
    await page.getByRole("link", { name: "Back to Share" }).click();
    await h1(page, "Share with your therapist");
    await page.getByLabel("Who-questions and the people I named").uncheck();
    await page.getByRole("link", { name: "See the summary" }).click();
    await h1(page, "Summary for my therapist");
    await page.getByRole("region", { name: "Week by week" }).getByText(since).waitFor();
    assert.equal(await page.getByText("My sister, with the laundry").count(), 0, "the who-questions were left out");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

// ---- A whole course: 16 weeks of every kind of record, printed on one A4 sheet. -------------

const fixture = JSON.parse(await readFile(new URL("../fixtures/journals/v1-sample.json", import.meta.url), "utf8"));
const NOTES = [
  "Tired, but the walk with the baby helped",
  "Argued with Amani about the night feeds, then we made a plan together",
  "Mama came on Sunday and cooked; I slept for three hours in the afternoon",
  "Felt lonely on Wednesday and texted a friend from the mothers' group",
  "The nurse at the clinic was kind and asked how I am, not only the baby",
  "Work called about coming back; I said I need another month",
];
/** The PHQ-9 and GAD-7 frequency answers (LOINC), by score. */
const FREQUENCY = PHQ9_CODES;

/**
 * A 16-week course as a stored document: the first session 105 days ago, a PHQ-9 and a GAD-7
 * with both notes and the difficulty answer every week on her check-in day, a self-care day
 * every day (a session each week), the who-questions every week, an event every other week, six
 * people with expectations, three worksheets, six experiments with how it went, the sick-role
 * plan, her focus and the plan for after the last session.
 */
function sixteenWeeks() {
  const F = structuredClone(fixture.journal);
  const j = structuredClone(F);
  const stamp = (d) => d.toISOString();
  const rec = (data, d) => ({ created_at: stamp(d), updated_at: stamp(d), data });
  const id = (kind, n) => `${kind}0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
  const text = (n, k = 2) => Array.from({ length: k }, (_, i) => NOTES[(n + i) % NOTES.length]).join(". ") + ".";
  const today = daysFromNow(0);
  j.settings.data.checkin_weekday = (today.getDay() + 6) % 7;
  j.settings.data.course_start = iso(daysFromNow(-105));
  j.settings.data.course_weeks = 16;
  const phq = Object.values(F.checkins).find((c) => c.data.measure === "phq9").data;
  const gad = Object.values(F.checkins).find((c) => c.data.measure === "gad7").data;
  j.checkins = {};
  for (let w = 0; w < 16; w++) {
    const day = daysFromNow(-105 + 7 * w);
    // Scores come down over the course, with a self-harm answer in week 3.
    const level = Math.max(0, 3 - Math.floor(w / 4));
    for (const [m, tpl] of [["phq9", phq], ["gad7", gad]]) {
      const c = structuredClone(tpl);
      c.date = iso(day);
      for (const a of c.answers) {
        if (a.score === null) continue;
        a.score = (a.item.length + w) % 2 ? level : Math.max(0, level - 1);
        if (a.item === "phq9.9") a.score = w === 2 ? 1 : 0;
        a.option = FREQUENCY[a.score];
      }
      c.safety_flag = m === "phq9" && w === 2;
      c.since_last_met = m === "phq9" ? text(w) : "";
      c.people_this_week = m === "phq9" ? text(w + 3) : "";
      j.checkins[id(m === "phq9" ? "1" : "2", w)] = rec(c, day);
    }
  }
  j.selfcare = {};
  const sc = Object.values(F.selfcare)[0].data;
  for (let d = 0; d <= 105; d++) {
    const day = daysFromNow(-105 + d);
    const data = structuredClone(sc);
    data.date = iso(day);
    data.sleep_half_hours = 8 + (d % 7);
    data.regular_meals = d % 3 !== 0;
    data.movement = d % 2 === 0;
    data.pleasant_activity = d % 3 ? "Walk with the baby" : "";
    data.session = d % 7 === 0 ? "yes" : "no";
    j.selfcare[id("3", d)] = rec(data, day);
  }
  j.sick_role_plan.data.sleep_goal_half_hours = 12;
  const people = Object.keys(F.people);
  const more = ["Wanjiru", "Grace", "Neema"];
  more.forEach((name, i) => {
    people.push(id("4", i));
    j.people[id("4", i)] = rec({ name, relationship: "friend", ring: ["most", "moderately", "somewhat"][i], interactions: text(i, 1) }, daysFromNow(-100));
  });
  for (const p of people) j.people[p].data.expectations = text(people.indexOf(p), 1);
  const s = Object.values(F.support)[0].data;
  j.support = {};
  for (let w = 0; w < 16; w++) {
    const day = daysFromNow(-105 + 7 * w + 2);
    const data = structuredClone(s);
    data.week_of = iso(daysFromNow(-105 + 7 * w));
    data.who_can_help = { people: [people[1]], text: text(w + 1, 1) };
    data.who_knows = { people: [people[0]], text: "Amani knows how hard the nights are" };
    data.brainstorm = "Ask the mothers' group about a babysitter";
    j.support[id("5", w)] = rec(data, day);
  }
  const e = Object.values(F.events)[0].data;
  j.events = {};
  for (let w = 0; w < 16; w += 2) {
    const day = daysFromNow(-105 + 7 * w + 3);
    j.events[id("6", w)] = rec({ ...structuredClone(e), date: iso(day), text: text(w + 2, 1), mood: w % 4 ? "improves" : "drops" }, day);
  }
  const [rt, rd] = Object.values(F.worksheets);
  j.worksheets = {
    [id("7", 1)]: rec(rt.data, daysFromNow(-80)),
    [id("7", 2)]: rec(rd.data, daysFromNow(-40)),
    [id("7", 3)]: rec({ grief: { who: "My grandmother", when: "Last spring", feelings: text(4, 1), reconnect: "Cook her recipes with Mama" } }, daysFromNow(-10)),
  };
  const x = Object.values(F.experiments)[0].data;
  j.experiments = {};
  for (let k = 0; k < 6; k++) {
    const day = daysFromNow(-95 + 17 * k);
    j.experiments[id("8", k)] = rec({
      ...structuredClone(x),
      when: iso(day),
      goal: `Ask for help, step ${k + 1}: ${NOTES[k]}`,
      what_happened: text(k, 1),
      how_i_felt: "Nervous, then glad",
      what_i_learned: "Asking calmly works better than hinting",
    }, day);
  }
  j.ending.data = {
    ...j.ending.data,
    what_changed: "I ask for help before I am exhausted",
    booster: "One session a month until the baby is six months old",
    feelings_about_ending: "Sad and a bit scared, and proud",
  };
  return { ...fixture, journal: j, updated_at: new Date().toISOString() };
}

/** Print the page as the browser's print to A4 does; the number of pages of the PDF. */
async function printedPages(page) {
  const cdp = await page.context().newCDPSession(page);
  const { data } = await cdp.send("Page.printToPDF", { paperWidth: 8.27, paperHeight: 11.69, preferCSSPageSize: true });
  await cdp.detach();
  const pdf = Buffer.from(data, "base64").toString("latin1");
  return (pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
}

test("sixteen weeks of every kind of record print on one A4 sheet, and nothing is cut at 320 px", async (t) => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/");
    await page.evaluate(([k, doc]) => localStorage.setItem(k, JSON.stringify(doc)), [JOURNAL_KEY, sixteenWeeks()]);
    await open(page, b.base, "/share");
    await h1(page, "Share with your therapist");
    await page.getByRole("link", { name: "See the summary" }).click();
    await h1(page, "Summary for my therapist");
    await page.getByText("Week 16 of 16 · ending phase").waitFor();
    // All of it on the screen: every week in her words, and every experiment.
    const weeks = page.getByRole("region", { name: "Week by week" });
    assert.equal(await weeks.getByRole("heading", { level: 3 }).count(), 16, "every week in her words on the screen");
    assert.equal(await page.getByRole("region", { name: "Experiments" }).getByRole("heading", { level: 3 }).count(), 6);
    t.diagnostic(`summary height at 412 px: ${await page.evaluate(() => document.documentElement.scrollHeight)} px`);
    // On paper: each older week one line beside its scores, the latest week in full, the older
    // experiments one line each.
    await page.emulateMedia({ media: "print" });
    await page.getByRole("cell", { name: "Tired, but the walk… · 2 who-answers · 1 event · self-care on 7 days" }).first().waitFor();
    assert.equal(await weeks.getByRole("heading", { level: 3 }).count(), 1, "the latest week in full on paper");
    assert.equal(await page.getByRole("region", { name: "Experiments" }).getByRole("heading", { level: 3 }).count(), 1);
    await page.getByText("On paper, older weeks and work are one line each").waitFor();
    await page.emulateMedia({ media: null });
    const pages = await printedPages(page);
    t.diagnostic(`printed pages: ${pages}`);
    assert.equal(pages, 1, "sixteen weeks print on one A4 sheet");

    await page.setViewportSize({ width: 320, height: 800 });
    await page.waitForTimeout(100);
    assert.deepEqual(await clipped(page), [], "no text is cut at 320 px");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
