// Scale benchmark (not a test: it prints figures and never asserts timings).
//
// Builds a realistic five-year journal in JS from the shapes of the pinned schema-1 fixture
// (tests/fixtures/journals/v1-sample.json): 260 weekly check-ins with notes, 1,800 self-care days,
// 60 people, 100 worksheets and 100 experiments. The JS-built JSON is not what the app stores (the
// app writes each record's id once, as its key, and leaves empty optional fields out), so the app
// is made to save it once (a settings edit through the share screen) and everything below is
// measured on the value the app itself wrote. Then, in headless Chromium with 4x CPU throttling, it
// measures the time from navigation start to the home screen's h1 (load, parse and render), and
// each export from the click to the download (or to the rendered page). Last, the footprint of 50
// client journals of a 16-week course each (again as the app stores one) against the 5 MB
// localStorage quota.
//
// Usage: E2E_DIST=dist node tests/e2e/bench-scale.mjs   (RUNS=5 by default; BENCH_SAVE=<folder>
// also writes the two journals as the app stored them there)
// Budgets compared in the printout: <= 1 MB stored, < 100 ms render, < 100 ms per export.
import { readFile, writeFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { JOURNAL_KEY, launch, open } from "./harness.mjs";
import { benchCaseload, printCaseload } from "./bench-caseload.mjs";

const RUNS = Number(process.env.RUNS || 5);
const THROTTLE = 4;
const fixture = JSON.parse(await readFile(new URL("../fixtures/journals/v1-sample.json", import.meta.url), "utf8"));
const F = fixture.journal;
const first = (c) => Object.values(c)[0];
const clone = (x) => structuredClone(x);

// --- generating journals ------------------------------------------------------------------------
const DAY = 86400000;
const START = Date.UTC(2021, 0, 4, 18, 0, 0); // a Monday, five years before the fixture
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const stamp = (ms) => new Date(ms + 3 * 3600000).toISOString().replace(/\.\d+Z$/, "+03:00");
let seed = 7;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const PHRASES = [
  "Talked with my sister about the baby's sleep and felt heard",
  "Argued with my partner about who gets up at night, then we made a plan",
  "My mother visited and helped with cooking; I rested for two hours",
  "Felt lonely on Wednesday, texted a friend from the mothers' group",
  "Went to the clinic and the nurse was kind; asked for help with feeding",
  "Work called about coming back; I said I need another month",
];
const text = (n = 1) => Array.from({ length: n }, () => PHRASES[rnd(PHRASES.length)]).join(". ") + ".";
const rec = (data, ms, id = randomUUID()) => [id, { created_at: stamp(ms), data, id, updated_at: stamp(ms) }];

// The PHQ-9 and GAD-7 frequency answers (LOINC LL358-3), by score: an answer's option always
// matches its score, as the app writes them.
const FREQUENCY = ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"];

function checkin(ms, measureTemplate) {
  const c = clone(measureTemplate.data);
  c.date = iso(ms);
  for (const a of c.answers) {
    if (a.score === null) continue;
    a.score = rnd(4);
    a.option = FREQUENCY[a.score];
  }
  c.safety_flag = false;
  const nine = c.answers.find((a) => a.item === "phq9.9");
  if (nine) {
    nine.score = rnd(20) === 0 ? 1 : 0;
    nine.option = nine.score ? "LA6569-3" : "LA6568-5";
    c.safety_flag = nine.score > 0;
  }
  c.since_last_met = text(2);
  c.people_this_week = text(2);
  return rec(c, ms);
}

/** A journal of `weeks` weeks: weekly check-ins (PHQ-9, plus GAD-7 when `gad`), daily self-care,
 * `people` people, `worksheets` worksheets and `experiments` experiments. */
function journal({ weeks, selfcareDays, people, worksheets, experiments, gad = false }) {
  const phq = Object.values(F.checkins).find((c) => c.data.measure === "phq9" && !c.deleted_at);
  const gad7 = Object.values(F.checkins).find((c) => c.data.measure === "gad7");
  const j = clone(F);
  j.checkins = {};
  for (let w = 0; w < weeks; w++) {
    const ms = START + w * 7 * DAY;
    let [id, r] = checkin(ms, phq);
    j.checkins[id] = r;
    if (gad) {
      [id, r] = checkin(ms, gad7);
      j.checkins[id] = r;
    }
  }
  j.selfcare = {};
  const day = first(F.selfcare);
  for (let d = 0; d < selfcareDays; d++) {
    const data = clone(day.data);
    data.date = iso(START + d * DAY);
    data.sleep_half_hours = 6 + rnd(8);
    data.pleasant_activity = rnd(3) ? "Walk with the baby" : "";
    data.note = rnd(4) ? "" : text();
    const [id, r] = rec(data, START + d * DAY + 4 * 3600000);
    j.selfcare[id] = r;
  }
  j.people = {};
  const ids = [];
  const RINGS = ["most", "moderately", "somewhat"];
  for (let p = 0; p < people; p++) {
    const data = clone(first(F.people).data);
    data.name = `Person ${p + 1}`;
    data.ring = RINGS[p % 3];
    data.relationship = ["partner", "mother", "friend", "neighbour", "sister", "colleague"][p % 6];
    data.interactions = text();
    data.expectations = text();
    data.satisfying = text();
    data.unsatisfying = text();
    data.would_change = text();
    const [id, r] = rec(data, START + p * DAY);
    ids.push(id);
    j.people[id] = r;
  }
  j.worksheets = {};
  const sheets = Object.values(F.worksheets);
  for (let k = 0; k < worksheets; k++) {
    const data = clone(sheets[k % sheets.length].data);
    const inner = Object.values(data)[0];
    for (const [key, v] of Object.entries(inner)) {
      if (typeof v === "string" && key !== "stage" && !key.startsWith("with_whom")) inner[key] = text();
      if (Array.isArray(v)) inner[key] = [text(), text()];
    }
    if ("with_whom" in inner) inner.with_whom = ids[k % ids.length] || null;
    const [id, r] = rec(data, START + k * 9 * DAY);
    j.worksheets[id] = r;
  }
  j.experiments = {};
  const x = first(F.experiments);
  for (let k = 0; k < experiments; k++) {
    const data = clone(x.data);
    data.person = ids[k % ids.length] || null;
    data.goal = text();
    data.script = text();
    data.what_happened = text();
    data.what_i_learned = text();
    data.when = iso(START + k * 9 * DAY);
    const [id, r] = rec(data, START + k * 9 * DAY);
    j.experiments[id] = r;
  }
  return j;
}

function makeDocument(j) {
  return JSON.stringify({ ...fixture, journal: j, updated_at: stamp(Date.now()) });
}

const fiveYearsJs = makeDocument(journal({ weeks: 260, selfcareDays: 1800, people: 60, worksheets: 100, experiments: 100 }));
const courseJs = makeDocument(journal({ weeks: 16, selfcareDays: 112, people: 10, worksheets: 4, experiments: 6, gad: true }));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? "within budget" : "OVER budget");

// --- measuring --------------------------------------------------------------------------------
const b = await launch();
const { page, context } = b;
try {
  const cdp = await context.newCDPSession(page);
  // Time from navigation start to the first `main h1`.
  await context.addInitScript(() => {
    const seen = () => {
      if (document.querySelector("main h1")) {
        window.__h1At = performance.now();
        return true;
      }
      return false;
    };
    const obs = new MutationObserver(() => seen() && obs.disconnect());
    obs.observe(document, { childList: true, subtree: true });
    // The app's own share of an export, seen from inside the page: from her tap (a trusted click)
    // to the file handed to the browser (the app's `<a download>` click), or to the first frame
    // painted after the next page's h1 is in.
    window.__tapAt = window.__handedAt = window.__paintedAt = undefined;
    document.addEventListener("click", (e) => {
      if (e.isTrusted) window.__tapAt = performance.now();
    }, true);
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.__handedAt = performance.now();
      return click.call(this);
    };
    // (The next page's h1 may be the same element with new text: the app reuses it.)
    let heading = null;
    new MutationObserver(() => {
      const h = document.querySelector("main h1")?.textContent;
      if (h === undefined || h === heading) return;
      heading = h;
      requestAnimationFrame(() => setTimeout(() => (window.__paintedAt = performance.now()), 0));
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const reset = () => page.evaluate(() => (window.__tapAt = window.__handedAt = window.__paintedAt = undefined));
  const inApp = (end) =>
    page.evaluate((k) => (window[k] !== undefined && window.__tapAt !== undefined ? window[k] - window.__tapAt : NaN), end);
  async function timeHome(doc) {
    await open(page, b.base, "/share");
    await page.evaluate(([k, v]) => {
      localStorage.clear();
      if (v) localStorage.setItem(k, v);
    }, [JOURNAL_KEY, doc]);
    const times = [];
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    for (let i = 0; i < RUNS; i++) {
      await page.goto(b.base + "/");
      await page.waitForFunction(() => window.__h1At !== undefined, null, { timeout: 60000 });
      times.push(await page.evaluate(() => window.__h1At));
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    return median(times);
  }

  // What the app stores: load the JS-built document, make the app save once through the UI (her
  // name for the therapist, changed and changed back: a settings edit), and read the stored value.
  async function storedByApp(doc) {
    await open(page, b.base, "/share");
    await page.evaluate(([k, v]) => {
      localStorage.clear();
      localStorage.setItem(k, v);
    }, [JOURNAL_KEY, doc]);
    await open(page, b.base, "/share");
    const field = page.getByLabel("Your name for your therapist (optional)");
    const was = await field.inputValue();
    const savedAs = (label) =>
      page.waitForFunction(([k, l]) => {
        try {
          const d = JSON.parse(localStorage.getItem(k));
          return (d.journal.settings?.data?.share_label ?? "") === l;
        } catch {
          return false;
        }
      }, [JOURNAL_KEY, label]);
    await field.fill(`${was}x`);
    await field.blur();
    await savedAs(`${was}x`);
    await field.fill(was);
    await field.blur();
    await savedAs(was);
    const stored = await page.evaluate((k) => localStorage.getItem(k), JOURNAL_KEY);
    if (!stored || stored === doc) throw new Error("the app did not save the journal");
    return stored;
  }
  const fiveYears = await storedByApp(fiveYearsJs);
  const course = await storedByApp(courseJs);
  // BENCH_SAVE=<folder>: keep the stored journals, to profile one export on its own.
  if (process.env.BENCH_SAVE) {
    await writeFile(`${process.env.BENCH_SAVE}/five-years.json`, fiveYears);
    await writeFile(`${process.env.BENCH_SAVE}/course.json`, course);
  }

  // Worker mode (bench-caseload.mjs): 50 clients' caseload, and a client's record with a passcode.
  const worker = await benchCaseload({ page, base: b.base, cdp, journal: course, runs: RUNS, throttle: THROTTLE });

  const emptyMs = await timeHome(null);
  const fullMs = await timeHome(fiveYears);

  // Exports, with the whole five years chosen.
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, fiveYears]);
  const exports = {};
  // Let the page finish starting up (the first paint is measured above) before timing a click.
  const settle = () => page.waitForTimeout(Number(process.env.SETTLE || 500));
  // Each figure: [end to end, in the app]. End to end is from Playwright's click to the download
  // (or to the next page's heading found by role): it includes Playwright's own work (finding the
  // button by role, checking it can be clicked, the round trips), which grows with the machine's
  // load. In the app is measured inside the page (see the init script above).
  async function timeDownload(name, path, button, prepare = async () => {}) {
    const times = [];
    const own = [];
    for (let i = 0; i < RUNS; i++) {
      await open(page, b.base, path);
      await prepare();
      await settle();
      await reset();
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
      const t0 = Date.now();
      await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
      times.push(Date.now() - t0);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      own.push(await inApp("__handedAt"));
    }
    exports[name] = [median(times), median(own)];
  }
  async function timePage(name, from, link, ready) {
    const times = [];
    const own = [];
    for (let i = 0; i < RUNS; i++) {
      await open(page, b.base, from);
      await settle();
      await reset();
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
      const t0 = Date.now();
      await page.getByRole("link", { name: link }).click();
      await ready();
      times.push(Date.now() - t0);
      await page.waitForFunction(() => window.__paintedAt !== undefined);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
      own.push(await inApp("__paintedAt"));
    }
    exports[name] = [median(times), median(own)];
  }
  async function runExports(label, from, to) {
    await page.goto(b.base + "/share");
    await page.getByLabel("First day").fill(from);
    await page.getByLabel("Last day").fill(to);
    await timeDownload(`CSV of check-ins, ${label}`, "/share", "Download check-ins (CSV)");
    await timeDownload(`FHIR R4 Bundle, ${label}`, "/share", "Download check-ins (FHIR)");
    await timePage(`Therapist summary, ${label}`, "/share", "See the summary", () =>
      page.getByRole("heading", { level: 1, name: "Summary for my therapist" }).waitFor());
    await timePage(`QR handoff, ${label}`, "/share", "Show a QR code", () =>
      page.getByRole("img", { name: /QR code/ }).waitFor());
  }
  // What the measuring itself costs: a one-byte download started by script (no click, no app
  // work); the same from a click on a button added to the page (Playwright's click, no app work);
  // and a link to a light page of the app (Backup and restore), for the page figures.
  {
    const times = [];
    for (let i = 0; i < RUNS; i++) {
      await open(page, b.base, "/share");
      await settle();
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
      const t0 = Date.now();
      await Promise.all([
        page.waitForEvent("download"),
        page.evaluate(() => {
          const a = document.createElement("a");
          a.href = URL.createObjectURL(new Blob(["x"]));
          a.download = "x.txt";
          a.click();
        }),
      ]);
      times.push(Date.now() - t0);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
    exports["(measuring overhead: 1-byte download)"] = [median(times), NaN];
  }
  await timeDownload("(overhead: click, 1-byte download)", "/share", "Save one byte", () =>
    page.evaluate(() => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = "Save one byte";
      button.addEventListener("click", () => {
        const a = document.createElement("a");
        a.href = URL.createObjectURL(new Blob(["x"]));
        a.download = "x.txt";
        a.click();
      });
      document.querySelector("main").append(button);
    }));
  await timePage("(reference: link to a light page)", "/share", "Backup and restore", () =>
    page.getByRole("heading", { level: 1, name: "Backup and restore" }).waitFor());
  await runExports("last 16 weeks", iso(START + (260 - 16) * 7 * DAY), iso(START + 260 * 7 * DAY));
  await runExports("all 5 years", "2021-01-01", "2026-12-31");
  await timeDownload("Backup file (everything)", "/share/backup", "Save backup file");

  // 50 clients on one lay worker's phone: do they fit in localStorage?
  const fit = await page.evaluate((doc) => {
    localStorage.clear();
    let stored = 0;
    for (let i = 0; i < 50; i++) {
      try {
        localStorage.setItem(`between-sessions:client-${i}:journal`, doc);
        stored++;
      } catch {
        break;
      }
    }
    localStorage.clear();
    return stored;
  }, course);

  const bytes = Buffer.byteLength(fiveYears, "utf8");
  const courseBytes = Buffer.byteLength(course, "utf8");
  const jsBytes = Buffer.byteLength(fiveYearsJs, "utf8");
  const courseJsBytes = Buffer.byteLength(courseJs, "utf8");
  const QUOTA = 5 * 1024 * 1024;
  console.log(`Scale benchmark (${process.env.E2E_DIST || "dist"}; headless Chromium, ${THROTTLE}x CPU throttling, median of ${RUNS})`);
  console.log("");
  console.log("Five-year journal: 260 check-ins with notes, 1,800 self-care days, 60 people, 100 worksheets, 100 experiments");
  console.log(`  stored by the app: ${kb(bytes)}   budget <= 1 MB: ${verdict(bytes <= 1024 * 1024)}   (as generated in JS: ${kb(jsBytes)})`);
  console.log(`  home h1, empty:    ${ms(emptyMs)}   (app start with nothing stored)`);
  console.log(`  home h1, 5 years:  ${ms(fullMs)}   load + parse + render of the data: ${ms(fullMs - emptyMs)}   budget < 100 ms: ${verdict(fullMs - emptyMs < 100)}`);
  console.log("  exports, end to end (Playwright's click to the download, or to the next page's heading found)");
  console.log("  and in the app (her tap to the file handed to the browser, or to the next page painted):");
  console.log(`    ${"".padEnd(36)} ${"end to end".padStart(10)} ${"in the app".padStart(11)}   budget < 100 ms`);
  for (const [name, [t, own]] of Object.entries(exports)) {
    const judged = Number.isNaN(own)
      ? verdict(t < 100)
      : `${verdict(own < 100)} in the app, ${verdict(t < 100)} end to end`;
    const ownText = Number.isNaN(own) ? "" : ms(own);
    console.log(`    ${name.padEnd(36)} ${ms(t).padStart(10)} ${ownText.padStart(11)}   ${judged}`);
  }
  console.log("");
  console.log("A lay worker's phone: 50 clients, each a 16-week course (PHQ-9 and GAD-7 weekly, daily self-care)");
  console.log(`  one journal:       ${kb(courseBytes)} as the app stores it   (as generated in JS: ${kb(courseJsBytes)})`);
  console.log(`  fifty journals:    ${mb(courseBytes * 50)} of the 5 MB localStorage quota (${((courseBytes * 50 * 100) / QUOTA).toFixed(0)}%)`);
  console.log(`  actually stored:   ${fit} of 50 in this browser`);
  printCaseload(worker);
  if (b.errors.length) console.log("page errors:", b.errors);
} finally {
  await b.close();
}
