// The lay health worker's phone, part one: "Read aloud" on every questionnaire item (the browser's
// speech synthesis, stubbed here so the test hears exactly what would be said), an answer that
// waits for "Next" in worker mode, and the worker's referral step beside a self-harm flag, apart
// from the client's own safety screen. The PHQ-9 in another language is a placeholder clinic file
// (never a real translation in the tests).
import { test } from "node:test";
import assert from "node:assert/strict";
import { enterWorkerMode as enterWorkerModeAsWorker, go, launch, open, openCaseload, stored } from "./harness.mjs";

const WORKER_KEY = "between-sessions:worker";
const FREQ = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
const ITEM1 = "Little interest or pleasure in doing things";

const WORKER_PASSCODE = "worker 2468";

/**
 * Worker mode on for this phone as a health worker turns it on (Settings, her own passcode; the
 * phone's person "Me" becomes a client), then Me's record opened from the caseload and the page
 * that was open shown again.
 */
async function enterWorkerMode(page) {
  const path = new URL(page.url()).pathname;
  await enterWorkerModeAsWorker(page, { passcode: WORKER_PASSCODE });
  await openMe(page, path);
}

/** From the caseload: open Me's record, then go to `path` in the app. */
async function openMe(page, path) {
  await page.getByRole("button", { name: "Open Me", exact: true }).click();
  await page.getByText("Open record: Me", { exact: true }).waitFor();
  await go(page, path);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
}

/** In worker mode, load `path` afresh: the worker lock, the caseload, then Me's record at `path`. */
async function reopen(page, base, path) {
  await open(page, base, path);
  await openCaseload(page, { passcode: WORKER_PASSCODE });
  await openMe(page, path);
}

/**
 * Before any script of the page: a speech synthesis that records each utterance (text, lang and
 * the voice's name) and each cancel, with the voices in `window.__voices`.
 */
function stubSpeech(voices) {
  window.__spoken = [];
  window.__cancels = 0;
  window.__voices = voices;
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
      this.lang = "";
      this.voice = null;
    }
  };
  const synth = {
    speaking: false,
    pending: false,
    paused: false,
    onvoiceschanged: null,
    speak(u) {
      window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null });
    },
    cancel() {
      window.__cancels += 1;
    },
    getVoices() {
      return window.__voices;
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
}

const VOICES = [
  { lang: "en-US", name: "English (US)" },
  { lang: "sw_KE", name: "Kiswahili (Kenya)" },
];

/** A PHQ-9 clinic file in Swahili with placeholder texts only ("[sw] …"), so the test can tell them apart. */
function placeholderPhq9() {
  const ids = ["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((n) => `phq9.${n}`).concat("phq9.difficulty");
  return JSON.stringify({
    format: "between-sessions/measure-texts",
    version: 1,
    measure: "phq9",
    language: "sw",
    licence: "Placeholder texts for tests only.",
    instruction: "[sw] Instruction placeholder",
    items: ids.map((id) => ({ id, text: `[sw] Question ${id}`, options: [1, 2, 3, 4].map((n) => `[sw] ${id} option ${n}`) })),
  });
}

const spoken = (page) => page.evaluate(() => window.__spoken);

async function questionIs(page, n) {
  await page.getByText(`Question ${n} of 10`, { exact: true }).waitFor();
}

async function choose(page, answer) {
  await page.getByRole("radiogroup").getByRole("radio", { name: answer, exact: true }).click();
}

/** Where `a` is in the page relative to `b`: "before" or "after". */
function order(page, a, b) {
  return page.evaluate(([a, b]) => {
    const pos = document.querySelector(a).compareDocumentPosition(document.querySelector(b));
    return pos & Node.DOCUMENT_POSITION_FOLLOWING ? "before" : "after";
  }, [a, b]);
}

test("Read aloud says PHQ-9 item 1 and its four options as shown, in the wording's language, and a tap still moves on", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await page.addInitScript(stubSpeech, VOICES);
    await open(page, b.base, "/checkin/new/phq9");
    await questionIs(page, 1);
    const read = page.getByRole("button", { name: "Read aloud", exact: true });
    // For everyone, a quiet button after the answers.
    assert.match(await read.getAttribute("class"), /\bquiet\b/);
    assert.equal(await order(page, ".checkin-choices", ".checkin-aloud"), "before");
    await read.click();
    await page.waitForFunction(() => window.__spoken.length === 5);
    assert.deepEqual(await spoken(page), [ITEM1, ...FREQ].map((text) => ({ text, lang: "en", voice: "English (US)" })));
    assert.equal(await page.locator(".checkin-aloud-note").textContent(), "", "nothing to explain");

    // Without worker mode a tap on an answer moves on at once, and leaving the question stops
    // the reading.
    const cancels = await page.evaluate(() => window.__cancels);
    await choose(page, "Several days");
    await questionIs(page, 2);
    assert.ok((await page.evaluate(() => window.__cancels)) > cancels, "speech cancelled when the question changed");

    // The clinic's wording in Swahili (placeholder texts): read in Swahili, with the Swahili voice
    // (Android spells it sw_KE).
    await page.evaluate((t) => {
      localStorage.removeItem("between-sessions:default:draft:checkin");
      localStorage.setItem("between-sessions:clinic:phq9", t);
    }, placeholderPhq9());
    await open(page, b.base, "/checkin/new/phq9");
    await page.getByRole("heading", { level: 2, name: "[sw] Question phq9.1" }).waitFor();
    await page.evaluate(() => (window.__spoken = []));
    await page.getByRole("button", { name: "Read aloud", exact: true }).click();
    await page.waitForFunction(() => window.__spoken.length === 5);
    const sw = ["[sw] Question phq9.1", ...[1, 2, 3, 4].map((n) => `[sw] phq9.1 option ${n}`)];
    assert.deepEqual(await spoken(page), sw.map((text) => ({ text, lang: "sw", voice: "Kiswahili (Kenya)" })));

    // A phone with no Swahili voice reads nothing (an English voice would mangle the words) and
    // says so calmly; nothing is downloaded.
    await page.evaluate(() => {
      window.__spoken = [];
      window.__voices = [{ lang: "en-US", name: "English (US)" }];
    });
    await page.getByRole("button", { name: "Read aloud", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "This phone has no voice for Swahili (Kiswahili)." }).waitFor();
    assert.equal(await page.locator(".checkin-aloud-note").textContent(), "This phone has no voice for Swahili (Kiswahili).");
    assert.deepEqual(await spoken(page), []);
    assert.equal(await page.getByRole("alert").filter({ hasText: /\S/ }).count(), 0, "never an error");
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("worker mode: Read aloud comes first and prominent, and an answer waits for Next", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await page.addInitScript(stubSpeech, [{ lang: "en-GB", name: "English (UK)" }]);
    await open(page, b.base, "/checkin/new/phq9");
    await enterWorkerMode(page);
    await questionIs(page, 1);
    const read = page.getByRole("button", { name: "Read aloud", exact: true });
    assert.doesNotMatch(await read.getAttribute("class") ?? "", /\bquiet\b/, "primary in worker mode");
    assert.equal(await order(page, ".checkin-aloud", "#checkin-question"), "before", "first in the item");
    const box = await read.boundingBox();
    assert.ok(box.height >= 48, `48 px tall (${box.height})`);
    await read.click();
    await page.waitForFunction(() => window.__spoken.length === 5);
    assert.deepEqual((await spoken(page)).map((u) => u.text), [ITEM1, ...FREQ]);
    assert.ok((await spoken(page)).every((u) => u.lang === "en" && u.voice === "English (UK)"));

    // The tap only selects; she may change it; "Next" confirms and moves on.
    await choose(page, "Nearly every day");
    await page.waitForTimeout(300);
    await questionIs(page, 1);
    assert.ok(await page.getByRole("radio", { name: "Nearly every day" }).isChecked());
    await choose(page, "Several days");
    await page.waitForTimeout(300);
    await questionIs(page, 1);
    assert.ok(await page.getByRole("radio", { name: "Several days" }).isChecked());
    assert.equal(await page.getByRole("radio", { name: "Nearly every day" }).isChecked(), false);
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await questionIs(page, 2);
    await page.getByRole("button", { name: "Back", exact: true }).click();
    await questionIs(page, 1);
    assert.ok(await page.getByRole("radio", { name: "Several days" }).isChecked(), "the confirmed answer was kept");

    // No voice for the questionnaire's language: calm words for the worker.
    await page.evaluate(() => (window.__voices = [{ lang: "fr-FR", name: "Français" }]));
    await read.click();
    await page
      .getByRole("status")
      .filter({ hasText: "This phone has no voice for English. You can read the question to her." })
      .waitFor();
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("worker mode: a PHQ-9 of 20 with item 9 'More than half the days' shows her safety screen unchanged, then the worker's referral step apart", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    // The client's own safety screen without worker mode, to compare with.
    await page.evaluate(() => {
      const answers = Array.from({ length: 8 }, (_, i) => ({ item: `phq9.${i + 1}`, option: "LA6568-5", score: 0 }));
      localStorage.setItem(
        "between-sessions:default:draft:checkin",
        JSON.stringify({ draft: { measure: "phq9", answers, current: 8, since_last_met: "", people_this_week: "" } }),
      );
    });
    await open(page, b.base, "/checkin/new/phq9");
    await choose(page, "More than half the days");
    await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
    const hers = await page.getByRole("main").innerText();
    await page.evaluate(() => localStorage.removeItem("between-sessions:default:draft:checkin"));

    await open(page, b.base, "/settings");
    await enterWorkerMode(page);
    // The referral step, set in Settings by the worker.
    const section = page.getByRole("region", { name: "Referral step (worker mode)" });
    await section.getByLabel("Your program's safety protocol").fill("Call your supervisor today.\nIf she agrees, walk her to the clinic.");
    await section.getByLabel("Supervisor's name").fill("Amina");
    await section.getByLabel("Supervisor's phone number").fill("+254 (700) 000-001");
    await section.getByRole("button", { name: "Save referral step" }).click();
    await section.getByRole("status").filter({ hasText: "Saved on this phone." }).waitFor();
    const kept = JSON.parse(await stored(page, WORKER_KEY));
    assert.deepEqual(kept, {
      enabled: true,
      protocol: "Call your supervisor today.\nIf she agrees, walk her to the clinic.",
      supervisor_name: "Amina",
      supervisor_phone: "+254 (700) 000-001",
    });

    // PHQ-9: 3 3 3 3 2 2 1 1 2 = 20, each answer confirmed with Next.
    await reopen(page, b.base, "/checkin");
    await page.getByRole("link", { name: "Start PHQ-9" }).click();
    const scores = [3, 3, 3, 3, 2, 2, 1, 1, 2];
    for (let i = 0; i < 9; i++) {
      await questionIs(page, i + 1);
      await choose(page, FREQ[scores[i]]);
      if (i === 8) {
        // Nothing opens before the worker confirms.
        await page.waitForTimeout(300);
        assert.equal(await page.getByRole("heading", { level: 1, name: "You are not alone" }).count(), 0);
      }
      await page.getByRole("button", { name: "Next", exact: true }).click();
    }
    // The client's safety screen, word for word as without worker mode, and nothing of the
    // worker's on it.
    await page.getByRole("heading", { level: 1, name: "You are not alone" }).waitFor();
    assert.equal(await page.getByRole("main").innerText(), hers);
    assert.equal(await page.getByText("Follow your program's referral step").count(), 0);
    await page.getByRole("button", { name: "Continue my check-in" }).click();
    await questionIs(page, 10);
    await choose(page, "Very difficult");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await page.getByRole("button", { name: "Review my answers" }).click();
    await page.getByRole("button", { name: "Save check-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Your PHQ-9 result" }).waitFor();
    assert.equal(await page.locator(".checkin-total-number").textContent(), "20");

    // Her safety note as always; then, apart from it, the worker's box.
    const note = page.getByRole("region", { name: "You are not alone" });
    await note.getByRole("link", { name: "Get help now" }).waitFor();
    const worker = page.getByRole("region", { name: "Follow your program's referral step" });
    await worker.getByText("For the health worker").waitFor();
    assert.equal(await order(page, ".checkin-safety-note", ".referral-step"), "before");
    assert.equal(await note.getByText("Follow your program's referral step").count(), 0);
    assert.equal(
      await worker.locator(".referral-protocol").innerText(),
      "Call your supervisor today.\nIf she agrees, walk her to the clinic.",
    );
    const call = worker.getByRole("link", { name: "Call Amina" });
    assert.equal(await call.getAttribute("href"), "tel:+254700000001");
    assert.match(await call.getAttribute("href"), /^tel:\+?\d+$/);
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("worker mode: Settings refuses a supervisor number that cannot be dialled, in her language, and keeps the saved one", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    // Without worker mode there is no referral step to set.
    assert.equal(await page.getByRole("region", { name: "Referral step (worker mode)" }).count(), 0);
    // What is the phone's and what is hers, one sentence each.
    await page.getByText("Language of the app: this phone.", { exact: false }).waitFor();
    await page.getByText("Country: this person's record.", { exact: false }).waitFor();
    await enterWorkerMode(page);
    const section = page.getByRole("region", { name: "Referral step (worker mode)" });
    const phone = section.getByLabel("Supervisor's phone number");
    await phone.fill("0700 111 222");
    await section.getByRole("button", { name: "Save referral step" }).click();
    await section.getByRole("status").filter({ hasText: "Saved on this phone." }).waitFor();
    const before = await stored(page, WORKER_KEY);
    assert.equal(JSON.parse(before).supervisor_phone, "0700 111 222");

    await phone.fill("call Amina");
    await section.getByRole("button", { name: "Save referral step" }).click();
    await section
      .getByRole("alert")
      .filter({ hasText: "The supervisor's number cannot be used: A phone number cannot contain “c”: use digits, spaces and + - ( ) only." })
      .waitFor();
    assert.equal(await stored(page, WORKER_KEY), before, "the saved number is kept");
    assert.equal(await phone.inputValue(), "call Amina", "what she typed stays to correct");
    assert.equal(await section.locator("[role=status]").textContent(), "", "no 'Saved' for a refusal");

    // The same in Swahili, translated from the refusal, not from English words.
    await page.getByLabel("Language", { exact: true }).selectOption("sw");
    await page.getByRole("heading", { level: 1, name: "Mipangilio" }).waitFor();
    const sw = page.getByRole("region", { name: "Hatua ya rufaa (hali ya mhudumu)" });
    await sw.getByRole("button", { name: "Hifadhi hatua ya rufaa" }).click();
    await sw.getByRole("alert").filter({ hasText: "Namba ya msimamizi haiwezi kutumika:" }).waitFor();
    assert.equal(await stored(page, WORKER_KEY), before);
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("worker mode: the clinic contacts file's referral step is checked and kept; a bad one changes nothing", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/settings");
    await enterWorkerMode(page);
    const file = (referral) => ({
      name: "contacts.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({
          format: "between-sessions/clinic-contacts",
          version: 1,
          clinic: "Riverside",
          contacts: [{ role: "clinic", label: "Riverside clinic", number: "+254 20 000 0000" }],
          referral,
        }),
      ),
    });
    const input = page.getByLabel("Load clinic contacts file");
    await input.setInputFiles(file({ supervisor_phone: "call Amina" }));
    await page
      .getByRole("alert")
      .filter({ hasText: "This file was not used, and nothing changed: the referral step in the file was refused (The supervisor's number cannot be used:" })
      .waitFor();
    assert.deepEqual(JSON.parse(await stored(page, WORKER_KEY)), { enabled: true });

    await input.setInputFiles(file({ protocol: "Refer to the clinic the same day.", supervisor_name: "Amina", supervisor_phone: "0700 111 222" }));
    await page
      .getByRole("status")
      .filter({ hasText: /from Riverside are in your care team\. The program's referral step from the file was saved on this phone\.$/ })
      .waitFor();
    assert.deepEqual(JSON.parse(await stored(page, WORKER_KEY)), {
      enabled: true,
      protocol: "Refer to the clinic the same day.",
      supervisor_name: "Amina",
      supervisor_phone: "0700 111 222",
    });
    // The form shows it too once Settings opens again.
    await reopen(page, b.base, "/settings");
    assert.equal(await page.getByLabel("Supervisor's phone number").inputValue(), "0700 111 222");
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});
