// The Makefile's PAGE_ASSETS and EMBED_ASSETS are what make size counts and
// make compress precompresses: every module the page or the embed imports
// must be in its list, and every module in web/js/ in one of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const web = join(dirname(fileURLToPath(import.meta.url)), "..");

// makeList reads the value of a ":=" variable of the Makefile, continuation
// lines included.
function makeList(name) {
  const makefile = readFileSync(join(web, "..", "Makefile"), "utf8").replace(/\\\n/g, " ");
  const m = makefile.match(new RegExp("^" + name + "\\s*:=(.*)$", "m"));
  assert.ok(m, name + " is not in the Makefile");
  return m[1].trim().split(/\s+/);
}

// imports lists the relative static imports of a module, as paths under web/.
function imports(file) {
  const src = readFileSync(join(web, file), "utf8");
  const out = [];
  for (const m of src.matchAll(/^\s*import\s+(?:[^"';]*?from\s+)?["'](\.{1,2}\/[^"']+)["']/gm)) {
    out.push(normalize(join(dirname(file), m[1])));
  }
  return out;
}

for (const name of ["PAGE_ASSETS", "EMBED_ASSETS"]) {
  test(name + " holds every module its files import", () => {
    const list = makeList(name);
    for (const file of list.filter((f) => f.endsWith(".js"))) {
      for (const dep of imports(file)) {
        assert.ok(list.includes(dep), `${file} imports ${dep}, which ${name} misses`);
      }
    }
  });
}

// dynamicImports lists the relative import("…") calls of a module: the
// parts the worker loads on first use (worker.js's pageParts), which only
// the page asks for.
function dynamicImports(file) {
  const src = readFileSync(join(web, file), "utf8");
  return [...src.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => normalize(join(dirname(file), m[1])));
}

test("PAGE_ASSETS holds every module imported on first use", () => {
  const list = makeList("PAGE_ASSETS");
  const lazy = list.filter((f) => f.endsWith(".js")).flatMap(dynamicImports);
  assert.ok(lazy.includes("js/store.js"), "worker.js's page parts are found");
  for (const dep of lazy) {
    assert.ok(list.includes(dep), `${dep} is imported on first use, and PAGE_ASSETS misses it`);
    for (const sub of imports(dep)) {
      assert.ok(list.includes(sub), `${dep} imports ${sub}, which PAGE_ASSETS misses`);
    }
  }
});

test("every module of web/js/ is counted by make size", () => {
  const all = new Set([...makeList("PAGE_ASSETS"), ...makeList("EMBED_ASSETS")]);
  for (const f of readdirSync(join(web, "js")).filter((f) => f.endsWith(".js"))) {
    assert.ok(all.has("js/" + f), `js/${f} is in neither PAGE_ASSETS nor EMBED_ASSETS`);
  }
});
