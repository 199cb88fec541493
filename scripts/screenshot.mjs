// Screenshots of app pages for a person to look at (not a test).
// Usage: node scripts/screenshot.mjs OUT_DIR /path1 /path2 ...   (env: COLOR=dark, LANG_UI=ar|es|fr|sw)
import { launch, open } from "../tests/e2e/harness.mjs";
const [out, ...paths] = process.argv.slice(2);
const b = await launch({ colorScheme: process.env.COLOR || "light", locale: process.env.LANG_UI || "en-GB" });
try {
  for (const p of paths) {
    await open(b.page, b.base, p);
    await b.page.waitForTimeout(300);
    const name = p.replace(/[^a-z0-9]+/gi, "_") || "home";
    await b.page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
    console.log(`${out}/${name}.png`);
  }
  if (b.errors.length) console.log("errors:", b.errors);
} finally {
  await b.close();
}
