// A lay health worker's phone (issue #15): three clients on one phone, one scoring 20 on the PHQ-9
// with item 9 "More than half the days". The caseload sorts her first with an unmissable flag until
// the worker records the follow-up; the open client's nickname is on every page; a client holding
// the phone reaches neither the caseload nor another client without the worker passcode (Switch
// person, Back, typing /caseload, reload, quick exit); nothing of one client shows for the next; and
// the supervision CSV has one row per client-week with pseudonymous ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import { allStorage, download, enterWorkerMode, go, launch, open, openCaseload } from "./harness.mjs";

const WORKER = "worker 2468";
const FREQ = ["Not at all", "Several days", "More than half the days", "Nearly every day"];
const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const CASELOAD_KEY = "between-sessions:caseload";

/** A whole PHQ-9 from /checkin in worker mode (each answer confirmed with Next) with item scores
 * (9 numbers); returns at the result page. */
async function completePhq9(page, name, scores) {
  await page.getByRole("link", { name: "Start PHQ-9" }).click();
  for (let i = 0; i < 9; i++) {
    await page.getByText(`Question ${i + 1} of 10`, { exact: true }).waitFor();
    await page.getByRole("radiogroup").getByRole("radio", { name: FREQ[scores[i]], exact: true }).click();
    // In worker mode an answer waits for the worker's "Next".
    await page.getByRole("button", { name: "Next", exact: true }).click();
    if (i === 8 && scores[8] > 0) {
      await h1(page, "You are not alone");
      await page.getByRole("button", { name: "Continue my check-in" }).click();
    }
  }
  await page.getByText("Question 10 of 10", { exact: true }).waitFor();
  // The questionnaire's heading names whose record it is.
  await h1(page, `${name} · PHQ-9 check-in`);
  await page.getByRole("radiogroup").getByRole("radio", { name: "Somewhat difficult", exact: true }).click();
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await page.getByRole("button", { name: "Review my answers" }).click();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await h1(page, `${name} · Your PHQ-9 result`);
}

/** The nicknames of the caseload's cards, top to bottom. */
const order = (page) => page.locator(".caseload-list article h2").allInnerTexts();

/** The card of `name`. */
const card = (page, name) => page.getByRole("article", { name, exact: true });

async function switchPerson(page) {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Switch person" }).click();
  await h1(page, "Caseload locked");
}

async function openClient(page, name) {
  await page.getByRole("button", { name: `Open ${name}`, exact: true }).click();
  await h1(page, "This week");
  await page.getByText(`Open record: ${name}`, { exact: true }).waitFor();
}

/** Today on the phone, as yyyy-mm-dd. */
const today = (page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });

test("the caseload: the flagged client first, the follow-up clears it, her name on every page, no way past the worker passcode, and the supervision CSV", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/");
    await enterWorkerMode(page, { passcode: WORKER, clients: ["Ama", "Bea", "Cleo"] });
    const day = await today(page);

    // Ama: PHQ-9 total 20 with item 9 "More than half the days".
    await openClient(page, "Ama");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check-in" }).click();
    await h1(page, "Ama · Check-in");
    await completePhq9(page, "Ama", [2, 2, 2, 2, 2, 2, 3, 3, 2]);
    // Her nickname is in the header on every page.
    for (const path of ["/safety", "/checkin", "/people", "/my-work", "/share", "/settings", "/learn", "/"]) {
      await go(page, path);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      await page.getByRole("banner").getByText("Open record: Ama", { exact: true }).waitFor();
    }

    // Bea: a mild PHQ-9 (total 9, no self-harm answer).
    await switchPerson(page);
    assert.equal(await page.getByText("Open record:").count(), 0, "no client's name on the worker's lock");
    await openCaseload(page, { passcode: WORKER });
    await openClient(page, "Bea");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Check-in" }).click();
    await completePhq9(page, "Bea", [1, 1, 1, 1, 1, 1, 1, 2, 0]);
    await switchPerson(page);

    // A wrong worker passcode is refused calmly, and waits.
    await page.getByLabel("Worker passcode", { exact: true }).fill("wrong one");
    await page.getByRole("button", { name: "Open caseload" }).click();
    await page.getByText("That passcode did not open the notes.", { exact: false }).waitFor();
    await page.waitForTimeout(1100);
    await openCaseload(page, { passcode: WORKER });

    // The flagged client first; then who is due (never contacted before contacted), by nickname;
    // Bea (checked in today) last.
    assert.deepEqual(await order(page), ["Ama", "Cleo", "Me", "Bea"]);
    const ama = card(page, "Ama");
    await ama.getByText(/Self-harm answer on .*\. Follow your program's referral step today\./).waitFor();
    await ama.getByText(/Last: PHQ-9 20 · Severe/).waitFor();
    await card(page, "Bea").getByText(/Last: PHQ-9 9 · Mild/).waitFor();
    await card(page, "Cleo").getByText("No check-in yet").waitFor();

    // Recording the follow-up clears the flag, and the order follows.
    await ama.getByRole("button", { name: "Record follow-up" }).click();
    await ama.getByRole("radio", { name: "Talked with her" }).check();
    assert.equal(await ama.getByLabel("Date").inputValue(), day);
    await ama.getByRole("button", { name: "Save follow-up" }).click();
    await page.getByText(/Self-harm answer on/).waitFor({ state: "detached" });
    assert.deepEqual(await order(page), ["Cleo", "Me", "Ama", "Bea"]);
    // Kept: after a reload (the worker's lock again) it is still answered.
    await page.reload();
    await openCaseload(page, { passcode: WORKER });
    assert.equal(await page.getByText(/Self-harm answer on/).count(), 0);
    assert.ok(!(await allStorage(page))[CASELOAD_KEY].includes("Ama"), "the caseload is stored encrypted");

    // The supervision CSV: one row per client-week, pseudonymous ids by default.
    const csv = await download(page, page.getByRole("button", { name: "Download CSV" }));
    assert.equal(csv.name, `caseload-${day}.csv`);
    const rows = csv.text.trimEnd().split("\r\n");
    assert.equal(rows[0], "client,week,week_start,date,measure,score,band,self_harm,follow_up,sessions_attended");
    assert.deepEqual(rows.slice(1), [
      `C02,1,${day},${day},PHQ-9,20,Severe,yes,talked with her ${day},0`,
      `C03,1,${day},${day},PHQ-9,9,Mild,no,,0`,
    ]);
    for (const name of ["Ama", "Bea", "Cleo"]) assert.ok(!csv.text.includes(name), `no nickname ${name}`);
    // The printed page: one row per client, drawn for the print (window.print stubbed to read it).
    await page.evaluate(() => {
      window.print = () => {
        const table = document.querySelector(".supervision-table");
        window.__printed = table ? [...table.rows].map((r) => [...r.cells].map((c) => c.textContent)) : [];
      };
    });
    await page.getByRole("button", { name: "Print one page" }).click();
    await page.waitForFunction(() => window.__printed !== undefined);
    const printed = await page.evaluate(() => window.__printed);
    assert.deepEqual(printed[0], ["client", "week", "last_checkin", "measure", "score", "band", "self_harm", "follow_ups", "sessions_attended"]);
    assert.deepEqual(printed.slice(1).map((r) => r[0]), ["C01", "C02", "C03", "C04"]);
    assert.deepEqual(printed[2], ["C02", "", day, "PHQ-9", "20", "Severe", "followed up", "1", "0"]);
    // Not kept in the page after printing.
    await page.locator(".supervision-table tbody tr").first().waitFor({ state: "detached" });
    await page.getByLabel("Include nicknames").check();
    const named = await download(page, page.getByRole("button", { name: "Download CSV" }));
    assert.ok(named.text.includes(`\r\nC02,Ama,1,${day},`));

    // A client holding the phone cannot reach the caseload or another client.
    await openClient(page, "Bea");
    // Back to /caseload: the worker's passcode is asked.
    await page.goBack();
    await h1(page, "Caseload locked");
    assert.equal(await page.locator(".caseload-list").count(), 0);
    await openCaseload(page, { passcode: WORKER });
    await openClient(page, "Bea");
    // Typing /caseload: the worker's lock.
    await page.goto(b.base + "/caseload");
    await h1(page, "Caseload locked");
    await openCaseload(page, { passcode: WORKER });
    await openClient(page, "Bea");
    // Reload on her record: the worker's lock, never her record or the picker.
    await page.reload();
    await h1(page, "Caseload locked");
    assert.equal(await page.getByRole("button", { name: "Ama" }).count(), 0);
    await openCaseload(page, { passcode: WORKER });

    // Switching right after deleting a person in one client: nothing of hers shows for the next.
    await openClient(page, "Cleo");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await page.getByRole("link", { name: "Add someone" }).click();
    await page.getByLabel("Name or nickname").fill("Zainab");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("status").getByText("Zainab was added.").waitFor();
    await page.getByRole("link", { name: "Back to my people" }).click();
    await page.getByRole("region", { name: "My people as a list" }).getByRole("link", { name: "Zainab" }).click();
    await page.getByRole("button", { name: "Remove from my people" }).click();
    await page.getByRole("button", { name: "Undo" }).waitFor();
    await switchPerson(page);
    await openCaseload(page, { passcode: WORKER });
    await openClient(page, "Bea");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await h1(page, "People");
    const body = await page.locator("body").innerText();
    assert.ok(!body.includes("Zainab"), "no name of the previous client");
    assert.equal(await page.getByRole("button", { name: "Undo" }).count(), 0, "no Undo banner of the previous client");
    assert.ok(!body.includes("Cleo"), "no nickname of the previous client");

    assert.deepEqual(b.errors, []);
    // Quick exit from a client drops the worker's key: Back shows nothing of the app, and
    // opening the app again asks the worker's passcode.
    await page.getByRole("button", { name: "Quick exit" }).click();
    await page.waitForURL(/neutral\.html/);
    await page.goBack().catch(() => {});
    await page.waitForTimeout(500);
    const after = await page.locator("body").innerText();
    assert.ok(!after.includes("Open record") && !after.includes("Caseload"), `nothing of the app after Back: ${after}`);
    await open(page, b.base, "/");
    await h1(page, "Caseload locked");

    assert.deepEqual(b.outside, []);
    // (The neutral page has no icon: the browser's own request for /favicon.ico is not the app's;
    // a fetch cut short by this test's own reloads and address changes is not a failure either.)
    assert.deepEqual(b.failed.filter((u) => !u.includes("/favicon.ico") && !u.includes("net::ERR_ABORTED")), []);
  } finally {
    await b.close();
  }
});

test("a damaged caseload in storage is explained and never written over", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/");
    await enterWorkerMode(page, { passcode: WORKER, clients: ["Ama"] });
    const damaged = '{"format":"between-sessions/locked-caseload","version":1,"kdf":"PBKDF2-SHA-256"}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [CASELOAD_KEY, damaged]);
    await page.reload();
    await h1(page, "Caseload locked");
    await page.getByLabel("Worker passcode", { exact: true }).fill(WORKER);
    await page.getByRole("button", { name: "Open caseload" }).click();
    await page.getByRole("status").getByText(/The caseload could not be read \(.*\)\. Nothing was changed or written over\./).waitFor();
    await h1(page, "Caseload locked");
    assert.equal((await allStorage(page))[CASELOAD_KEY], damaged, "nothing written over it");
    // Turning worker mode on again cannot replace it either (the reload keeps worker mode on).
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
