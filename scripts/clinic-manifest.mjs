// Writes <dist>/clinic/manifest.json: which clinic questionnaire files are beside the app, so the
// app asks only for those (no failing request on a normal start). Called by scripts/precache.mjs
// (Trunk's one post_build hook) before it lists the files to precache, and by a clinic after
// placing or removing files in dist/clinic/:
//   node scripts/clinic-manifest.mjs dist
// Format: {"format":"between-sessions/clinic-files","version":1,"files":["epds.json"]}
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Write the manifest of the clinic files in `dist/clinic/`; returns the files listed. */
export function writeClinicManifest(dist) {
  const dir = join(dist, "clinic");
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.json$/.test(f) && f !== "manifest.json")
    .sort();
  const manifest = { format: "between-sessions/clinic-files", version: 1, files };
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest) + "\n");
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist) {
    console.error("clinic-manifest: give the dist directory, e.g. node scripts/clinic-manifest.mjs dist");
    process.exit(1);
  }
  console.log(`clinic-manifest: ${writeClinicManifest(dist).length} clinic file(s) listed`);
}
