// The first paint (index.html's #boot-shell): the home's heading, the welcome and "Get help now",
// shown before the WASM arrives. Called by scripts/precache.mjs on the built index.html:
//  - every `data-t="<namespace>.<key>"` element gets its English text from locales/en (so the
//    static page never drifts from the app's words), `<strong>` kept and `<help>` made the link to
//    the static help page;
//  - a small inline script after the shell puts it in her language before the first paint (her
//    chosen language on this phone, else the browser's), right to left for Arabic, and leaves
//    the welcome out for someone who has used the app before.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const LOCALES = ["en", "es", "fr", "ar", "sw"];

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A translation as HTML: its text escaped, `<strong>` kept, `<help>` the link to /help.html. */
function markup(text) {
  let out = "";
  let rest = text;
  const tag = /<(strong|help)>([\s\S]*?)<\/\1>/;
  for (let m = tag.exec(rest); m; m = tag.exec(rest)) {
    out += esc(rest.slice(0, m.index));
    out += m[1] === "strong" ? `<strong>${esc(m[2])}</strong>` : `<a href="/help.html">${esc(m[2])}</a>`;
    rest = rest.slice(m.index + m[0].length);
  }
  return out + esc(rest);
}

function lookup(root, locale, key) {
  const [ns, ...path] = key.split(".");
  let v = JSON.parse(readFileSync(join(root, "locales", locale, `${ns}.json`), "utf8"));
  for (const p of path) v = v?.[p];
  if (typeof v !== "string") throw new Error(`first paint: locales/${locale}/${ns}.json has no ${path.join(".")}`);
  return v;
}

/** index.html with the first paint's words filled in and its language script added. */
export function firstPaint(html, root) {
  const shell = html.indexOf('<div id="boot-shell">');
  if (shell < 0) throw new Error("first paint: index.html has no #boot-shell");
  const keys = [...html.matchAll(/data-t="([a-z_.]+)"/g)].map((m) => m[1]);
  const labels = [...html.matchAll(/data-t-label="([a-z_.]+)"/g)].map((m) => m[1]);
  // English, in the page itself.
  html = html.replace(/(<([a-z0-9]+)[^>]*\bdata-t="([a-z_.]+)"[^>]*>)[\s\S]*?(<\/\2>)/g, (_, open, _tag, key, close) => {
    return `${open}${markup(lookup(root, "en", key))}${close}`;
  });
  html = html.replace(/data-t-label="([a-z_.]+)" aria-label="[^"]*"/g, (_, key) => {
    return `data-t-label="${key}" aria-label="${esc(lookup(root, "en", key))}"`;
  });
  // The other languages, for the script.
  const table = {};
  for (const locale of LOCALES.slice(1)) {
    table[locale] = {};
    for (const key of keys) table[locale][key] = markup(lookup(root, locale, key));
    for (const key of labels) table[locale][key] = lookup(root, locale, key);
  }
  const script = `<script>(function(){var T=${JSON.stringify(table)},s=document.getElementById("boot-shell"),l=null,seen=false,i,k;
try{l=localStorage.getItem("between-sessions:language");for(i=0;i<localStorage.length;i++){k=localStorage.key(i)||"";if(k.indexOf("between-sessions:")===0&&!/:(language|discreet)$/.test(k))seen=true}}catch(e){}
if(seen){k=s.querySelector(".boot-welcome");if(k)k.remove()}
if(!l){var n=navigator.languages||[navigator.language||"en"];for(i=0;i<n.length;i++){k=String(n[i]).toLowerCase().split(/[-_]/)[0];if(k==="en"||T[k]){l=k;break}}}
var t=T[l];if(!t)return;document.documentElement.lang=l;if(l==="ar")document.documentElement.dir="rtl";
s.querySelectorAll("[data-t]").forEach(function(e){e.innerHTML=t[e.getAttribute("data-t")]});
s.querySelectorAll("[data-t-label]").forEach(function(e){e.setAttribute("aria-label",t[e.getAttribute("data-t-label")])})})()</script>`;
  // A quick exit that crossed a page load (Back reached the app on the way out): leave at once,
  // before anything of the app (its name, the welcome) is painted. The app does the same check
  // when it mounts (router::exit_pending); this one runs first, in the head.
  const exit = `<script>try{if(sessionStorage.getItem("between-sessions:exit")){document.documentElement.hidden=true;location.replace("/neutral.html")}}catch(e){}</script>`;
  const head = html.indexOf("<head>");
  if (head < 0) throw new Error("first paint: index.html has no <head>");
  html = html.slice(0, head + "<head>".length) + "\n    " + exit + html.slice(head + "<head>".length);
  const end = html.indexOf("</div>\n  </body>");
  if (end < 0) throw new Error("first paint: #boot-shell must end just before </body>");
  return html.slice(0, end) + "</div>\n    " + script + html.slice(end + "</div>".length);
}
