// The people around her: the inventory and closeness circle by keyboard only, a week of
// self-care beside the check-in score, the who-questions naming a person, a timeline event, all
// kept across a reload; then deleting a person who is named elsewhere asks first, leaves no
// dangling link, and can be undone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JOURNAL_KEY, launch, localDay as iso, open, stored } from "./harness.mjs";

const addDays = (d, n) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
const long = (d) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** Press Tab until `locator` has focus (keyboard only, as a person without a pointer would). */
async function tabTo(page, locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

async function isFocused(locator) {
  return locator.evaluate((el) => el === document.activeElement);
}

/** Let autosave's pause pass. */
const settle = (page) => page.waitForTimeout(700);

test("people, self-care, who-questions and timeline: by keyboard, kept across a reload, delete asks and undoes", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people");
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "People");
    const nav = page.getByRole("navigation", { name: "Main" });
    assert.equal(await nav.getByRole("link", { name: "People" }).getAttribute("aria-current"), "page");

    // ---- Keyboard only: add three people in three rings. No clicks until the circle is done.
    await tabTo(page, page.getByRole("link", { name: "Add someone" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Add someone" }).waitFor();
    const people = [
      { name: "Amara", rel: "mother", key: "ArrowUp", ring: "Most involved" },
      { name: "Sam", rel: "partner", key: "ArrowDown", ring: "Moderately involved" },
      { name: "Joy", rel: "neighbour", key: "ArrowDown", ring: "Somewhat involved" },
    ];
    for (const p of people) {
      await tabTo(page, page.getByLabel("Name or nickname"));
      await page.keyboard.type(p.name);
      await page.keyboard.press("Tab");
      assert.ok(await isFocused(page.getByLabel("Relationship")));
      await page.keyboard.type(p.rel);
      await page.keyboard.press("Tab");
      // Into the ring group: arrow keys choose a ring.
      await page.keyboard.press(p.key);
      assert.ok(await page.getByRole("radio", { name: p.ring }).isChecked(), `${p.name} in ${p.ring}`);
      await tabTo(page, page.getByRole("button", { name: "Add", exact: true }));
      await page.keyboard.press("Space");
      await page.getByRole("status").getByText(`${p.name} was added.`).waitFor();
      // Focus is back in the name field for the next person.
      assert.ok(await isFocused(page.getByLabel("Name or nickname")));
    }
    await tabTo(page, page.getByRole("link", { name: "Back to my people" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await page.getByText("Most involved: Amara. Moderately involved: Sam. Somewhat involved: Joy.").waitFor({ state: "attached" });
    // The list view groups by ring under headings.
    const list = page.getByRole("region", { name: "My people as a list" });
    for (const h of ["Most involved", "Moderately involved", "Somewhat involved"]) {
      await list.getByRole("heading", { level: 3, name: h }).waitFor();
    }

    // The circle: each person is focusable with a name; arrow keys move between rings.
    const circle = page.getByRole("group", { name: "Closeness circle" });
    const amara = circle.getByRole("button", { name: "Amara (mother), Most involved" });
    await tabTo(page, amara);
    await page.keyboard.press("ArrowDown");
    assert.ok(await isFocused(circle.getByRole("button", { name: /^Sam/ })), "down goes to the next circle out");
    await page.keyboard.press("ArrowDown");
    assert.ok(await isFocused(circle.getByRole("button", { name: /^Joy/ })));
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowDown");
    assert.ok(await isFocused(circle.getByRole("button", { name: /^Joy/ })));
    // "Move closer" acts on the person chosen in the circle.
    await tabTo(page, page.getByRole("button", { name: "Move closer" }));
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText("Joy is now in “Moderately involved”.").waitFor();
    await page.getByText("Moderately involved: Joy, Sam.").waitFor({ state: "attached" });
    await page.keyboard.press("Tab");
    assert.ok(await isFocused(page.getByRole("button", { name: "Move further" })));
    await page.keyboard.press("Enter");
    await page.getByRole("status").getByText("Joy is now in “Somewhat involved”.").waitFor();
    assert.deepEqual(b.errors, [], "no page errors during the keyboard journey");

    // ---- Seed one weekly check-in last week (the check-in screens belong to another feature).
    const lastMonday = addDays(new Date(), -((new Date().getDay() + 6) % 7) - 7);
    await page.evaluate(
      ([key, date]) => {
        const doc = JSON.parse(localStorage.getItem(key));
        const now = new Date().toISOString();
        // A complete PHQ-9 as the app writes it (each option's own score), total 5.
        const options = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];
        const answers = [2, 3, 0, 0, 0, 0, 0, 0, 0].map((score, i) => ({ item: `phq9.${i + 1}`, option: options[score], score }));
        doc.journal.checkins = doc.journal.checkins || {};
        doc.journal.checkins["seed-checkin"] = {
          id: "seed-checkin", created_at: now, updated_at: now,
          data: { measure: "phq9", date, answers, safety_flag: false },
        };
        localStorage.setItem(key, JSON.stringify(doc));
      },
      [JOURNAL_KEY, iso(addDays(lastMonday, 2))],
    );

    // ---- A week of self-care: the log's day field goes back to each day of last week.
    await open(page, b.base, "/people/today");
    assert.equal(await page.getByLabel("Day").inputValue(), iso(new Date()), "the day defaults to today");
    for (let i = 0; i < 7; i++) {
      const day = addDays(lastMonday, i);
      await page.getByLabel("Day").fill(iso(day));
      await page.getByLabel("Hours slept").fill(i % 2 ? "6" : "7.5");
      await page.getByRole("group", { name: "Regular meals?" }).getByLabel("Yes").check();
      await page.getByRole("group", { name: "Some movement?" }).getByLabel(i < 4 ? "Yes" : "No").check();
      await page.getByRole("group", { name: "Therapy session" }).getByLabel(i === 2 ? "Went" : "None due").check();
      if (i < 3) await page.getByLabel("One pleasant thing I did").fill("Walk with the baby");
      await page.getByRole("status").getByText(`Saved for ${long(day)}.`).waitFor();
      await settle(page);
    }
    // And today, with "+" for sleep.
    await page.getByLabel("Day").fill(iso(new Date()));
    await page.getByRole("button", { name: "Half an hour more" }).click();
    assert.equal(await page.getByLabel("Hours slept").inputValue(), "0.5", "an empty sleep field starts from nothing");
    await page.getByLabel("Hours slept").fill("6.5");
    await page.getByRole("button", { name: "Half an hour more" }).click();
    assert.equal(await page.getByLabel("Hours slept").inputValue(), "7");
    await page.getByRole("group", { name: "Regular meals?" }).getByLabel("Yes").check();

    // ---- Who-questions, naming Sam.
    await open(page, b.base, "/people/support");
    await page.getByLabel("Who can help?").fill("He could take one night feed");
    await page.getByRole("group", { name: "People for “Who can help?”" }).getByLabel("Sam").check();
    await page.getByLabel("Brainstorm: direct or indirect support, or social activities to do.").fill("Mothers' group on Thursday");
    await settle(page);

    // ---- A timeline event with Sam.
    await open(page, b.base, "/people/timeline");
    await page.getByLabel("When").fill(iso(addDays(lastMonday, 3)));
    await page.getByLabel("What happened?").fill("Sam went back to work");
    await page.getByRole("group", { name: "Who was involved? (optional)" }).getByLabel("Sam").check();
    await page.getByRole("group", { name: "How did your mood go?" }).getByLabel("Mood drops").check();
    await page.getByRole("button", { name: "Add to timeline" }).click();
    await page.getByRole("status").getByText("Added to your timeline: Sam went back to work.").waitFor();
    // The same page serves My work's timeline.
    await open(page, b.base, "/my-work/timeline");
    await page.getByRole("region", { name: "As a list" }).getByText("Sam went back to work. With Sam. Mood drops.", { exact: false }).waitFor();

    // ---- Reload: everything is there.
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    const chart = page.getByRole("img", { name: /^Chart of your check-in scores and life events/ });
    await chart.waitFor();
    const timelineList = page.getByRole("region", { name: "As a list" });
    await timelineList.getByText("PHQ-9 score 5.").waitFor();
    await timelineList.getByText("1. Sam went back to work. With Sam. Mood drops.").waitFor();

    await open(page, b.base, `/people/week/${iso(lastMonday)}`);
    const glance = page.getByRole("region", { name: "The week at a glance" });
    await glance.getByText("You wrote down how you looked after yourself on 7 days.").waitFor();
    await glance.getByText("Regular meals on 7 days.").waitFor();
    await glance.getByText("Some movement on 4 days.").waitFor();
    // Sleep is counted against her own goal, when she sets one: 7 hours here.
    await page.getByLabel("Hours of sleep I am aiming for").selectOption("14");
    await glance.getByText("4 nights reached your sleep goal.").waitFor();
    await glance.getByText("PHQ-9 score 5").waitFor();
    const table = page.getByRole("table");
    assert.equal(await table.getByRole("row").count(), 8, "a header and seven days");
    await table.getByRole("cell", { name: "Walk with the baby" }).first().waitFor();

    await open(page, b.base, "/");
    const card = page.getByRole("region", { name: "Today's self-care" });
    await card.getByText("Today: slept 7 h, regular meals.", { exact: false }).waitFor();

    await open(page, b.base, "/people/support");
    assert.equal(await page.getByLabel("Who can help?").inputValue(), "He could take one night feed");
    assert.ok(await page.getByRole("group", { name: "People for “Who can help?”" }).getByLabel("Sam").isChecked());

    await open(page, b.base, "/people");
    await page.getByText("Most involved: Amara. Moderately involved: Sam. Somewhat involved: Joy.").waitFor({ state: "attached" });

    // ---- Delete Sam, who is named in two notes: the question comes first.
    await page.getByRole("region", { name: "My people as a list" }).getByRole("link", { name: "Sam" }).click();
    await page.getByRole("heading", { level: 1, name: "Sam" }).waitFor();
    await page.getByRole("button", { name: "Remove from my people" }).click();
    const question = page.getByRole("group", { name: "Sam is named in 2 other places. What should happen there?" });
    await question.waitFor();
    await question.getByText("Who-questions, week of", { exact: false }).waitFor();
    await question.getByText("Timeline,", { exact: false }).waitFor();
    await question.getByRole("button", { name: "Keep their name in those notes" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await page.getByRole("status").getByText("Sam was removed from your people. 2 notes were changed.").waitFor();
    assert.equal(await page.getByRole("link", { name: "Sam", exact: true }).count(), 0);

    // No dangling link: the notes keep her name as text.
    await page.getByRole("link", { name: "Timeline of mood and life events" }).click();
    await page.getByRole("heading", { level: 1, name: "Timeline" }).waitFor();
    await timelineList.getByText("1. Sam went back to work. Mood drops.").waitFor();
    await page.getByRole("link", { name: "People" }).first().click();
    await page.getByRole("link", { name: "Who-questions this week" }).click();
    await page.getByRole("heading", { level: 1, name: "Who-questions" }).waitFor();
    assert.equal(await page.getByLabel("Who can help?").inputValue(), "He could take one night feed (Sam)");
    assert.equal(await page.getByRole("group", { name: "People for “Who can help?”" }).getByLabel("Sam").count(), 0);

    // Undo brings Sam back with every link.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByRole("status").getByText("Sam is back, with every note as it was.").waitFor();
    await page.getByRole("region", { name: "My people as a list" }).getByRole("link", { name: "Sam" }).waitFor();
    await page.getByRole("link", { name: "Timeline of mood and life events" }).click();
    await timelineList.getByText("1. Sam went back to work. With Sam. Mood drops.").waitFor();
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    const week = Object.values(doc.journal.support)[0].data;
    assert.equal(week.who_can_help.text, "He could take one night feed");
    assert.equal(week.who_can_help.people.length, 1);

    // Removing from notes instead: the link is dropped, her words stay, nothing dangles.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await page.getByRole("region", { name: "My people as a list" }).getByRole("link", { name: "Sam" }).click();
    await page.getByRole("button", { name: "Remove from my people" }).click();
    await page.getByRole("button", { name: "Remove them from those notes" }).click();
    await page.getByRole("link", { name: "Timeline of mood and life events" }).click();
    await timelineList.getByText("1. Sam went back to work. Mood drops.").waitFor();
    assert.equal(await page.getByText("Removed person").count(), 0);

    assert.deepEqual(b.outside, [], "no request may leave 127.0.0.1");
    assert.deepEqual(b.errors, [], "no page or CSP errors");
  } finally {
    await b.close();
  }
});

test("the sick-role plan: card, autosaved answers, helpers from her people, things put off with a review day", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people/new");
    await page.getByLabel("Name or nickname").fill("Amara");
    await page.getByLabel("Phone (optional)").fill("+254 712 345 678");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("status").getByText("Amara was added.").waitFor();
    // Her page: an inventory answer is saved the moment she leaves it, even mid-pause.
    await page.getByRole("link", { name: "Write about Amara" }).click();
    await page.getByRole("heading", { level: 1, name: "Amara" }).waitFor();
    const amaraPath = new URL(page.url()).pathname;
    await page.getByText("Relationship with the baby").waitFor({ state: "attached" });
    await page.getByLabel("Nature of interactions with them").fill("We talk every evening");
    await page.getByRole("link", { name: "People", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    await open(page, b.base, amaraPath);
    assert.equal(await page.getByLabel("Nature of interactions with them").inputValue(), "We talk every evening");

    await open(page, b.base, "/people/plan");
    await page.getByRole("heading", { level: 2, name: "You have an illness, and it is not your fault" }).waitFor();
    await page.getByText("complication of pregnancy", { exact: false }).waitFor();
    await page.getByLabel("Who needs to know?").fill("My mother and my sister");
    // Leaving the field saves at once.
    await page.getByLabel("How can they help you?").focus();
    await page.getByText("Saved").first().waitFor();

    const helpers = page.getByRole("region", { name: "Who should be able to come to your assistance?" });
    await helpers.getByLabel("From my people").selectOption({ label: "Amara" });
    await helpers.getByRole("button", { name: "Add to my plan" }).click();
    await helpers.getByText("Amara").first().waitFor();
    await helpers.getByLabel("Name").fill("Neighbour Joy");
    await helpers.getByLabel("Phone").fill("0700 111 222");
    await helpers.getByRole("button", { name: "Add to my plan" }).click();
    await helpers.getByText("0700 111 222").waitFor();
    // Removing can be undone.
    await helpers.getByRole("button", { name: "Remove Neighbour Joy" }).click();
    assert.equal(await helpers.getByText("0700 111 222").count(), 0);
    await helpers.getByRole("button", { name: "Undo" }).click();
    await helpers.getByText("0700 111 222").waitFor();

    const deferred = page.getByRole("region", { name: "What will you need to TEMPORARILY suspend or defer?" });
    await deferred.getByLabel("What I will put off for now").fill("Hosting the in-laws");
    await deferred.getByLabel("Look at it again on").fill(iso(new Date()));
    await deferred.getByRole("button", { name: "Add", exact: true }).click();
    await deferred.getByText(`Hosting the in-laws`).waitFor();

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "My sick-role plan" }).waitFor();
    assert.equal(await page.getByLabel("Who needs to know?").inputValue(), "My mother and my sister");
    await deferred.getByText(`look again on ${long(new Date())}`, { exact: false }).waitFor();
    // Home reminds her gently when the review day has come.
    await open(page, b.base, "/");
    await page.getByRole("region", { name: "Today's self-care" }).getByText("Hosting the in-laws", { exact: false }).waitFor();
    const doc = JSON.parse(await stored(page, JOURNAL_KEY));
    assert.equal(doc.journal.sick_role_plan.data.helpers.length, 2);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("every people screen passes axe-core checks (WCAG 2 A/AA), with people, a log and an event", async () => {
  const { readFile } = await import("node:fs/promises");
  const axeSource = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people/new");
    for (const [name, ring] of [["Amara", "Most involved"], ["Joy", "Somewhat involved"]]) {
      await page.getByLabel("Name or nickname").fill(name);
      await page.getByRole("radio", { name: ring }).check();
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await page.getByRole("status").getByText(`${name} was added.`).waitFor();
    }
    await open(page, b.base, "/people/today");
    await page.getByRole("group", { name: "Regular meals?" }).getByLabel("Yes").check();
    await open(page, b.base, "/people/timeline");
    await page.getByLabel("What happened?").fill("Baby is born");
    await page.getByRole("button", { name: "Add to timeline" }).click();
    await page.getByRole("status").getByText("Added to your timeline", { exact: false }).waitFor();
    const paths = ["/people", "/people/new", "/people/today", "/people/week", "/people/plan", "/people/support", "/people/timeline", "/"];
    for (const path of paths) {
      await open(page, b.base, path);
      if (path === "/people") await page.getByRole("button", { name: /^Amara/ }).click();
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert.deepEqual(violations, [], `axe on ${path}`);
    }
    // A person's page, reached from the list.
    await open(page, b.base, "/people");
    await page.getByRole("region", { name: "My people as a list" }).getByRole("link", { name: "Amara" }).click();
    await page.getByRole("heading", { level: 1, name: "Amara" }).waitFor();
    await page.evaluate(axeSource);
    const onPerson = await page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(onPerson, [], "axe on a person's page");
  } finally {
    await b.close();
  }
});

test("the people room speaks the browser's language: Spanish words and dates, Arabic right to left", async () => {
  const es = await launch({ locale: "es" });
  try {
    const { page } = es;
    await open(page, es.base, "/people/new");
    await page.getByRole("heading", { level: 1, name: "Añadir a alguien" }).waitFor();
    await page.getByLabel("Nombre o apodo").fill("Amara");
    await page.getByRole("radio", { name: "Mucha implicación" }).check();
    await page.getByRole("button", { name: "Añadir", exact: true }).click();
    await page.getByRole("status").getByText("Se añadió a Amara.").waitFor();
    await page.getByRole("link", { name: "Volver a mis personas" }).click();
    await page.getByRole("heading", { level: 1, name: "Personas" }).waitFor();
    const circle = page.getByRole("group", { name: "Círculo de cercanía" });
    await circle.getByRole("button", { name: "Amara, Mucha implicación" }).click();
    await page.getByRole("button", { name: "Acercar" }).click();
    await page.getByRole("status").getByText("Ya está en el círculo más cercano.").waitFor();
    await page.getByRole("region", { name: "Mis personas en una lista" })
      .getByRole("heading", { level: 3, name: "Implicación moderada" }).waitFor();
    // A date in a sentence, in Spanish: "Guardado para el 2 de marzo de 2026."
    await open(page, es.base, "/people/today");
    await page.getByRole("heading", { level: 1, name: "Autocuidado de hoy" }).waitFor();
    await page.getByRole("group", { name: "¿Comidas regulares?" }).getByLabel("Sí").check();
    const hoy = new Date().toLocaleDateString("es", { day: "numeric", month: "long", year: "numeric" });
    assert.match(hoy, /[a-z]{4,}/, "a Spanish month name");
    await page.getByRole("status").getByText(`Guardado para el ${hoy}.`).waitFor();
    await open(page, es.base, "/people/week");
    await page.getByRole("region", { name: "La semana de un vistazo" }).waitFor();
    const weekday = new Date().toLocaleDateString("es", { weekday: "short" });
    await page.getByRole("table").getByRole("rowheader", { name: new RegExp(`^${weekday}`, "i") }).first().waitFor();
    assert.deepEqual(es.errors, []);
  } finally {
    await es.close();
  }

  const ar = await launch({ locale: "ar" });
  try {
    const { page } = ar;
    await open(page, ar.base, "/people");
    await page.getByRole("heading", { level: 1, name: "الأشخاص" }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    await page.getByRole("link", { name: "إضافة شخص" }).first().waitFor();
    await open(page, ar.base, "/people/plan");
    await page.getByRole("heading", { level: 2, name: "لديكِ مرض، وليس ذنبك" }).waitFor();
    assert.deepEqual(ar.errors, []);
  } finally {
    await ar.close();
  }
});
