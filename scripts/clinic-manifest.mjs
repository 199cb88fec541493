// Writes <dist>/clinic/manifest.json: which clinic questionnaire files are beside the app, so the
// app asks only for those (no failing request on a normal start). Run by Trunk's post_build hook
// (in the staging directory), and by a clinic after placing or removing files in dist/clinic/:
//   node scripts/clinic-manifest.mjs dist
// Format: {"format":"between-sessions/clinic-files","version":1,"files":["epds.json"]}
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dist) {
  console.error("clinic-manifest: give the dist directory (or run me from a Trunk hook)");
  process.exit(1);
}
const dir = join(dist, "clinic");
mkdirSync(dir, { recursive: true });
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => /^[a-z0-9-]+\.json$/.test(f) && f !== "manifest.json")
      .sort()
  : [];
const manifest = { format: "between-sessions/clinic-files", version: 1, files };
writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest) + "\n");
console.log(`clinic-manifest: ${files.length} clinic file(s) listed`);
