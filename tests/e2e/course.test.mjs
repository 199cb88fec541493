// The course of therapy and a good goodbye: she sets the day of her first session in Settings and
// sees "Week N of 16 · … phase" on This week and the check-in; in the last weeks a gentle card
// leads to Ending well, which lists each experiment with what she learned and, when her scores
// have not gone down, says so kindly. The self-care week counts what she did, with no wall of
// missed days. Found by role and accessible name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JOURNAL_KEY, PHQ9_CODES, daysFromNow, localDay as iso, launch, open, stored, storedJournal as journal } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
// Local calendar dates, as the app counts them.
const daysAgo = (n) => daysFromNow(-n);

/** Put two PHQ-9 check-ins with the same total (12) into the stored journal. */
async function seedUnchangedScores(page) {
  await page.evaluate(
    ([k, first, latest, codes]) => {
      const doc = JSON.parse(localStorage.getItem(k));
      const now = new Date().toISOString();
      // A whole PHQ-9 as the app writes it, total 12, item 9 "Not at all".
      const answers = [2, 2, 2, 2, 2, 2, 0, 0, 0].map((score, i) => ({ item: `phq9.${i + 1}`, option: codes[score], score }));
      doc.journal.checkins = {
        "seed-first": { created_at: now, updated_at: now, data: { measure: "phq9", date: first, answers, safety_flag: false } },
        "seed-latest": { created_at: now, updated_at: now, data: { measure: "phq9", date: latest, answers, safety_flag: false } },
      };
      localStorage.setItem(k, JSON.stringify(doc));
    },
    [JOURNAL_KEY, iso(daysAgo(90)), iso(daysAgo(2)), PHQ9_CODES],
  );
}

test("the course: week and phase on home and the check-in, the ending card, and Ending well", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/");
    // Nothing about weeks until she sets her course; the check-in says where to set it.
    assert.equal(await page.getByText(/^Week \d+ of/).count(), 0);
    await open(page, b.base, "/checkin");
    await page.getByRole("link", { name: "Settings" }).last().waitFor();

    // ---- Settings: first session 4 weeks and 2 days ago, 16 weeks by default: week 5.
    await open(page, b.base, "/settings");
    const course = page.getByRole("region", { name: "Your course of sessions" });
    assert.equal(await course.getByLabel("Number of weekly sessions").inputValue(), "16");
    await course.getByLabel("Day of your first session").fill(iso(daysAgo(30)));
    await course.getByText("Week 5 of 16 · middle phase").waitFor();
    let j = await journal(page);
    assert.equal(j.settings.data.course_start, iso(daysAgo(30)));
    assert.equal(j.settings.data.course_weeks, 16);

    await open(page, b.base, "/");
    await page.getByText("Week 5 of 16 · middle phase").waitFor();
    assert.equal(await page.getByRole("region", { name: "Your last sessions" }).count(), 0, "no ending card in the middle");
    await open(page, b.base, "/checkin");
    await page.getByText("Week 5 of 16 · middle phase").waitFor();

    // A first session more than a year ahead is refused, and nothing changes.
    await open(page, b.base, "/settings");
    const future = new Date();
    future.setFullYear(future.getFullYear() + 2);
    await course.getByLabel("Day of your first session").fill(iso(future));
    await course.getByRole("alert").getByText("Choose a first session within the next year.").waitFor();
    assert.equal((await journal(page)).settings.data.course_start, iso(daysAgo(30)));

    // ---- The last weeks: first session 14 weeks and 1 day ago is week 15 of 16.
    await course.getByLabel("Day of your first session").fill(iso(daysAgo(99)));
    await course.getByText("Week 15 of 16 · ending phase").waitFor();

    // An experiment she did, with what she learned and a word for how she felt.
    await open(page, b.base, "/my-work/experiments");
    await page.getByRole("button", { name: "Plan a new experiment" }).click();
    await h1(page, "Experiment");
    await page.getByLabel("The goal").fill("Ask Mama to hold the baby on Sundays");
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByRole("heading", { name: "Afterwards" }).waitFor();
    const felt = page.getByRole("group", { name: /^Words for feelings/ });
    await felt.getByRole("button", { name: "worried" }).click();
    await felt.getByRole("button", { name: "relieved" }).click();
    assert.equal(await page.getByLabel("How I felt").inputValue(), "worried, relieved");
    await page.getByLabel("What I learned").fill("She was glad to be asked");
    await seedUnchangedScoresAfterLeaving(page, b.base);

    // Home: the ending card leads to Ending well.
    await open(page, b.base, "/");
    await page.getByText("Week 15 of 16 · ending phase").waitFor();
    const card = page.getByRole("region", { name: "Your last sessions" });
    await card.getByText("a good goodbye", { exact: false }).waitFor();
    await card.getByRole("link", { name: "Ending well" }).click();
    await h1(page, "Ending well");

    const review = page.getByRole("region", { name: "Looking back" });
    await review.getByRole("link", { name: "Ask Mama to hold the baby on Sundays" }).waitFor();
    const item = review.getByRole("listitem").filter({ hasText: "Ask Mama to hold the baby on Sundays" });
    await item.getByText("Done", { exact: true }).waitFor();
    await item.getByText("She was glad to be asked", { exact: false }).waitFor();
    await review.getByText("You tried 1 experiment.").waitFor();
    // The same score at the start and now: said kindly, with the way forward, never as failure.
    const note = review.getByRole("note", { name: "Your scores have not gone down" });
    await note.getByText("PHQ-9: 12 at the start, 12 now.").waitFor();
    await note.getByText("This is not a failure, and it is not your fault.", { exact: false }).waitFor();
    await note.getByText("Talk with your therapist about the next steps", { exact: false }).waitFor();
    await review.getByRole("cell", { name: "no change" }).waitFor();

    // How she feels about ending is kept.
    await page.getByLabel("My feelings about ending").fill("Sad to stop, proud of what I did");
    await page.getByRole("heading", { name: "Warning signs" }).click();
    await page.waitForTimeout(600);
    j = await journal(page);
    assert.equal(j.ending.data.feelings_about_ending, "Sad to stop, proud of what I did");

    // After the last week: the course is over, the card stays for a while.
    await open(page, b.base, "/settings");
    await course.getByLabel("Day of your first session").fill(iso(daysAgo(16 * 7 + 3)));
    await course.getByText(/^Your weekly sessions ended on /).waitFor();
    await open(page, b.base, "/");
    await page.getByRole("region", { name: "After your sessions" }).getByRole("link", { name: "Ending well" }).waitFor();

    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

/** Leave the page (so the experiment's texts are saved), then add the check-ins. */
async function seedUnchangedScoresAfterLeaving(page, base) {
  await open(page, base, "/my-work");
  await seedUnchangedScores(page);
}

test("the self-care week counts what she did, with no wall of missed days", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/people/today");
    // The first "+" is half an hour, not a number she did not choose.
    await page.getByRole("button", { name: "Half an hour more" }).click();
    assert.equal(await page.getByLabel("Hours slept").inputValue(), "0.5");
    await page.getByLabel("Hours slept").fill("5");
    await page.getByRole("group", { name: "Some movement?" }).getByLabel("Yes").check();
    await page.getByRole("status").getByText("Saved for", { exact: false }).waitFor();

    await open(page, b.base, "/people/week");
    const glance = page.getByRole("region", { name: "The week at a glance" });
    await glance.getByText("You wrote down how you looked after yourself on 1 day.").waitFor();
    await glance.getByText("Some movement on 1 day.").waitFor();
    // No count of what did not happen, and no row for a day not written down.
    assert.equal(await page.getByText("Not written down").count(), 0);
    assert.equal(await page.getByText(/nights with 7 hours/).count(), 0);
    assert.equal(await glance.getByText(/ on 0 /).count(), 0);
    const table = page.getByRole("table");
    assert.equal(await table.getByRole("row").count(), 2, "a header and the one day she wrote down");

    // Her own sleep goal: 4.5 hours, and the 5-hour night counts.
    await page.getByLabel("Hours of sleep I am aiming for").selectOption("9");
    await glance.getByText("1 night reached your sleep goal.").waitFor();
    assert.equal((await journal(page)).sick_role_plan.data.sleep_goal_half_hours, 9);
    // No goal: nothing about nights at all.
    await page.getByLabel("Hours of sleep I am aiming for").selectOption("");
    await glance.getByText("Some movement on 1 day.").waitFor();
    assert.equal(await glance.getByText(/sleep goal/).count(), 0);

    // A week with nothing written: one gentle line, no table.
    await page.getByRole("link", { name: "Week before" }).click();
    await page.getByRole("region", { name: "The week at a glance" }).getByText("Whatever you manage is enough.", { exact: false }).waitFor();
    assert.equal(await page.getByRole("table").count(), 0);

    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("her story and her baby on the People page, and a conversation that leads to an experiment", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/people");
    const story = page.getByRole("region", { name: "My story" });
    await story.getByLabel("Birth story").fill("A long night, then she was here");
    await story.getByLabel("Who raised you?").fill("My grandmother");
    // The baby is offered for the circle until she is in it.
    const offer = page.getByRole("region", { name: "Your baby" });
    await offer.getByRole("button", { name: "Add my baby" }).click();
    await page.getByRole("link", { name: "Add your baby's name" }).waitFor();
    assert.equal(await page.getByRole("region", { name: "Your baby" }).count(), 0);
    await page.reload();
    await h1(page, "People");
    assert.equal(await page.getByRole("region", { name: "Your baby" }).count(), 0);
    await page.getByText("Most involved: My baby.", { exact: false }).waitFor({ state: "attached" });
    assert.equal(await page.getByRole("region", { name: "My story" }).getByLabel("Birth story").inputValue(), "A long night, then she was here");
    const j = await journal(page);
    assert.equal(j.my_story.data.raised_by, "My grandmother");

    // Communication analysis → plan what to try next time → an experiment, prefilled.
    await open(page, b.base, "/my-work/conversations");
    await page.getByRole("button", { name: "Look at a conversation" }).click();
    await h1(page, "Communication analysis");
    const plan = page.getByRole("region", { name: "Plan what to try next time" });
    assert.equal(await plan.getByRole("button").count(), 0, "nothing to plan from yet");
    await page.getByLabel("What I would change").fill("Ask calmly, before I am exhausted");
    await plan.getByRole("button", { name: "Plan an experiment" }).click();
    await h1(page, "Experiment");
    assert.equal(await page.getByLabel("The goal").inputValue(), "Ask calmly, before I am exhausted");

    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("a decision one step at a time, each step saved, and the whole of it on one review page", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/my-work/decisions");
    await page.getByRole("button", { name: "Start a decision" }).click();
    await h1(page, "Decision analysis");
    const full = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "One step at a time" }).click();
    await page.getByText("Step 1 of 4", { exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${full}/steps/1`);
    // One part on the screen: the options are not here yet.
    assert.equal(await page.getByLabel("New option").count(), 0);
    await page.getByRole("textbox", { name: "The problem" }).fill("Who gets up for the night feeds");
    const steps = page.getByRole("navigation", { name: "Steps" });
    await steps.getByRole("link", { name: "Next" }).click();
    await page.getByText("Step 2 of 4", { exact: true }).waitFor();
    const add = page.getByLabel("New option");
    await add.fill("Ask Sam for Saturdays");
    await add.press("Enter");
    await page.getByRole("textbox", { name: "Option 1", exact: true }).waitFor();
    await steps.getByRole("link", { name: "Next" }).click();
    await page.getByText("Step 3 of 4", { exact: true }).waitFor();
    await steps.getByRole("link", { name: "Next" }).click();
    await page.getByText("Step 4 of 4", { exact: true }).waitFor();
    await page.getByRole("radio", { name: "Ask Sam for Saturdays" }).check();
    // Back keeps what she wrote: each step was saved.
    await steps.getByRole("link", { name: "Back" }).click();
    await steps.getByRole("link", { name: "Back" }).click();
    await steps.getByRole("link", { name: "Back" }).click();
    await page.getByText("Step 1 of 4", { exact: true }).waitFor();
    assert.equal(await page.getByRole("textbox", { name: "The problem" }).inputValue(), "Who gets up for the night feeds");

    await open(page, b.base, `${full}/review`);
    await h1(page, "Decision analysis: all of it");
    const problem = page.getByRole("region", { name: "The problem" });
    await problem.getByText("Who gets up for the night feeds").waitFor();
    const options = page.getByRole("region", { name: "Options" });
    await options.getByRole("listitem").filter({ hasText: "Ask Sam for Saturdays" }).getByText("chosen").waitFor();
    await options.getByRole("link", { name: "Change “Options”" }).click();
    await page.getByText("Step 2 of 4", { exact: true }).waitFor();

    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("an experiment one step at a time: the plan, practice, when, then how it went", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/my-work/experiments");
    await page.getByRole("button", { name: "Plan a new experiment" }).click();
    await h1(page, "Experiment");
    const whole = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "One step at a time" }).click();
    await page.getByText("Step 1 of 4", { exact: true }).waitFor();
    assert.equal(await page.getByLabel("Practice: play yourself").count(), 0, "one part on the screen");
    await page.getByLabel("The goal").fill("Tell Sam I need an hour to myself");
    const steps = page.getByRole("navigation", { name: "Steps" });
    await steps.getByRole("link", { name: "Next" }).click();
    await page.getByText("Step 2 of 4", { exact: true }).waitFor();
    await page.getByLabel("Practice: play yourself").fill("I say it calmly at breakfast");
    await steps.getByRole("link", { name: "Next" }).click();
    await page.getByText("Step 3 of 4", { exact: true }).waitFor();
    await steps.getByRole("link", { name: "Next" }).click();
    await page.getByText("Step 4 of 4", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByLabel("What I learned").fill("He said yes at once");
    await steps.getByRole("link", { name: "Review all of it" }).click();
    await h1(page, "Experiment");
    assert.equal(new URL(page.url()).pathname, whole);
    assert.equal(await page.getByLabel("The goal").inputValue(), "Tell Sam I need an hour to myself");
    assert.equal(await page.getByLabel("Practice: play yourself").inputValue(), "I say it calmly at breakfast");
    assert.equal(await page.getByLabel("What I learned").inputValue(), "He said yes at once");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the sick-role plan one step at a time: each step saved (a reload keeps it), then all of it on one review page", async (t) => {
  const b = await launch();
  try {
    const { page } = b;
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const plan = async () => (await journal(page)).sick_role_plan?.data || {};
    const saved = async (check, what) => {
      for (let i = 0; i < 100; i++) {
        const raw = await stored(page, JOURNAL_KEY);
        if (raw && check(JSON.parse(raw).journal.sick_role_plan?.data || {})) return;
        await page.waitForTimeout(50);
      }
      assert.fail(`never stored: ${what}`);
    };
    await open(page, b.base, "/people/plan");
    await h1(page, "My sick-role plan");
    const whole = await height();
    await page.getByRole("link", { name: "One step at a time" }).click();
    await page.getByText("Step 1 of 6", { exact: true }).waitFor();
    assert.equal(new URL(page.url()).pathname, "/people/plan/steps/1");
    // The card first, and nothing else on the screen.
    await page.getByRole("heading", { name: "You have an illness, and it is not your fault" }).waitFor();
    assert.equal(await page.getByRole("textbox", { name: "Who needs to know?" }).count(), 0);
    const heights = [await height()];
    const steps = page.getByRole("navigation", { name: "Steps" });
    const next = async (n) => {
      await steps.getByRole("link", { name: "Next" }).click();
      await page.getByText(`Step ${n} of 6`, { exact: true }).waitFor();
    };

    await next(2);
    await page.getByRole("textbox", { name: "Who needs to know?" }).fill("Amani and Mama");
    assert.equal(await page.getByRole("textbox", { name: "How can they help you?" }).count(), 0, "one question on the screen");
    await saved((p) => p.who_needs_to_know === "Amani and Mama", "who needs to know");
    heights.push(await height());
    await next(3);
    await page.getByRole("textbox", { name: "How can they help you?" }).fill("Take one night feed; cook on Sundays");
    await saved((p) => p.how_they_can_help === "Take one night feed; cook on Sundays", "how they can help");
    heights.push(await height());
    // Mid-way, the phone reloads: the step and what she wrote are still there.
    await page.reload();
    await page.getByText("Step 3 of 6", { exact: true }).waitFor();
    assert.equal(await page.getByRole("textbox", { name: "How can they help you?" }).inputValue(), "Take one night feed; cook on Sundays");
    await next(4);
    await page.getByRole("textbox", { name: "How will you ask / tell them?" }).fill("Tell them the doctor says this is an illness");
    await saved((p) => p.how_i_will_ask === "Tell them the doctor says this is an illness", "how I will ask");
    heights.push(await height());
    await next(5);
    await page.getByLabel("Name", { exact: true }).fill("Mama");
    await page.getByLabel("Phone", { exact: true }).fill("+254 700 000 002");
    await page.getByRole("button", { name: "Add to my plan" }).click();
    await saved((p) => (p.helpers || []).some((h) => h.name === "Mama"), "helper");
    heights.push(await height());
    await next(6);
    await page.getByLabel("What I will put off for now").fill("Hosting the family lunch");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await saved((p) => (p.deferred || []).some((d) => d.what === "Hosting the family lunch"), "put off");
    heights.push(await height());
    t.diagnostic(`sick-role plan at 412 px: whole page ${whole} px (empty); steps ${heights.join(", ")} px`);
    // Back keeps what she wrote.
    await steps.getByRole("link", { name: "Back" }).click();
    await page.getByText("Step 5 of 6", { exact: true }).waitFor();
    await page.getByText("Mama").first().waitFor();

    await open(page, b.base, "/people/plan/steps/6");
    await steps.getByRole("link", { name: "Review all of it" }).click();
    await h1(page, "My sick-role plan: all of it");
    assert.equal(new URL(page.url()).pathname, "/people/plan/review");
    const part = (name) => page.getByRole("region", { name });
    await part("Who needs to know?").getByText("Amani and Mama").waitFor();
    await part("How can they help you?").getByText("Take one night feed; cook on Sundays").waitFor();
    await part("How will you ask / tell them?").getByText("Tell them the doctor says this is an illness").waitFor();
    await part("Who should be able to come to your assistance?").getByText("Mama · +254 700 000 002").waitFor();
    await part("What will you need to TEMPORARILY suspend or defer?").getByText("Hosting the family lunch").waitFor();
    t.diagnostic(`review page at 412 px: ${await height()} px`);
    await part("How can they help you?").getByRole("link", { name: "Change “How can they help you?”" }).click();
    await page.getByText("Step 3 of 6", { exact: true }).waitFor();
    assert.equal((await plan()).how_i_will_ask, "Tell them the doctor says this is an illness");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
