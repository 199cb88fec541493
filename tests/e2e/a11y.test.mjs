// Accessibility as a feature, proven on every page of the app with a realistic journal (the pinned
// February 2026 sample, plus a worksheet of every kind): axe-core WCAG 2.0/2.1 A and AA in light
// and dark mode; 44 px (aim 48) touch targets at 412 px wide; no sideways scrolling at 200% text;
// nothing moving with reduced motion; a visible focus ring on everything the keyboard reaches; a
// whole PHQ-9 check-in by keyboard alone; and every bottom-bar place reached with Tab and Enter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, PHQ9_CODES, daysFromNow, enterWorkerMode, go, launch, localDay, open, openCaseload } from "./harness.mjs";

const AXE = await readFile(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const FIXTURE = new URL("../fixtures/journals/v1-sample.json", import.meta.url);
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const DRAFT_KEY = "between-sessions:default:draft:checkin";
const FREQ = ["Not at all", "Several days", "More than half the days", "Nearly every day"];

// Records in the sample journal.
const AMANI = "10000000-0000-4000-8000-000000000001";
const PHQ9_FLAGGED = "20000000-0000-4000-8000-00000000000a";
const GAD7 = "20000000-0000-4000-8000-00000000000b";
const TRANSITION = "80000000-0000-4000-8000-000000000001";
const DISPUTE = "80000000-0000-4000-8000-000000000002";
const EXPERIMENT = "90000000-0000-4000-8000-000000000001";

/** The UI text of `key` ("ns.a.b") in `locale`, with {{ variables }} filled in. */
function text(locale, key, vars = {}) {
  const [ns, ...path] = key.split(".");
  const file = new URL(`../../locales/${locale}/${ns}.json`, import.meta.url);
  let v = JSON.parse(readFileSync(file, "utf8"));
  for (const k of path) v = v?.[k];
  assert.equal(typeof v, "string", `${locale}/${key}`);
  return v.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(vars[name]));
}

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const pathOf = (page) => new URL(page.url()).pathname;

/** Put a journal into this profile's storage and open `path`. */
async function seed(b, text, path = "/") {
  await open(b.page, b.base);
  await b.page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, text]);
  await open(b.page, b.base, path);
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

let world;
/**
 * The sample journal with a worksheet of every kind added through the app (grief and loneliness
 * by changing the problem area, then a conversation and a decision), the Learn pages and a
 * handoff link. Built once, then seeded into each test's fresh profile.
 */
async function buildWorld() {
  if (world) return world;
  const b = await launch();
  try {
    const { page } = b;
    await seed(b, await readFile(FIXTURE, "utf8"), "/my-work/focus");
    const sheets = {};
    for (const area of ["Grief", "Interpersonal sensitivity / loneliness", "Role transition"]) {
      await open(page, b.base, "/my-work/focus");
      await page.getByRole("radio", { name: new RegExp(`^${area.replace("/", "\\/")}`) }).check();
      await page.getByRole("button", { name: /^(Change to this area|Open the worksheet)$/ }).click();
      await page.waitForURL(/\/my-work\/worksheets\//);
      sheets[area] = pathOf(page);
    }
    await open(page, b.base, "/my-work/conversations");
    await page.getByRole("button", { name: "Look at a conversation" }).click();
    await page.waitForURL(/\/my-work\/conversations\/[0-9a-f-]{36}$/);
    await h1(page, "Communication analysis");
    const conversation = pathOf(page);
    await page.getByRole("textbox").first().fill("Asking Amani about the night feeds");
    await open(page, b.base, "/my-work/decisions");
    await page.getByRole("button", { name: "Start a decision" }).click();
    await h1(page, "Decision analysis");
    const decision = pathOf(page);
    await page.getByRole("textbox", { name: "The problem" }).fill("Who gets up for the night feeds");
    const add = page.getByLabel("New option");
    for (const o of ["Ask Amani to do Saturday nights", "Ask Mama"]) {
      await add.fill(o);
      await add.press("Enter");
    }
    await page.getByRole("textbox", { name: "Option 2", exact: true }).waitFor();
    // Leave the page so the autosaves are flushed.
    await open(page, b.base, "/learn");
    const learn = await page
      .getByRole("main")
      .getByRole("list")
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
    assert.ok(learn.length >= 3, `Learn pages: ${learn}`);

    // The handoff link for February.
    await open(page, b.base, "/share");
    await page.getByLabel("First day").fill("2026-02-01");
    await page.getByLabel("Last day").fill("2026-02-28");
    await page.getByRole("status").filter({ hasText: "4 weeks with check-ins" }).waitFor();
    await page.getByRole("link", { name: "Show a QR code" }).click();
    await h1(page, "Show a QR code");
    await page.getByText("Show the link").click();
    const link = (await page.locator("details code").textContent()).trim();
    const handoff = "/handoff" + new URL(link).hash;
    assert.match(handoff, /^\/handoff#handoff=bs1\./);

    // A course in its ending phase (first session 14 weeks and a day ago, 16 weeks), so This
    // week shows the week line and the ending card.
    const doc = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), JOURNAL_KEY));
    doc.journal.settings.data.course_start = localDay(daysFromNow(-99));
    doc.journal.settings.data.course_weeks = 16;
    const journal = JSON.stringify(doc);
    assert.deepEqual(b.errors, [], "no errors while building the journal");
    world = { journal, sheets, conversation, decision, learn, handoff };
    return world;
  } finally {
    await b.close();
  }
}

/**
 * Every page of the app: { name, path } opened directly, or { name, go } reached in steps (each
 * ends on the page to check). Built from src/ui/sections.rs and each feature's render().
 */
function everyPage(w, locale = "en") {
  const T = (key, vars) => text(locale, key, vars);
  const pages = [
    "/",
    "/safety",
    "/safety/hurt",
    "/help.html",
    "/settings",
    "/learn",
    ...w.learn,
    "/checkin",
    "/checkin/history",
    `/checkin/${PHQ9_FLAGGED}`,
    `/checkin/${GAD7}`,
    `/checkin/${PHQ9_FLAGGED}/edit`,
    "/people",
    "/people/new",
    `/people/${AMANI}`,
    "/people/plan",
    "/people/plan/steps/1",
    "/people/plan/steps/5",
    "/people/plan/review",
    "/people/today",
    "/people/week",
    "/people/week/2026-02-09",
    "/people/support",
    "/people/timeline",
    "/my-work",
    "/my-work/focus",
    `/my-work/worksheets/${TRANSITION}`,
    `/my-work/worksheets/${DISPUTE}`,
    w.sheets["Grief"],
    w.sheets["Interpersonal sensitivity / loneliness"],
    "/my-work/conversations",
    w.conversation,
    "/my-work/decisions",
    w.decision,
    `${w.decision}/steps/1`,
    `${w.decision}/steps/2`,
    `${w.decision}/steps/4`,
    `${w.decision}/review`,
    `${w.conversation}/review`,
    "/my-work/experiments",
    `/my-work/experiments/${EXPERIMENT}`,
    `/my-work/experiments/${EXPERIMENT}/steps/1`,
    `/my-work/experiments/${EXPERIMENT}/steps/4`,
    "/my-work/ending",
    "/my-work/timeline",
    "/share",
    "/share/summary?from=2026-02-01&to=2026-02-28",
    "/share/qr",
    "/share/backup",
    w.handoff,
    "/handoff#handoff=bs1.AAAA",
    "/nowhere",
  ].map((path) => ({ name: path, path }));
  return [
    ...pages,
    {
      name: "/people with a person chosen in the circle",
      async go(page, base) {
        await open(page, base, "/people");
        await page.getByRole("button", { name: /^Amani/ }).first().click();
      },
    },
    {
      name: "/ with the header menu open",
      async go(page, base) {
        await open(page, base, "/");
        await page.getByRole("button", { name: T("privacy.header.menu") }).click();
        await page.getByRole("link", { name: T("privacy.header.settings") }).waitFor();
      },
    },
    {
      name: "/checkin/new/phq9 first question",
      async go(page, base) {
        await page.evaluate((k) => localStorage.removeItem(k), DRAFT_KEY);
        await open(page, base, "/checkin/new/phq9");
        await page.getByText(T("checkin.questionnaire.question_of", { n: 1, total: 10 }), { exact: true }).waitFor();
      },
    },
    {
      name: "/checkin/new/phq9 safety step after item 9",
      async go(page, base) {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, draftAtItem9()]);
        await open(page, base, "/checkin/new/phq9");
        await page.getByRole("radiogroup").getByRole("radio", { name: "Several days", exact: true }).click();
        await h1(page, T("checkin.result.safety_title"));
      },
    },
    {
      name: "/checkin/new/phq9 notes and review",
      async go(page, base) {
        await page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, draftAtItem9()]);
        await open(page, base, "/checkin/new/phq9");
        await page.getByRole("radiogroup").getByRole("radio", { name: "Not at all", exact: true }).click();
        await page.getByText(T("checkin.questionnaire.question_of", { n: 10, total: 10 }), { exact: true }).waitFor();
        await page.getByRole("button", { name: T("checkin.questionnaire.skip") }).click();
        await page.getByLabel(T("checkin.questionnaire.since_last_met")).fill("Tired, but I went for a walk.");
        await page.getByRole("button", { name: T("checkin.questionnaire.review") }).click();
        await page.getByRole("button", { name: T("checkin.questionnaire.save") }).waitFor();
      },
    },
    // Worker mode stays on once turned on: these come last.
    {
      name: "/caseload in worker mode, a flagged client and the follow-up form",
      async go(page, base) {
        // The program's referral step, kept on the phone before worker mode is turned on.
        await page.evaluate(() =>
          localStorage.setItem(
            "between-sessions:worker",
            JSON.stringify({ enabled: false, protocol: "Call your supervisor today.", supervisor_name: "Amina", supervisor_phone: "+254 700 000 001" }),
          ),
        );
        await open(page, base, "/");
        await enterWorkerMode(page, { passcode: "worker 2468", locale });
        // The sample journal's person has a flagged PHQ-9: opening her record fills her card.
        const me = T("privacy.picker.me");
        await page.getByRole("button", { name: T("caseload.card.open", { name: me }), exact: true }).click();
        await page.getByText(T("caseload.header.record_of", { name: me }), { exact: true }).waitFor();
        await page.getByRole("button", { name: T("privacy.header.menu") }).click();
        await page.getByRole("button", { name: T("privacy.header.switch_person") }).click();
        await openCaseload(page, { passcode: "worker 2468", locale });
        await page.locator(".client-flag").first().waitFor();
        await page.getByRole("button", { name: T("caseload.card.record") }).first().click();
        await page.getByRole("button", { name: T("caseload.follow_up.save") }).waitFor();
      },
    },
    {
      name: "/caseload worker lock",
      async go(page) {
        await page.getByRole("button", { name: T("privacy.header.menu") }).click();
        await page.getByRole("button", { name: T("privacy.header.switch_person") }).click();
        await h1(page, T("caseload.lock.title"));
      },
    },
    {
      name: "worker mode: a client's /settings with the referral step",
      async go(page) {
        await openCaseload(page, { passcode: "worker 2468", locale });
        const me = T("privacy.picker.me");
        await page.getByRole("button", { name: T("caseload.card.open", { name: me }), exact: true }).click();
        await page.getByText(T("caseload.header.record_of", { name: me }), { exact: true }).waitFor();
        await go(page, "/settings");
        await page.getByRole("heading", { level: 2, name: T("safety.referral.settings_title") }).waitFor();
      },
    },
    {
      name: "worker mode: a flagged PHQ-9 with the worker's referral step",
      async go(page) {
        await go(page, `/checkin/${PHQ9_FLAGGED}`);
        await page.getByRole("heading", { level: 2, name: T("safety.referral.title") }).waitFor();
      },
    },
    {
      name: "worker mode: a question with Read aloud first and no voice for it",
      async go(page) {
        await page.evaluate((k) => localStorage.removeItem(k), DRAFT_KEY);
        await page.evaluate(() => Object.defineProperty(window, "speechSynthesis", { value: { getVoices: () => [], cancel() {}, speak() {} }, configurable: true }));
        await go(page, "/checkin/new/phq9");
        await page.getByRole("button", { name: T("checkin.aloud.read") }).click();
        await page.locator(".checkin-aloud-note").filter({ hasText: /\S/ }).waitFor();
      },
    },
  ];
}

async function visit(page, base, p) {
  if (p.go) await p.go(page, base);
  else await open(page, base, p.path);
  // Let effects and late renders (charts, QR code) settle.
  await page.waitForTimeout(150);
}

/** axe-core violations on the page as readable lines. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(" ")}: ${n.failureSummary.replace(/\s+/g, " ")}`),
    );
  }, TAGS);
}

async function axeEveryPage(colorScheme, locale = "en") {
  const w = await buildWorld();
  const b = await launch({ colorScheme, locale: locale === "en" ? "en-US" : locale });
  try {
    const { page } = b;
    await seed(b, w.journal);
    const failures = [];
    for (const p of everyPage(w, locale)) {
      await visit(page, b.base, p);
      assert.equal(await page.evaluate(() => document.documentElement.lang), locale, p.name);
      assert.equal(
        await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches),
        colorScheme === "dark",
      );
      for (const v of await axeViolations(page)) failures.push(`${p.name}: ${v}`);
    }
    assert.deepEqual(failures, [], `axe-core (${colorScheme}, ${locale}) found:\n${failures.join("\n")}`);
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
}

test("every page passes axe-core (WCAG 2.0/2.1 A and AA) in light mode", () => axeEveryPage("light"));

test("every page passes axe-core (WCAG 2.0/2.1 A and AA) in dark mode", () => axeEveryPage("dark"));

test("every page passes axe-core in Arabic, right to left", () => axeEveryPage("light", "ar"));

/**
 * Interactive elements on screen smaller than 44x44 CSS px. A native radio or checkbox counts
 * with its label (tapping the label chooses it); a link inside a sentence is exempt (WCAG 2.5.8
 * inline exception).
 */
function smallTargets(page) {
  return page.evaluate(() => {
    const sel = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=radio], [role=checkbox], [role=button], [role=link], [role=tab], [tabindex]:not([tabindex='-1'])";
    const out = [];
    const shown = (r) => r.width > 1 && r.height > 1 && r.right > 0 && r.left < innerWidth;
    const name = (el) => (el.getAttribute("aria-label") || el.textContent || el.getAttribute("name") || el.id || "").trim().replace(/\s+/g, " ").slice(0, 50);
    for (const el of document.querySelectorAll(sel)) {
      if (el.closest("[hidden], [inert]")) continue;
      const s = getComputedStyle(el);
      let r = el.getBoundingClientRect();
      if (s.visibility === "hidden") continue;
      if (el.labels && el.labels.length && ["radio", "checkbox"].includes(el.type)) {
        for (const l of el.labels) {
          const lr = l.getBoundingClientRect();
          if (lr.width * lr.height > r.width * r.height) r = lr;
        }
      } else if (!shown(r)) continue;
      if (!shown(r) && !(el.labels && el.labels.length)) continue;
      if (r.width >= 44 && r.height >= 44) continue;
      if (el.tagName === "A") {
        // In a sentence: the nearest block holds more text than the link itself.
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
        const own = el.textContent.trim();
        if (block && block.textContent.trim().length > own.length + 1 && getComputedStyle(el).display === "inline") continue;
      }
      out.push(`${el.tagName.toLowerCase()}${el.type ? `[${el.type}]` : ""} "${name(el)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
}

/** Horizontal overflow of the document, with the widest culprits. */
function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= innerWidth) return null;
    const culprits = [];
    const out = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > innerWidth + 1 || r.left < -1);
    };
    // Inside a box that scrolls sideways on its own (a wide table), sticking out is fine.
    const scrolls = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const what = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent || "").trim().slice(0, 30)}"`;
    for (const el of document.querySelectorAll("body *")) {
      if (el.closest(".skip") || scrolls(el)) continue;
      // The outermost element that sticks out (its parent fits), or text that spills out of its box.
      if (out(el) && !(el.parentElement && el.parentElement !== document.body && out(el.parentElement))) {
        const r = el.getBoundingClientRect();
        culprits.push(`${what(el)} ${Math.round(r.left)}..${Math.round(r.right)}`);
      } else if (!out(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible" && el.clientWidth > 0) {
        culprits.push(`${what(el)} content ${el.scrollWidth} wider than its box ${el.clientWidth}`);
      }
    }
    return `scrollWidth ${doc.scrollWidth} > ${innerWidth}: ${culprits.slice(0, 6).join(", ")}`;
  });
}

test("every page: 44 px targets at 412 px, no sideways scrolling at 200% text, nothing moves with reduced motion", async () => {
  const w = await buildWorld();
  const b = await launch();
  try {
    const { page } = b;
    await seed(b, w.journal);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const small = [];
    const unnamed = [];
    const wide = [];
    const moving = [];
    for (const p of everyPage(w)) {
      await visit(page, b.base, p);
      for (const t of await smallTargets(page)) small.push(`${p.name}: ${t}`);
      // Every picture a screen reader meets has a name: a chart (role img) or a control drawn in
      // SVG; decoration is hidden.
      for (const u of await page.evaluate(() =>
        [...document.querySelectorAll("svg, img")]
          .filter((el) => !el.closest("[aria-hidden='true']"))
          .filter((el) => {
            const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.getAttribute("alt") || el.querySelector(":scope > title");
            return !named;
          })
          .map((el) => `${el.tagName} ${el.getAttribute("class") || ""} in ${el.parentElement?.tagName}`),
      )) unnamed.push(`${p.name}: ${u}`);
      // Nothing animates or transitions.
      const motion = await page.evaluate(() => {
        const found = document.getAnimations().map((a) => `${a.constructor.name} on ${a.effect?.target?.tagName}`);
        for (const el of document.querySelectorAll("*")) {
          const s = getComputedStyle(el);
          const long = (v) => v.split(",").some((d) => parseFloat(d) > 0.01);
          if ((s.animationName !== "none" && long(s.animationDuration)) || long(s.transitionDuration)) {
            found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} ${s.animationName} ${s.transitionDuration}`);
          }
        }
        return found;
      });
      for (const m of motion) moving.push(`${p.name}: ${m}`);
      // 200% text, as the browser's text size setting gives (through the CSSOM, which the CSP
      // allows; an injected <style> would be refused by style-src 'self').
      await page.evaluate(() => document.documentElement.style.setProperty("font-size", "200%", "important"));
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "32px");
      const o = await overflow(page);
      if (o) wide.push(`${p.name}: ${o}`);
    }
    const report = [
      ...small.map((t) => `target smaller than 44x44: ${t}`),
      ...wide.map((t) => `sideways scrolling at 200% text: ${t}`),
      ...moving.map((t) => `motion despite reduced motion: ${t}`),
      ...unnamed.map((t) => `an image or chart with no name for a screen reader: ${t}`),
    ];
    assert.deepEqual(report, [], report.join("\n"));
  } finally {
    await b.close();
  }
});

/** What the focused element looks like: its accessible-ish name and whether a ring shows. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { name: "", ring: false, tag: "body" };
    const ringOf = (e) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
    };
    // A native radio or checkbox may show its ring on the label around it; an SVG control (a
    // person in the closeness circle) draws it as a stroke in the focus colour.
    const probe = document.createElement("span");
    probe.style.color = "var(--focus)";
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const svgRing = el instanceof SVGElement && [el, ...el.querySelectorAll("*")].some((e) => getComputedStyle(e).stroke === focusColour);
    const ring = ringOf(el) || [...(el.labels || [])].some(ringOf) || svgRing;
    const label = el.getAttribute("aria-label") || (el.labels && el.labels[0]?.textContent) || el.textContent || "";
    return { name: label.trim().replace(/\s+/g, " "), ring, tag: el.tagName.toLowerCase(), matches: el.matches(":focus-visible") };
  });
}

/** Press Tab until the focused element's name matches `name`; fails after `max` presses. */
async function tabTo(page, name, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (typeof name === "string" ? f.name === name : name.test(f.name)) {
      assert.ok(f.ring, `a focus ring shows on "${f.name}"`);
      return f;
    }
  }
  assert.fail(`Tab never reached "${name}"`);
}

test("a whole PHQ-9 check-in with the keyboard alone, with a focus ring on every stop", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base, "/");
    // The skip link comes first and shows when focused.
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    assert.equal(skip.name, "Skip to content");
    assert.ok(skip.ring);
    assert.ok(await page.getByRole("link", { name: "Skip to content" }).evaluate((a) => a.getBoundingClientRect().left >= 0));
    const nav = page.getByRole("navigation", { name: "Main" });
    await tabTo(page, "Check-in");
    await page.keyboard.press("Enter");
    await h1(page, "Check-in");
    await tabTo(page, "Start PHQ-9");
    await page.keyboard.press("Enter");
    const answers = [1, 0, 2, 1, 0, 1, 3, 0, 0];
    for (let i = 0; i < 9; i++) {
      await page.getByText(`Question ${i + 1} of 10`, { exact: true }).waitFor();
      // Tab into the answers: the chosen one, or the first; then arrows (or Space) choose.
      const first = await tabTo(page, new RegExp(`^(${FREQ.join("|")})$`));
      const at = FREQ.indexOf(first.name);
      if (answers[i] === at) await page.keyboard.press("Space");
      for (let k = at; k < answers[i]; k++) await page.keyboard.press("ArrowDown");
      assert.ok(
        await page.getByRole("radio", { name: FREQ[answers[i]], exact: true }).isChecked(),
        `question ${i + 1}: ${FREQ[answers[i]]}`,
      );
      assert.ok((await focused(page)).ring, "the chosen answer shows a focus ring");
      await tabTo(page, "Next");
      await page.keyboard.press("Enter");
    }
    await page.getByText("Question 10 of 10", { exact: true }).waitFor();
    // Tab stops once in a group of radios (on its first answer); the arrow keys choose.
    await tabTo(page, "Not difficult at all");
    await page.keyboard.press("ArrowDown");
    assert.ok(await page.getByRole("radio", { name: "Somewhat difficult" }).isChecked());
    await tabTo(page, "Next");
    await page.keyboard.press("Enter");
    await tabTo(page, /^How have you been since we last met\?/);
    await page.keyboard.type("Tired, but the baby slept.");
    await tabTo(page, "Review my answers");
    await page.keyboard.press("Enter");
    await tabTo(page, "Save check-in");
    await page.keyboard.press("Enter");
    await h1(page, "Your PHQ-9 result");
    const total = answers.reduce((a, b) => a + b, 0);
    await page.getByRole("region", { name: "Total" }).getByText(String(total), { exact: true }).waitFor();
    await page.getByText("Tired, but the baby slept.").waitFor();
    assert.equal(await nav.getByRole("link", { name: "Check-in" }).getAttribute("aria-current"), "page");
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test("every bottom-bar place is reached with Tab and Enter, and every keyboard stop shows its focus", async () => {
  const w = await buildWorld();
  const b = await launch();
  try {
    const { page } = b;
    await seed(b, w.journal);
    const nav = page.getByRole("navigation", { name: "Main" });
    const places = (await nav.getByRole("link").allTextContents()).map((t) => t.trim());
    assert.deepEqual(places, ["This week", "Check-in", "People", "My work", "Share"]);
    for (const place of [...places.slice(1), places[0]]) {
      await tabTo(page, place);
      await page.keyboard.press("Enter");
      await page.waitForFunction(
        (p) => document.querySelector(`nav[aria-label="Main"] a[aria-current="page"]`)?.textContent.trim() === p,
        place,
      );
      // The page heading takes focus (on the frame after the new page is drawn), so the next Tab
      // starts at the top of the new page.
      await page
        .waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 5000 })
        .catch(() => {});
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), "H1", `focus on the heading of ${place}`);
    }

    // On every page, every keyboard stop (up to 80 per page) shows a focus ring.
    const missing = [];
    for (const p of everyPage(w)) {
      await visit(page, b.base, p);
      await page.evaluate(() => document.querySelector("h1")?.focus());
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        const f = await focused(page);
        if (f.tag === "body") break;
        if (!f.ring) missing.push(`${p.name}: ${f.tag} "${f.name.slice(0, 50)}"`);
        if (await page.evaluate(() => !!document.activeElement?.closest('nav[aria-label="Main"]'))) break;
      }
    }
    assert.deepEqual([...new Set(missing)], [], `no visible focus on:\n${[...new Set(missing)].join("\n")}`);
  } finally {
    await b.close();
  }
});
