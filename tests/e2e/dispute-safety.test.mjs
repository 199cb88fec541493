// The role dispute worksheet asks first whether she feels safe with that person; the impasse
// advice to stir things up appears only after that question is answered or skipped, always with
// the training deck's caveat and a link to "Is someone hurting you?", never when she does not feel
// safe; dissolution points to the role transition.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { JOURNAL_KEY, launch, open } from "./harness.mjs";

const FIXTURE = new URL("../fixtures/journals/v1-sample.json", import.meta.url);
const DISPUTE = "80000000-0000-4000-8000-000000000002";
const STIR = "stirring things up a little";

test("impasse advice only after the safety question, with its caveat; dissolution points to role transition", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [JOURNAL_KEY, await readFile(FIXTURE, "utf8")]);
    await open(page, b.base, `/my-work/worksheets/${DISPUTE}`);
    const first = page.getByRole("region", { name: "Before you start" });
    await first.getByRole("group", { name: "Do you feel safe with this person?" }).waitFor();
    // The question comes before the worksheet's own sections.
    const headings = await page.locator("main h2").allInnerTexts();
    assert.equal(headings[0], "Before you start");

    await page.getByRole("radio", { name: /^Impasse/ }).check();
    await page.getByText("Before any advice for this stage, please answer the first question", { exact: false }).waitFor();
    assert.equal(await page.getByText(STIR, { exact: false }).count(), 0, "no advice before the question");

    await first.getByRole("radio", { name: "Yes" }).check();
    await page.getByText(STIR, { exact: false }).waitFor();
    await page.getByText("Only if you are safe: if this person hits, hurts or frightens you, do not stir things up.", { exact: false }).waitFor();
    const stage = page.getByRole("region", { name: "Stage" });
    assert.equal(await stage.getByRole("link", { name: "Is someone hurting you?" }).getAttribute("href"), "/safety/hurt");

    await first.getByRole("radio", { name: "Not always" }).check();
    await page.getByText("this worksheet does not suggest stirring things up", { exact: false }).waitFor();
    assert.equal(await page.getByText(STIR, { exact: false }).count(), 0, "never for someone who does not feel safe");
    await first.getByText("Thank you for saying so.", { exact: false }).waitFor();

    // Kept with the worksheet.
    await page.reload();
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    assert.ok(await page.getByRole("radio", { name: "Not always" }).isChecked());

    await page.getByRole("radio", { name: /^Dissolution/ }).check();
    await page.getByText("The role transition worksheet helps with that", { exact: false }).waitFor();
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
