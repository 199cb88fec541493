// What belongs to one journal is dropped with it (issue #14, the lay-worker issue #15): the
// "Undo" of a delete lives in the open journal's state, so after switching person neither the
// banner nor the deleted person's name can show in another client's record, and it does not come
// back when the first client's journal is opened again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { go, launch, open } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();

async function switchTo(page, nickname, { add = false } = {}) {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("button", { name: "Switch person" }).click();
  await h1(page, "Who is using the app?");
  if (add) {
    const form = page.getByRole("form", { name: "Add a person" });
    await form.getByLabel("Nickname").fill(nickname);
    await form.getByRole("button", { name: "Add" }).click();
  } else {
    await page.getByRole("button", { name: nickname, exact: true }).click();
  }
  await h1(page, "This week");
}

test("switching person right after a delete shows no Undo and no name of the previous client", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base, "/people/new");
    await page.getByLabel("Name or nickname").fill("Nomvula");
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByRole("status").getByText("Nomvula was added.").waitFor();
    await page.getByRole("link", { name: "Write about Nomvula" }).click();
    await h1(page, "Nomvula");
    await page.getByRole("button", { name: "Remove from my people" }).click();
    await h1(page, "People");
    await page.getByRole("status").getByText("Nomvula was removed from your people.").waitFor();
    await page.getByRole("button", { name: "Undo" }).waitFor();

    // Another client, without undoing: her People page has no banner and no name.
    await switchTo(page, "Client B", { add: true });
    await go(page, "/people");
    await h1(page, "People");
    assert.equal(await page.getByRole("button", { name: "Undo" }).count(), 0);
    assert.ok(!(await page.locator("body").innerText()).includes("Nomvula"), "no name of the previous client");

    // Back to the first client: the offer to undo was dropped with her journal.
    await switchTo(page, "Me");
    await go(page, "/people");
    await h1(page, "People");
    assert.equal(await page.getByRole("button", { name: "Undo" }).count(), 0);
    assert.equal(await page.getByRole("link", { name: "Nomvula" }).count(), 0, "the delete stands");
    assert.deepEqual(b.outside, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
