#!/usr/bin/env node
// The main job, as the README's first command runs it: check the bundled reference minutes
// (showing their real slips), then export them as the public HTML, marked DRAFT because the
// published minutes carry those slips, and write the action register of the examples folder.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const cli = path.join(root, "packages/cli/bin/minutes.js");
const out = path.join(root, "out");
mkdirSync(out, { recursive: true });

function minutes(args) {
  process.stdout.write(`\n$ minutes ${args.join(" ")}\n`);
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: "inherit" }).status;
}

const checked = minutes(["check", "examples/sec-panel-77.minutes"]);
if (checked !== 1) {
  console.error(`\nExpected the check to find the reference minutes' slips (exit 1); it exited ${checked}.`);
  process.exit(1);
}
const steps = [
  ["export", "examples/sec-panel-77.minutes", "--format", "html", "--draft", "-o", "out/sec-panel-77.html"],
  ["export", "examples/sec-panel-77.minutes", "--format", "docx", "--draft", "-o", "out/sec-panel-77.docx"],
  ["export", "examples/sec-panel-77.minutes", "--format", "md", "--draft", "-o", "out/sec-panel-77.md"],
  ["export", "examples/sec-panel-77.minutes", "--format", "json", "--draft", "-o", "out/sec-panel-77.json"],
  ["register", "examples", "-o", "out/actions.csv"],
];
for (const step of steps) {
  const status = minutes(step);
  if (status !== 0) {
    console.error(`\n\`minutes ${step.join(" ")}\` failed with exit status ${status}.`);
    process.exit(1);
  }
}
console.log(`\nThe check found the slips above; the public minutes (marked DRAFT) and the action register are in ${path.relative(process.cwd(), out) || "."}/.`);
