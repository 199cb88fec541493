// Quick exit leaves no way back: after it, Back (six times) and Forward never show the app, its
// name or any of her words, whether the app was the tab's first page or opened after another
// page, with or without a passcode. Before it, the app's own links and Back work as usual.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, open } from "./harness.mjs";

const h1 = (page, name) => page.getByRole("heading", { level: 1, name }).waitFor();
const ELSEWHERE = "data:text/html,<title>Elsewhere</title><h1>Elsewhere</h1>";
const SECRET = "Argument with Sipho";

/** Write a note she would not want seen (on the timeline), through the app's own form. */
async function writeNote(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await h1(page, "People");
  await page.getByRole("link", { name: "Timeline of mood and life events" }).click();
  await h1(page, "Timeline");
  await page.getByLabel("What happened?").fill(SECRET);
  await page.getByRole("button", { name: "Add to timeline" }).click();
  await page.getByRole("status").filter({ hasText: SECRET }).waitFor();
}

async function setPasscode(page, code) {
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("link", { name: "Settings" }).click();
  await h1(page, "Settings");
  const section = page.getByRole("region", { name: "Passcode", exact: true });
  await section.getByLabel("New passcode", { exact: true }).fill(code);
  await section.getByLabel("New passcode again").fill(code);
  await section.getByRole("button", { name: "Set passcode" }).click();
  await section.getByText("Your notes are locked with a passcode.").waitFor({ timeout: 20000 });
}

/** Nothing of the app: not its name, title, headings or her words. */
async function nothingOfTheApp(page, where) {
  // A page the app reached on the way out replaces itself: give it time to.
  await page.waitForLoadState("load").catch(() => {});
  await page.waitForTimeout(1200);
  const url = page.url();
  const title = await page.title();
  const text = await page.locator("body").innerText().catch(() => "");
  const h1s = await page.getByRole("heading", { level: 1 }).allInnerTexts().catch(() => []);
  assert.ok(!/Between Sessions|Notes/.test(title), `${where}: title "${title}" at ${url}`);
  assert.ok(!text.includes(SECRET) && !text.includes("Between Sessions"), `${where}: ${url}: ${text.slice(0, 200)}`);
  for (const h of h1s) {
    assert.ok(["Shopping list", "Elsewhere"].includes(h.trim()), `${where}: heading "${h}" at ${url}`);
  }
  const path = url.startsWith("data:") || url === "about:blank" ? "" : new URL(url).pathname;
  assert.ok(path === "" || path === "/neutral.html", `${where}: at ${url}`);
}

async function quickExitLeavesNoWayBack(page) {
  await page.getByRole("button", { name: "Quick exit" }).click();
  await page.waitForURL(/\/neutral\.html$/);
  await h1(page, "Shopping list");
  assert.equal(await page.title(), "Shopping list");
  await nothingOfTheApp(page, "after quick exit");
  for (let i = 1; i <= 6; i++) {
    await page.goBack().catch(() => null);
    await nothingOfTheApp(page, `Back ${i}`);
  }
  for (let i = 1; i <= 3; i++) {
    await page.goForward().catch(() => null);
    await nothingOfTheApp(page, `Forward ${i}`);
  }
}

test("in-app links and Back work, then quick exit with the app as the tab's first page leaves no way back", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await open(page, b.base);
    // A new tab keeps its initial blank entry; drop it, as when the app is opened from the home
    // screen or a link in a new tab, so the app is the tab's only page.
    const cdp = await b.context.newCDPSession(page);
    await cdp.send("Page.resetNavigationHistory");
    assert.equal(await page.evaluate(() => history.length), 1, "the app is the tab's first page");
    await writeNote(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
    await h1(page, "My work");
    // In-app Back, as Android's Back button does it.
    await page.goBack();
    await h1(page, "Timeline");
    await page.goBack();
    await h1(page, "People");
    await page.goForward();
    await h1(page, "Timeline");
    await page.getByText(SECRET).first().waitFor();
    await quickExitLeavesNoWayBack(page);
    assert.deepEqual(b.outside, []);
  } finally {
    await b.close();
  }
});

test("quick exit after arriving from another page: Back reaches that page, never the app", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(ELSEWHERE);
    await open(page, b.base);
    await writeNote(page);
    await page.getByRole("link", { name: "Get help now" }).first().click();
    await h1(page, "You are not alone");
    await quickExitLeavesNoWayBack(page);
    // Back from the neutral page reaches the page she had open before (or stays put).
    await page.goBack().catch(() => null);
    await page.goBack().catch(() => null);
    await nothingOfTheApp(page, "at the start");
  } finally {
    await b.close();
  }
});

test("with a passcode, after a reload and Escape twice: no way back to the lock screen either", async () => {
  const b = await launch();
  const { page } = b;
  try {
    await page.goto(ELSEWHERE);
    await open(page, b.base);
    await writeNote(page);
    await setPasscode(page, "green door");
    // A reload keeps her place in history; the app's earlier entries are now another page load.
    await page.reload();
    await h1(page, "Your notes are locked");
    await page.getByLabel("Passcode").fill("green door");
    await page.getByRole("button", { name: "Unlock" }).click();
    await h1(page, "Settings");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await h1(page, "People");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await page.waitForURL(/\/neutral\.html$/);
    await h1(page, "Shopping list");
    await nothingOfTheApp(page, "after Escape twice");
    for (let i = 1; i <= 6; i++) {
      await page.goBack().catch(() => null);
      await nothingOfTheApp(page, `Back ${i}`);
      assert.equal(await page.getByRole("heading", { name: "Your notes are locked" }).count(), 0);
    }
    await page.goForward().catch(() => null);
    await nothingOfTheApp(page, "Forward");
  } finally {
    await b.close();
  }
});
