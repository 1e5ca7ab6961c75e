import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { cliSandbox } from "../helpers/cli.js";
import { correctReferenceSlips } from "../helpers/corrections.js";
import { ROOT } from "../helpers/minutes.js";

const sandbox = cliSandbox();
const run = sandbox.run;
let dir: string;
beforeEach(() => (dir = sandbox.dir));

describe("minutes check", () => {
  it("prints each slip as file:line:col: severity: message [code] and exits 1", async () => {
    const { status, stdout, stderr } = await run(["check", "sec-panel-77.minutes"]);
    expect(status).toBe(1);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe(
      "sec-panel-77.minutes:418:10: error: No attendee has the initials `DKi`. Did you mean `DKa` (Del Kang, DCC), of DCC as written before it? [unknown-initials]",
    );
    expect(stderr).toBe("1 file checked: 5 errors, 0 warnings.\n");
  });

  it("exits 0 on a clean meeting", async () => {
    const text = correctReferenceSlips(readFileSync(path.join(dir, "sec-panel-77.minutes"), "utf8"));
    writeFileSync(path.join(dir, "clean.minutes"), text);
    rmSync(path.join(dir, "sec-panel-77.minutes"));
    const { status, stdout } = await run(["check", "clean.minutes"]);
    expect(stdout).toBe("");
    expect(status).toBe(0);
  });

  it("checks a folder across meetings", async () => {
    const { status, stdout } = await run(["check", "."]);
    expect(status).toBe(1);
    expect(stdout).toContain("sec-panel-78.minutes:");
    expect(stdout).toContain("[update-unknown-action]");
  });

  it("takes a committee to be one folder, as the editor does: a sub-folder's meetings are another committee's", async () => {
    const alone = await run(["check", "sec-panel-77.minutes"]);
    // A sub-committee keeping its own meeting 77, with the same action IDs.
    mkdirSync(path.join(dir, "opsg"));
    cpSync(path.join(dir, "sec-panel-77.minutes"), path.join(dir, "opsg", "sec-panel-77.minutes"));
    const beside = await run(["check", "sec-panel-77.minutes"]);
    expect(beside.stdout).toBe(alone.stdout);
    expect(beside.stdout.trim().split("\n")).toHaveLength(5);
    // Checking both folders reads each as its own committee.
    const both = await run(["check", "."]);
    expect(both.stdout).toContain(`${path.join("opsg", "sec-panel-77.minutes")}:418:10: error: No attendee has the initials \`DKi\`.`);
    const ofParent77 = both.stdout.split("\n").filter((line) => line.startsWith("sec-panel-77.minutes:"));
    expect(ofParent77.join("\n") + "\n").toBe(alone.stdout);
  });

  it("prints JSON with code, severity, 1-based range, message and fixes", async () => {
    const { stdout } = await run(["check", "sec-panel-77.minutes", "--format", "json"]);
    const problems = JSON.parse(stdout);
    const dki = problems.find((p: { code: string }) => p.code === "unknown-initials");
    expect(dki).toMatchObject({ file: "sec-panel-77.minutes", severity: "error", range: { start: { line: 418, column: 10 }, end: { line: 418, column: 13 } } });
    expect(dki.fixes[0]).toMatchObject({ title: "Change `DKi` to `DKa` (Del Kang, DCC)", certain: true, edits: [{ newText: "DKa" }] });
  });

  it("prints SARIF 2.1.0 with rules and located results", async () => {
    const { stdout } = await run(["check", "sec-panel-77.minutes", "--format", "sarif"]);
    const log = JSON.parse(stdout);
    expect(log.version).toBe("2.1.0");
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe("minutes");
    expect(run0.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(["action-id-malformed", "duplicate-initials", "reference-malformed", "unknown-initials"]);
    expect(run0.results).toHaveLength(5);
    expect(run0.results[4].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "sec-panel-77.minutes" },
      region: { startLine: 418, startColumn: 10, endLine: 418, endColumn: 13 },
    });
    expect(run0.results[4].ruleId).toBe(run0.tool.driver.rules[run0.results[4].ruleIndex].id);
  });

  it("--fix applies only the certain fixes, writes atomically, and reports what remains", async () => {
    const file = path.join(dir, "sec-panel-77.minutes");
    const before = readFileSync(file, "utf8");
    const { status, stdout, stderr } = await run(["check", "sec-panel-77.minutes", "--fix"]);
    const after = readFileSync(file, "utf8");
    expect(stderr).toContain("sec-panel-77.minutes: fixed 4 problems");
    expect(after).toContain("The DCC (DKa) added");
    expect(after).toContain("update SECP76/01:");
    expect(after).toContain("for MP081.");
    expect(after).toContain("- SECMP0062 ");
    // The duplicate initials need a person's judgement: no certain fix.
    expect(stdout.trim().split("\n").map((l) => l.replace(/^.*\[(.*)\]$/, "$1"))).toEqual(["duplicate-initials"]);
    expect(status).toBe(1);
    // Only the four tokens changed, nothing else.
    expect(after).toBe(before.replace("(DKi)", "(DKa)").replace("update SEC76/01", "update SECP76/01").replace("for MP0O81", "for MP081").replace("- SECMPO0062", "- SECMP0062"));
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--fix applies the fixes one fix makes certain, in rounds, and writes once", async () => {
    const file = path.join(dir, "sec-panel-77.minutes");
    const before = readFileSync(file, "utf8");
    // `Confidential:` is fixed for sure; `End confidential` only once a passage is open to close.
    writeFileSync(file, before.replace(/\nitem 2: /, "\nThe Panel NOTED it.\n\nConfidential:\nThe merger terms.\nEnd confidential\n\nitem 2: "));
    const { stderr } = await run(["check", "sec-panel-77.minutes", "--fix"]);
    expect(stderr).toContain("sec-panel-77.minutes: fixed 6 problems");
    expect(readFileSync(file, "utf8")).toContain("\nconfidential:\nThe merger terms.\nend confidential\n");
  });

  // Found on reading the change again: the fixes write their lines with `\n`, and `--fix` put
  // them into a file of `\r\n` as they were (the editor's quick fixes already followed the file).
  it("--fix writes its lines in the file's own line ends", async () => {
    const file = path.join(dir, "sec-panel-77.minutes");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace(/\nitem 2: /, "\nThe Panel NOTED it.\n\nConfidential: the merger terms.\nend confidential\n\nitem 2: ").replace(/\n/g, "\r\n"));
    const { stderr } = await run(["check", "sec-panel-77.minutes", "--fix"]);
    expect(stderr).toContain("sec-panel-77.minutes: fixed");
    const after = readFileSync(file, "utf8");
    expect(after).toContain("\r\nconfidential:\r\nthe merger terms.\r\nend confidential\r\n");
    expect(after.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  // Found by a secretary's test: the byte-order mark a word processor wrote was dropped, a change no fix said.
  it("--fix keeps the file's byte-order mark", async () => {
    const file = path.join(dir, "sec-panel-77.minutes");
    const before = readFileSync(file, "utf8").replace(/\nitem 2: /, "\nThe Panel NOTED it.\n\nConfidential:\nthe merger terms.\nend confidential\n\nitem 2: ");
    writeFileSync(file, `\uFEFF${before}`);
    const { stderr } = await run(["check", "sec-panel-77.minutes", "--fix"]);
    expect(stderr).toContain("sec-panel-77.minutes: fixed");
    const after = readFileSync(file);
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const written = after.toString("utf8");
    expect(written.startsWith(`\uFEFF${before.slice(0, 40)}`)).toBe(true);
    expect(written.lastIndexOf("\uFEFF")).toBe(0);
    expect(written).toContain("\nconfidential:\nthe merger terms.");
  });

  it("says each command's usage with --help, and exits 0", async () => {
    for (const command of ["check", "export", "register"]) {
      const { status, stdout } = await run([command, "--help"]);
      expect(status).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage:\\n  minutes ${command} `));
      expect(stdout).toContain("--config FILE reads the committee's settings from FILE");
    }
    expect((await run(["register", "-h"])).stdout).toContain("What the public minutes\n          withhold is left out unless --confidential.");
  });

  it("exits 2 with a one-line reason for bad usage and unreadable files", async () => {
    for (const [args, message] of [
      [["check"], "minutes: check: name at least one .minutes file or folder, as in `minutes check examples/`\n"],
      [["check", "missing.minutes"], "minutes: cannot read missing.minutes: no such file or folder\n"],
      [["check", "minutes.config.json"], "minutes: minutes.config.json is not a .minutes file: minutes reads only files whose names end in .minutes\n"],
      [["check", "x.minutes", "--format", "xml"], "minutes: check: unknown format `xml`: expected text, json or sarif\n"],
      [["frobnicate"], "minutes: unknown command `frobnicate`: expected check, export or register (see minutes --help)\n"],
      // Node's own words for these run over three lines and name its syntax (found by tests/cli/command-lines.test.ts).
      [["check", "--format", "--fix", "x.minutes"], "minutes: check: `--format` is followed by another option where its value belongs: give its value (`--format VALUE`), or write `--format=-VALUE` for a value that starts with a dash (see minutes --help)\n"],
      [["check", "-x", "x.minutes"], "minutes: check: Unknown option '-x' (see minutes --help)\n"],
      [["export", "x.minutes", "-o", "--draft"], "minutes: export: `-o` is followed by another option where its value belongs: give its value (`-o VALUE`), or write `--output=-VALUE` for a value that starts with a dash (see minutes --help)\n"],
      [["check", "x.minutes", "--format"], "minutes: check: Option '--format <value>' argument missing (see minutes --help)\n"],
    ] as const) {
      const { status, stderr } = await run([...args]);
      expect(status).toBe(2);
      expect(stderr).toBe(message);
    }
    writeFileSync(path.join(dir, "latin1.minutes"), Buffer.from([0x6d, 0xe9, 0x74, 0x0a]));
    const latin1 = await run(["check", "latin1.minutes"]);
    expect(latin1.status).toBe(2);
    expect(latin1.stderr).toBe("minutes: cannot read latin1.minutes: it is not UTF-8 text (save it as UTF-8 and try again)\n");
    // Found in a folder, it is passed over with a warning, and its neighbours are checked.
    // The command does not pass: a meeting went unchecked (a CI gate must not go green).
    const folder = await run(["check", "."]);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe(
      `minutes: warning: cannot read ${path.join(dir, "latin1.minutes")}: it is not UTF-8 text (save it as UTF-8 and try again)\n2 files checked: 9 errors, 2 warnings.\n` +
        "minutes: 1 file could not be read and went unchecked (see the warnings above).\n",
    );
  });

  it("says once what is wrong with a settings file that several committees share", async () => {
    for (const sub of ["panel", "opsg"]) {
      mkdirSync(path.join(dir, sub));
      cpSync(path.join(dir, "sec-panel-77.minutes"), path.join(dir, sub, "sec-panel-77.minutes"));
    }
    writeFileSync(path.join(dir, "minutes.config.json"), '{\n  "bodyNames": ["The Panel"],\n}\n');
    const { stderr } = await run(["check", "panel", "opsg"]);
    expect(stderr.split("\n").filter((line) => line.startsWith("minutes: warning:"))).toEqual([
      `minutes: warning: ${path.join(dir, "minutes.config.json")}: not valid JSON at line 2, column 29 (a comma after the last entry is not allowed: delete it); using the default settings`,
    ]);
  });

  it("checks a meeting linked into its folder, and one with a hidden name when it is named", async () => {
    mkdirSync(path.join(dir, "panel"));
    symlinkSync(path.join(dir, "sec-panel-77.minutes"), path.join(dir, "panel", "linked.minutes"));
    const linked = await run(["check", "panel"]);
    expect(linked.stdout.trim().split("\n")).toHaveLength(5);
    expect(linked.stdout).toContain(`${path.join("panel", "linked.minutes")}:418:10: error: No attendee has the initials`);
    cpSync(path.join(dir, "sec-panel-77.minutes"), path.join(dir, "panel", ".draft.minutes"));
    const hidden = await run(["check", path.join("panel", ".draft.minutes")]);
    // Its five findings, and that it is the same meeting as the linked one beside it.
    expect(hidden.stdout.trim().split("\n")).toHaveLength(6);
    expect(hidden.stdout).toContain("Meeting 77 is also linked.minutes in this folder");
    // A link that leads nowhere is a meeting that cannot be read: said, and exit 2.
    symlinkSync(path.join(dir, "moved-away.minutes"), path.join(dir, "panel", "broken.minutes"));
    const broken = await run(["check", "panel"]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${path.join("panel", "broken.minutes")}: no such file or folder`);
  });

  it("runs as a real command, without a stack trace on failure", () => {
    const bin = path.join(ROOT, "packages/cli/bin/minutes.js");
    const ok = spawnSync(process.execPath, [bin, "check", "sec-panel-77.minutes"], { cwd: dir, encoding: "utf8" });
    expect(ok.status).toBe(1);
    expect(ok.stdout.split("\n")[0]).toMatch(/^sec-panel-77\.minutes:50:3: error: Initials `AH`/);
    const unreadable = path.join(dir, "locked.minutes");
    writeFileSync(unreadable, "meeting: x\n");
    chmodSync(unreadable, 0o000);
    const bad = spawnSync(process.execPath, [bin, "check", "nope/"], { cwd: dir, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("minutes: cannot read nope/: no such file or folder\n");
    expect(bad.stderr).not.toContain("    at ");
    // A reader that stops early closes the pipe: the command ends quietly, not with EPIPE.
    writeFileSync(path.join(dir, "many.minutes"), readFileSync(path.join(dir, "sec-panel-77.minutes"), "utf8") + "\nitem 24: More\n\n" + "The Chair (ZZ) noted it.\n\n".repeat(3000));
    const piped = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check many.minutes | head -1`], { cwd: dir, encoding: "utf8" });
    expect(piped.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    // (Two warnings: the reference's own, and that many.minutes is meeting 77 again.)
    expect(piped.stderr).toBe("1 file checked: 3006 errors, 2 warnings.\n");
    // A report that cannot be written (a full disk behind a redirect) is said in one line.
    const full = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check many.minutes > /dev/full`], { cwd: dir, encoding: "utf8" });
    expect(full.status).toBe(2);
    expect(full.stderr).toContain("minutes: cannot write the report: ENOSPC");
    expect(full.stderr).not.toContain("    at ");
  });
});
