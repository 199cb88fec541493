// "Doing the work of IPT": problem area and worksheets, communication and decision analysis,
// experiments, ending well, Learn. Found by role and accessible name, as a screen reader would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { JOURNAL_KEY, launch, open, stored } from "./harness.mjs";

const journal = async (page) => JSON.parse(await stored(page, JOURNAL_KEY)).journal;
// Records are stored keyed by id (the id is not repeated inside): give each its key back.
const live = (collection) =>
  Object.entries(collection || {})
    .map(([id, r]) => ({ ...r, id }))
    .filter((r) => !r.deleted_at);
// A stored worksheet as [kind, fields], whichever way the enum is tagged.
const sheet = (w) => (w.data.kind ? [w.data.kind, w.data] : Object.entries(w.data)[0]);
const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();

test("a decision becomes an experiment, and what she learned shows in the progress review", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/");
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "My work" }).click();
    await h1(page, "My work");
    assert.equal(await nav.getByRole("link", { name: "My work" }).getAttribute("aria-current"), "page");
    // The timeline (built with People) opens from here too.
    await page.getByRole("link", { name: /^Timeline/ }).click();
    await h1(page, "Timeline");
    await page.goBack();
    await h1(page, "My work");
    await page.getByRole("link", { name: /^Decisions/ }).click();
    await h1(page, "Decisions");
    await page.getByRole("button", { name: "Start a decision" }).click();
    await h1(page, "Decision analysis");
    assert.match(new URL(page.url()).pathname, /^\/my-work\/decisions\/[0-9a-f-]{36}$/);

    await page.getByRole("textbox", { name: "The problem" }).fill("Who gets up for the night feeds");
    await page.getByLabel("What I want").fill("More sleep on weekends");
    // Options are cheap: one field and Enter, again and again.
    const add = page.getByLabel("New option");
    for (const o of ["Ask Sam to do Saturday nights", "Ask my sister", "Say nothing"]) {
      await add.fill(o);
      await add.press("Enter");
    }
    assert.equal(await add.inputValue(), "", "the field is ready for the next option");
    assert.equal(await page.getByRole("textbox", { name: "Option 3", exact: true }).inputValue(), "Say nothing");
    // Remove with undo puts it back in place.
    await page.getByRole("button", { name: "Remove option 2" }).click();
    await page.getByText("Removed \u201cAsk my sister\u201d.").waitFor();
    assert.equal(await page.getByRole("textbox", { name: "Option 2", exact: true }).inputValue(), "Say nothing");
    await page.getByRole("button", { name: "Undo" }).click();
    assert.equal(await page.getByRole("textbox", { name: "Option 2", exact: true }).inputValue(), "Ask my sister");
    // Pros, cons and what it does to the relationship, per option.
    const first = page.getByRole("listitem").filter({ has: page.getByRole("textbox", { name: "Option 1", exact: true }) });
    await first.getByText("Pros, cons, and the relationship").click();
    await first.getByLabel("Pros").fill("I would sleep on Sunday");
    await first.getByLabel("What it would do to the relationship").fill("We would share the nights");
    await page.getByLabel("Good things about changing the communication").fill("I say what I need");
    // Choose one, then plan an experiment from it.
    await page.getByRole("radio", { name: "Ask Sam to do Saturday nights" }).check();
    await page.getByRole("button", { name: "Plan an experiment from this option" }).click();
    await h1(page, "Experiment");
    assert.match(new URL(page.url()).pathname, /^\/my-work\/experiments\//);
    assert.equal(await page.getByLabel("The goal").inputValue(), "More sleep on weekends");
    assert.equal(await page.getByLabel("The script (what I will say, how)").inputValue(), "Ask Sam to do Saturday nights");
    await page.getByRole("link", { name: "Decision analysis: Who gets up for the night feeds" }).waitFor();

    let j = await journal(page);
    const [decisionRec] = live(j.worksheets);
    const [decisionKind, data] = sheet(decisionRec);
    assert.equal(decisionKind, "decision_analysis");
    const decision = { id: decisionRec.id, data };
    assert.deepEqual(decision.data.options.map((o) => o.text), ["Ask Sam to do Saturday nights", "Ask my sister", "Say nothing"]);
    assert.equal(decision.data.options[0].pros, "I would sleep on Sunday");
    assert.equal(decision.data.options[0].relationship, "We would share the nights");
    assert.equal(decision.data.chosen, decision.data.options[0].id);
    assert.equal(decision.data.change_good, "I say what I need");

    // Not done asks why first; then she changes her mind and marks it done.
    await page.getByRole("button", { name: "Mark as not done" }).click();
    await page.getByRole("button", { name: "Save as not done" }).click();
    await page.getByText("Write a few words about why it did not happen.", { exact: false }).waitFor();
    assert.equal(await page.getByText("Now: Planned").count(), 1);
    await page.getByLabel("Practice: play yourself").fill("I start calmly");
    await page.getByRole("button", { name: "Mark as practised" }).click();
    await page.getByText("Now: Practised").waitFor();
    await page.getByRole("button", { name: "Mark as done" }).click();
    await page.getByRole("heading", { name: "Afterwards" }).waitFor();
    await page.getByLabel("What happened").fill("I asked on Thursday");
    await page.getByLabel("What I learned").fill("Asking early works better");
    await page.getByLabel("Next step").fill("Ask about Sundays too");
    // Straight to the review through the bottom bar.
    await nav.getByRole("link", { name: "My work" }).click();
    await page.getByRole("link", { name: /^Ending well/ }).click();
    await h1(page, "Ending well");
    const review = page.getByRole("region", { name: "Looking back" });
    await review.getByText("You tried 1 experiment.").waitFor();
    await review.getByText("Asking early works better").waitFor();
    await review.getByRole("link", { name: "More sleep on weekends" }).waitFor();
    await review.getByRole("link", { name: "Decision analysis: Who gets up for the night feeds" }).waitFor();

    j = await journal(page);
    const [exp] = live(j.experiments);
    assert.equal(exp.data.status, "done");
    assert.equal(exp.data.practice_me, "I start calmly");
    assert.equal(exp.data.next_step, "Ask about Sundays too");
    assert.deepEqual(exp.data.from_decision, [decision.id, decision.data.options[0].id]);

    // Back on the decision, the chosen option leads to its experiment instead of a second one.
    await review.getByRole("link", { name: "Decision analysis: Who gets up for the night feeds" }).click();
    await h1(page, "Decision analysis");
    assert.equal(await page.getByRole("radio", { name: "Ask Sam to do Saturday nights" }).isChecked(), true);
    await page.getByRole("link", { name: "Open the experiment" }).click();
    await h1(page, "Experiment");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("text typed and left at once, without waiting, is still there after a reload", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/my-work/conversations");
    await page.getByRole("button", { name: "Look at a conversation" }).click();
    await h1(page, "Communication analysis");
    const path = new URL(page.url()).pathname;
    // In writing: the note about lost tone is shown.
    await page.getByLabel("In writing (texts, chat, email)").check();
    await page.getByText("Texts, chat and email lose tone and body language.", { exact: false }).waitFor();
    // Every question of the source is asked.
    for (const q of [
      "Where were you when this conversation occurred?", "Who else was present?", "What exactly was said?",
      "How did you say it (body language, tone)?", "What did you intend to communicate?", "How did you feel?",
      "How did they feel?", "What do you think they understood?", "What went well?",
      "What would you like to change about the interaction?",
    ]) {
      await page.getByText(q, { exact: true }).waitFor();
    }

    // 1. Typed, then the back button at once: no blur, no pause.
    await page.getByLabel("What was said").pressSequentially("I told him I was too tired to", { delay: 5 });
    await page.goBack();
    await h1(page, "Conversations");
    // 2. Typed, then a reload at once.
    await page.goForward();
    await h1(page, "Communication analysis");
    assert.equal(await page.getByLabel("What was said").inputValue(), "I told him I was too tired to");
    await page.getByLabel("How I felt").fill("Alone with it");
    await page.reload();
    await h1(page, "Communication analysis");
    // 3. Typed, then another place in the bottom bar.
    await page.getByLabel("What went well").fill("I said it calmly");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "This week" }).click();
    await h1(page, "This week");

    await page.reload();
    await open(page, b.base, path);
    assert.equal(await page.getByLabel("What was said").inputValue(), "I told him I was too tired to");
    assert.equal(await page.getByLabel("How I felt").inputValue(), "Alone with it");
    assert.equal(await page.getByLabel("What went well").inputValue(), "I said it calmly");
    assert.equal(await page.getByLabel("In writing (texts, chat, email)").isChecked(), true);
    const [ca] = live((await journal(page)).worksheets);
    assert.equal(sheet(ca)[0], "communication_analysis");
    assert.equal(sheet(ca)[1].in_writing, true);
    // The conversation is listed, ready to open again.
    await page.getByRole("link", { name: "All conversations" }).click();
    await page.getByRole("link", { name: "A conversation" }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("changing the problem area keeps the earlier worksheet, one tap away", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/my-work");
    await page.getByRole("link", { name: /^Problem area/ }).click();
    await h1(page, "Problem area");
    // Each area comes with its one-line explanation.
    const transition = page.getByRole("radio", { name: /^Role transition/ });
    assert.match(await transition.getAttribute("aria-describedby"), /about/);
    await page.getByText("A big change in your life, like becoming a mother, moving, or losing a job.").waitFor();
    await transition.check();
    await page.getByRole("button", { name: "Save and open the worksheet" }).click();
    await h1(page, "Role transition");
    // The 2x2 grid starts empty: nothing but the prompts.
    for (const g of ["Old role: positive", "Old role: negative", "New role: positive", "New role: negative"]) {
      const group = page.getByRole("group", { name: g });
      assert.equal(await group.getByRole("listitem").count(), 0, g);
    }
    await page.getByText("List positives and negatives of each.").waitFor();
    await page.getByRole("textbox", { name: "The change" }).fill("Becoming a mother");
    const oldPlus = page.getByRole("group", { name: "Old role: positive" });
    await oldPlus.getByLabel("Add to Old role: positive").fill("Freedom");
    await oldPlus.getByLabel("Add to Old role: positive").press("Enter");
    await oldPlus.getByLabel("Add to Old role: positive").fill("Me-time");
    await oldPlus.getByRole("button", { name: "Add" }).click();
    await oldPlus.getByRole("button", { name: "Remove \u201cFreedom\u201d" }).click();
    await oldPlus.getByText("Removed \u201cFreedom\u201d.").waitFor();
    await oldPlus.getByRole("button", { name: "Undo" }).click();
    assert.deepEqual(await oldPlus.getByRole("listitem").allInnerTexts().then((t) => t.map((s) => s.split("\n")[0].trim())), ["Freedom", "Me-time"]);

    // Change the area.
    await page.getByRole("link", { name: "Problem area" }).click();
    await h1(page, "Problem area");
    await page.getByRole("radio", { name: /^Role dispute/ }).check();
    await page.getByText("Your worksheet for the area you have now is kept.", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Change to this area" }).click();
    await h1(page, "Role dispute");
    await page.getByRole("radio", { name: /^Impasse/ }).check();
    await page.getByText("Talking has stopped and you feel stuck", { exact: false }).waitFor();

    await page.reload();
    await h1(page, "Role dispute");
    assert.equal(await page.getByRole("radio", { name: /^Impasse/ }).isChecked(), true);
    await page.getByRole("link", { name: "Problem area" }).click();
    const earlier = page.getByRole("region", { name: "Earlier worksheets" });
    await earlier.getByRole("link", { name: "Role transition" }).click();
    await h1(page, "Role transition");
    await page.getByText("This is an earlier worksheet. It is kept, and you can still add to it.").waitFor();
    assert.equal(await page.getByRole("textbox", { name: "The change" }).inputValue(), "Becoming a mother");
    await page.getByRole("group", { name: "Old role: positive" }).getByText("Me-time").waitFor();

    const j = await journal(page);
    assert.equal(j.focus.data.area, "role_dispute");
    const sheets = live(j.worksheets).map(sheet);
    assert.deepEqual(sheets.map(([k]) => k).sort(), ["role_dispute", "role_transition"]);
    const rt = sheets.find(([k]) => k === "role_transition")[1];
    assert.deepEqual(rt.old_positive, ["Freedom", "Me-time"]);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("the experiment due before her session is on the home screen; warning signs undo", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    await page.getByLabel("My session day").selectOption({ label: "Friday" });
    assert.equal((await journal(page)).settings.data.session_weekday, 4);
    await page.getByRole("link", { name: "Between Sessions" }).click();
    await h1(page, "This week");
    assert.equal(await page.getByRole("region", { name: "Before your next session" }).count(), 0, "nothing planned, no card");

    await open(page, b.base, "/my-work/experiments");
    await page.getByRole("button", { name: "Plan a new experiment" }).click();
    await h1(page, "Experiment");
    await page.getByText("Choose the person this is with.").waitFor();
    await page.getByLabel("Or write a name").fill("My mother");
    await page.getByLabel("The goal").fill("Ask her to visit on Sundays");
    const barriers = page.getByRole("group", { name: "Expected barriers and how to handle them" });
    await barriers.getByRole("button", { name: "Add a barrier" }).click();
    await barriers.getByLabel("What might get in the way").fill("She may say no");
    await barriers.getByLabel("How I will handle it").fill("Ask about another day");
    await page.getByRole("link", { name: "This week" }).click();
    const card = page.getByRole("region", { name: "Before your next session" });
    await card.getByText("Ask her to visit on Sundays").waitFor();
    await card.getByText("With My mother · Planned").waitFor();
    await card.getByText(/^Your next session: Friday /).waitFor();
    await card.getByRole("link", { name: "Open the experiment" }).click();
    await h1(page, "Experiment");
    assert.equal(await page.getByLabel("How I will handle it").inputValue(), "Ask about another day");

    // Ending well: warning signs with undo, and whom to contact.
    await open(page, b.base, "/my-work/ending");
    const signs = page.getByRole("group", { name: "My warning signs" });
    for (const s of ["Not sleeping even when the baby sleeps", "Not answering my sister"]) {
      await signs.getByLabel("Add to My warning signs").fill(s);
      await signs.getByLabel("Add to My warning signs").press("Enter");
    }
    await signs.getByLabel("Add to My warning signs").fill("not answering my sister");
    await signs.getByLabel("Add to My warning signs").press("Enter");
    await signs.getByText("That sign is already on your list.").waitFor();
    await signs.getByRole("button", { name: "Remove \u201cNot answering my sister\u201d" }).click();
    await signs.getByRole("button", { name: "Undo" }).click();
    await page.getByLabel("What I will do").fill("Call my therapist's clinic");
    await page.getByLabel("Other people to contact").fill("My sister Ana");
    await page.reload();
    await h1(page, "Ending well");
    const plan = (await journal(page)).ending.data;
    assert.deepEqual(plan.warning_signs, ["Not sleeping even when the baby sleeps", "Not answering my sister"]);
    assert.equal(plan.will_do, "Call my therapist's clinic");
    assert.equal(plan.will_contact_text, "My sister Ana");
    assert.equal(await page.getByText("Your plan could also have:").count(), 0, "the plan is complete");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("Learn opens from the header and reads page by page", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/");
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Learn" }).click();
    await h1(page, "Learn");
    await page.getByRole("link", { name: /^What is IPT\?/ }).click();
    await h1(page, "What is IPT?");
    await page.getByText("IPT stands for Interpersonal Psychotherapy.", { exact: false }).waitFor();
    await page.getByRole("link", { name: "The sick role: taking care of yourself" }).click();
    await h1(page, "The sick role: taking care of yourself");
    await open(page, b.base, "/learn/baby-blues");
    await h1(page, "Baby blues or perinatal depression?");
    await open(page, b.base, "/learn/nothing-here");
    await h1(page, "This page is not here");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("My work speaks Spanish and Arabic: headings, buttons, clinicians' prompts, dates, right to left", async () => {
  let b = await launch({ locale: "es" });
  try {
    const { page } = b;
    await open(page, b.base, "/my-work");
    await h1(page, "Mi trabajo");
    await page.getByRole("link", { name: /^Área problema/ }).click();
    await h1(page, "Área problema");
    await page.getByText("La muerte de alguien importante para ti", { exact: false }).waitFor();
    await page.getByRole("radio", { name: /^Duelo/ }).check();
    await page.getByRole("button", { name: "Guardar y abrir la hoja de trabajo" }).click();
    await h1(page, "Duelo");
    // The clinicians' prompts, translated, looked up by section and field.
    await page.getByText("¿Quién murió y cuándo?", { exact: true }).waitFor();
    await page.getByRole("textbox", { name: "Recuerdos buenos" }).fill("Cantaba conmigo");

    await open(page, b.base, "/my-work/decisions");
    await h1(page, "Decisiones");
    await page.getByRole("button", { name: "Empezar una decisión" }).click();
    await h1(page, "Análisis de decisiones");
    await page.getByRole("textbox", { name: "El problema" }).fill("Las tomas de noche");
    const add = page.getByLabel("Nueva opción");
    await add.fill("Pedir ayuda a mi hermana");
    await add.press("Enter");
    assert.equal(await page.getByRole("textbox", { name: "Opción 1", exact: true }).inputValue(), "Pedir ayuda a mi hermana");
    await page.getByRole("button", { name: "Quitar la opción 1" }).click();
    await page.getByText("Se quitó «Pedir ayuda a mi hermana».").waitFor();
    await page.getByRole("button", { name: "Deshacer" }).click();

    await open(page, b.base, "/my-work/experiments");
    await h1(page, "Experimentos");
    await page.getByRole("button", { name: "Planear un experimento nuevo" }).click();
    await h1(page, "Experimento");
    await page.getByText("Elige con qué persona es.").waitFor();
    await page.getByLabel("O escribe un nombre").fill("Mi madre");
    await page.getByLabel("El objetivo").fill("Pedirle que venga los domingos");
    await page.getByLabel("Cuándo", { exact: true }).fill("2026-03-14");
    await page.getByRole("button", { name: "Marcar como practicado" }).click();
    await page.getByText("Ahora: Practicado").waitFor();
    await page.getByRole("link", { name: "Todos los experimentos" }).click();
    await h1(page, "Experimentos");
    // The day in Spanish, as the browser's Intl writes it ("sábado, 14 de marzo").
    const row = page.getByRole("link", { name: /Pedirle que venga los domingos/ });
    assert.match(await row.innerText(), /Con Mi madre · sábado,? 14 de marzo · Practicado/);
    assert.equal(await page.getByText("March").count(), 0);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }

  b = await launch({ locale: "ar" });
  try {
    const { page } = b;
    await open(page, b.base, "/my-work/focus");
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    await h1(page, "مجال المشكلة");
    await page.getByRole("radio", { name: /^خلاف حول الأدوار/ }).check();
    await page.getByRole("button", { name: "احفظي وافتحي ورقة العمل" }).click();
    await h1(page, "خلاف حول الأدوار");
    await page.getByRole("radio", { name: /^طريق مسدود/ }).check();
    await open(page, b.base, "/my-work/ending");
    await h1(page, "إنهاء جيد");
    await page.getByRole("region", { name: "نظرة إلى الوراء" }).waitFor();
    await page.getByRole("group", { name: "علامات الإنذار الخاصة بي" }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
