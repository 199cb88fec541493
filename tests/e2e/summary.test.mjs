// The therapist summary shows what she chose to share, all of it: a check-in with a "since we
// last met" note, a who-question, an experiment planned for next week but done today, and her
// course; each part can be left out; and on a 320 px phone no text is cut. Found by role and
// accessible name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JOURNAL_KEY, launch, open, stored } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const pad = (n) => String(n).padStart(2, "0");
// Local calendar dates, as the app counts them.
const iso = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const daysFromNow = (n) => {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return d;
};
const journal = async (page) => JSON.parse(await stored(page, JOURNAL_KEY)).journal;
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
