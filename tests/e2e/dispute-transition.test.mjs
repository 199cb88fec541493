// A role dispute at dissolution leads to the role-transition worksheet, as the deck says: when the
// relationship is ending, the work becomes a change of role. The stage's guidance starts one from
// the dispute (what it is about becomes what the transition is about), then opens it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, launch, open, stored } from "./harness.mjs";

const FIXTURE = new URL("../fixtures/journals/v1-sample.json", import.meta.url);
const DISPUTE = "80000000-0000-4000-8000-000000000002";
const live = (c) => Object.entries(c || {}).filter(([, r]) => !r.deleted_at).map(([id, r]) => ({ id, ...r }));
const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();

test("a dispute at dissolution starts the role transition worksheet, then opens it", async () => {
  const b = await launch();
  try {
    const { page } = b;
    await open(page, b.base);
    // The sample journal with no role transition yet and the dispute with Amani ending.
    const doc = JSON.parse(await readFile(FIXTURE, "utf8"));
    for (const [id, w] of Object.entries(doc.journal.worksheets)) {
      if (w.data.role_transition) delete doc.journal.worksheets[id];
    }
    doc.journal.worksheets[DISPUTE].data.role_dispute.stage = "dissolution";
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, JSON.stringify(doc)]);
    await open(page, b.base, `/my-work/worksheets/${DISPUTE}`);
    await page.getByText("When a relationship is ending, the work becomes a change of role", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Start a role transition worksheet" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/my-work/worksheets/") && !u.pathname.endsWith(DISPUTE));
    const j = JSON.parse(await stored(page, JOURNAL_KEY)).journal;
    const transitions = live(j.worksheets).filter((w) => w.data.role_transition);
    assert.equal(transitions.length, 1, "one role transition was started");
    assert.equal(transitions[0].data.role_transition.transition, "Night feeds", "about what the dispute was about");
    assert.equal(new URL(page.url()).pathname, `/my-work/worksheets/${transitions[0].id}`);

    // Back on the dispute: the same worksheet is opened, never a second one.
    await open(page, b.base, `/my-work/worksheets/${DISPUTE}`);
    await page.getByRole("link", { name: "Open your role transition worksheet" }).click();
    await page.waitForURL((u) => u.pathname === `/my-work/worksheets/${transitions[0].id}`);
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
