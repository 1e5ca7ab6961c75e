import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { cliSandbox } from "../helpers/cli.js";
import { SEEDS } from "../fuzz/support.js";

/*
 * Command lines drawn at random (seeded) from the words a secretary or a script might type:
 * the three commands, their flags with good and bad values, output paths that name the minutes
 * themselves, the settings, a folder or nowhere, files that are not minutes, are not UTF-8 or
 * are missing. Whatever the line, the real command (in-process, in a copy of examples/) exits
 * 0, 1 or 2, says a failure in lines of its own that start `minutes:`, never as an internal
 * error or a stack trace, and leaves every meeting and the settings as they were (but for the
 * files `check --fix` names, which it may correct). The bound is a count: 150 command lines.
 */

const RUNS = 150;

const words = fc.constantFrom(
  "check", "export", "register", "help",
  "--format", "--format", "html", "docx", "md", "json", "text", "sarif", "pdf", "--format=", "--format=json",
  "--fix", "--draft", "--confidential", "--config", "-o", "-o", "--help", "-h", "--version", "--", "-", "-x", "--o", "--output",
  "sec-panel-77.minutes", "sec-panel-77.minutes", "sec-panel-78.minutes", ".", "sub", "sub/only.minutes", "missing.minutes", "not-utf8.minutes", "folder.minutes", "notes.txt",
  "minutes.config.json", "out.html", "sub/out.md", "nowhere/out.html", "", " ", "😀",
);

const command = fc.constantFrom("check", "export", "register");
const target = fc.constantFrom("sec-panel-77.minutes", "sec-panel-78.minutes", ".", "sub", "sub/only.minutes", "missing.minutes", "not-utf8.minutes", "folder.minutes", "notes.txt");
const flag = fc.oneof(
  fc.constantFrom(["--fix"], ["--draft"], ["--confidential"], ["--format", "json"], ["--format", "html"], ["--format", "md"], ["--format", "docx"], ["--format", "sarif"], ["-o", "out.html"], ["-o", "-"], ["-o", "sub/out.md"]),
  fc.tuple(fc.constantFrom("--format", "-o", "--config"), words),
);
/** Mostly a command, a file or two and a few flags, each drawn from good and bad; sometimes any words at all. */
const commandLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(command, fc.array(target, { minLength: 0, maxLength: 2 }), fc.array(flag, { maxLength: 3 })).map(([c, files, flags]) => [c, ...files, ...flags.flat()]) },
  { weight: 1, arbitrary: fc.array(words, { minLength: 0, maxLength: 7 }) },
);

/** Every file under the sandbox but what a run may write (exports, registers), with its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith(".minutes") || name === "minutes.config.json" || name === "notes.txt") files.set(path.relative(dir, file), readFileSync(file, "latin1"));
    }
  };
  walk(dir);
  return files;
}

const sandbox = cliSandbox();

beforeEach(() => {
  mkdirSync(path.join(sandbox.dir, "sub"));
  writeFileSync(path.join(sandbox.dir, "sub", "only.minutes"), readFileSync(path.join(sandbox.dir, "sec-panel-78.minutes")));
  writeFileSync(path.join(sandbox.dir, "not-utf8.minutes"), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]));
  mkdirSync(path.join(sandbox.dir, "folder.minutes"));
  writeFileSync(path.join(sandbox.dir, "notes.txt"), "not minutes\n");
});

describe("the command line under random command lines", () => {
  it(`answers ${RUNS} seeded command lines with 0, 1 or 2 and its own words, and changes no file but those --fix names`, async () => {
    const lines = fc.sample(commandLine, { seed: SEEDS.commandLines, numRuns: RUNS });
    const statuses = new Set<number>();
    for (const argv of lines) {
      const before = snapshot(sandbox.dir);
      const { status, stdout, stderr } = await sandbox.run(argv);
      const line = `minutes ${argv.map((a) => JSON.stringify(a)).join(" ")}`;
      statuses.add(status);
      expect([0, 1, 2], line).toContain(status);
      expect(stderr, line).not.toMatch(/internal error|\n\s+at |TypeError|RangeError/);
      expect(stdout, line).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
      if (status === 2) {
        const said = stderr.split("\n").filter((l) => l.length > 0);
        // Usage is printed on stdout for a bare `minutes`; any other failure is said on stderr.
        if (argv.length > 0) expect(said.length, line).toBeGreaterThan(0);
        for (const l of said) expect(l, line).toMatch(/^minutes: |^\d+ files? checked|^[^ ]+\.minutes:/);
      }
      const after = snapshot(sandbox.dir);
      const fixed = argv[0] === "check" && argv.includes("--fix");
      for (const [file, bytes] of before) {
        if (fixed && file.endsWith(".minutes")) continue;
        expect(after.get(file), `${line}: ${file}`).toBe(bytes);
      }
    }
    // The lines reach the commands' work, not only their refusals.
    expect([...statuses].sort()).toEqual([0, 1, 2]);
  });
});
