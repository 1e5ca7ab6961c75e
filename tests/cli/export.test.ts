import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { cliSandbox } from "../helpers/cli.js";
import { correctReferenceSlips } from "../helpers/corrections.js";

const sandbox = cliSandbox();
const run = sandbox.run;
let dir: string;
beforeEach(() => (dir = sandbox.dir));

const at = (...parts: string[]) => path.join(dir, ...parts);

describe("minutes export", () => {
  it("refuses to export minutes with errors, listing them, unless --draft; writes nothing", async () => {
    const { status, stdout, stderr } = await run(["export", "sec-panel-77.minutes", "--format", "html"]);
    expect(status).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("sec-panel-77.minutes:418:10: error: No attendee has the initials `DKi`.");
    expect(stderr).toContain("minutes: not exported: sec-panel-77.minutes has 5 errors. Correct them, or export a draft with --draft.\n");
    expect(existsSync(at("sec-panel-77.html"))).toBe(false);
  });

  it("writes the public draft beside the source by default, and the confidential version under its own name", async () => {
    const draft = await run(["export", "sec-panel-77.minutes", "--format", "html", "--draft"]);
    expect(draft).toMatchObject({ status: 0, stdout: "wrote sec-panel-77.html (public, DRAFT)\n" });
    expect(readFileSync(at("sec-panel-77.html"), "utf8")).toContain("DRAFT");
    const secret = await run(["export", "sec-panel-78.minutes", "--format", "md", "--draft", "--confidential"]);
    expect(secret).toMatchObject({ status: 0, stdout: "wrote sec-panel-78.confidential.md (confidential, DRAFT)\n" });
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("exports corrected minutes without --draft, to the file named by -o", async () => {
    writeFileSync(at("clean.minutes"), correctReferenceSlips(readFileSync(at("sec-panel-77.minutes"), "utf8")));
    renameSync(at("sec-panel-77.minutes"), at("sec-panel-77.minutes.bak"));
    mkdirSync(at("out"));
    const { status, stdout } = await run(["export", "clean.minutes", "--format", "json", "-o", "out/minutes.json"]);
    expect(status).toBe(0);
    expect(stdout).toBe("wrote out/minutes.json (public)\n");
    expect(JSON.parse(readFileSync(at("out", "minutes.json"), "utf8"))).toMatchObject({ meeting: { number: 77 }, draft: false });
  });

  it("never writes over minutes or the settings, however -o names them", async () => {
    symlinkSync("sec-panel-77.minutes", at("alias.md"));
    const before = Object.fromEntries(["sec-panel-77.minutes", "sec-panel-78.minutes", "minutes.config.json"].map((f) => [f, readFileSync(at(f))]));
    for (const [output, message] of [
      ["./sec-panel-77.minutes", "minutes: refusing to write over sec-panel-77.minutes: it is a .minutes file, and an export or a register never replaces minutes; choose another name\n"],
      ["sec-panel-78.minutes", "minutes: refusing to write over sec-panel-78.minutes: it is a .minutes file, and an export or a register never replaces minutes; choose another name\n"],
      ["minutes.config.json", "minutes: refusing to write over minutes.config.json: it is the committee's settings file; choose another name\n"],
      ["alias.md", "minutes: refusing to write over the source file alias.md: choose another output\n"],
    ] as const) {
      const { status, stderr } = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", output]);
      expect({ output, status, stderr }).toEqual({ output, status: 2, stderr: message });
    }
    const registered = await run(["register", ".", "-o", "sec-panel-78.minutes"]);
    expect(registered.status).toBe(2);
    for (const [file, bytes] of Object.entries(before)) expect(readFileSync(at(file)), file).toEqual(bytes);
  });

  it("never writes over minutes or the settings through a link either, and writes through a link to a file not made yet", async () => {
    symlinkSync("sec-panel-78.minutes", at("out.md"));
    symlinkSync("minutes.config.json", at("reg.csv"));
    const before78 = readFileSync(at("sec-panel-78.minutes"));
    const beforeConfig = readFileSync(at("minutes.config.json"));
    const exported = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "out.md"]);
    expect(exported.status).toBe(2);
    expect(exported.stderr).toMatch(/^minutes: refusing to write over out\.md \(a link to .*sec-panel-78\.minutes\): it is a \.minutes file/);
    expect((await run(["register", ".", "-o", "reg.csv"])).status).toBe(2);
    expect(readFileSync(at("sec-panel-78.minutes"))).toEqual(before78);
    expect(readFileSync(at("minutes.config.json"))).toEqual(beforeConfig);

    mkdirSync(at("real"));
    symlinkSync(path.join("real", "target.md"), at("dangling.md"));
    expect((await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "dangling.md"])).status).toBe(0);
    expect(lstatSync(at("dangling.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(at("real", "target.md"), "utf8")).toContain("SEC Panel");
  });

  it("writes through a link, keeps the permissions of the file it replaces, and refuses a read-only file or a folder", async () => {
    mkdirSync(at("published"));
    writeFileSync(at("published", "77.md"), "old\n", { mode: 0o640 });
    symlinkSync(path.join("published", "77.md"), at("latest.md"));
    expect((await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "latest.md"])).status).toBe(0);
    expect(lstatSync(at("latest.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(at("published", "77.md"), "utf8")).toContain("SEC Panel");
    expect(statSync(at("published", "77.md")).mode & 0o777).toBe(0o640);

    chmodSync(at("published", "77.md"), 0o444);
    const readOnly = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "published/77.md"]);
    expect(readOnly).toMatchObject({ status: 2, stderr: "minutes: cannot write published/77.md: it is read-only; make it writable first if it should be replaced\n" });
    const folder = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "."]);
    expect(folder).toMatchObject({ status: 2, stderr: "minutes: cannot write .: it is a folder; name a file to write\n" });
  });

  // Run as root, the suite cannot see what another user sees: root may write any file. So, when
  // it is root and `setpriv` is at hand (Debian's util-linux), the built command runs as the
  // user `nobody` against files root owns.
  const asNobody = process.getuid?.() === 0 && existsSync("/usr/bin/setpriv");
  it.runIf(asNobody)("as another user, refuses a file it may not write and a folder it may not write in, and leaves both as they were", () => {
    chmodSync(dir, 0o777);
    chmodSync(at("sec-panel-77.minutes"), 0o644);
    mkdirSync(at("theirs"), { mode: 0o755 });
    writeFileSync(at("theirs.md"), "root's file\n", { mode: 0o644 });
    const cli = path.join(import.meta.dirname, "..", "..", "packages", "cli", "bin", "minutes.js");
    const nobody = (...args: string[]) =>
      spawnSync("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, cli, ...args], { cwd: dir, encoding: "utf8" });
    const file = nobody("export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "theirs.md");
    expect([file.status, file.stderr]).toEqual([2, "minutes: cannot write theirs.md: it is read-only; make it writable first if it should be replaced\n"]);
    expect(readFileSync(at("theirs.md"), "utf8")).toBe("root's file\n");
    const folder = nobody("export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "theirs/77.md");
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/^minutes: cannot write theirs\/77\.md: .*permission/i);
    expect(readdirSync(at("theirs"))).toEqual([]);
  });

  it("refuses a public export, even a draft, when a line meant to withhold text is read as prose, or the settings could not be read", async () => {
    const slipped = readFileSync(at("sec-panel-77.minutes"), "utf8").replace(/\nitem 2: /, "\nThe Panel NOTED it.\n\nConfidential:\nPLANTED-SECRET terms.\n\nitem 2: ");
    writeFileSync(at("slipped.minutes"), slipped);
    const refused = await run(["export", "slipped.minutes", "--format", "md", "--draft"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^slipped\.minutes:\d+:1: error: This line reads like `confidential:` but is prose/);
    expect(refused.stderr).toContain(
      "minutes: not exported: the public version could publish what was meant to be withheld: a line meant to withhold text is read as prose (above). Correct it, even for a draft, or export the confidential version with --confidential.\n",
    );
    expect(existsSync(at("slipped.md"))).toBe(false);
    const confidential = await run(["export", "slipped.minutes", "--format", "md", "--draft", "--confidential"]);
    expect(confidential.status).toBe(0);

    writeFileSync(at("minutes.config.json"), readFileSync(at("minutes.config.json"), "utf8").replace(/\]\s*\}\s*$/, "],\n}\n"));
    const unsettled = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft"]);
    expect(unsettled.status).toBe(1);
    expect(unsettled.stderr).toContain("minutes: not exported: which parts are confidential comes from the settings file, and it has problems (see the warnings above)");
    expect(existsSync(at("sec-panel-77.md"))).toBe(false);

    // A slip that does not touch what is confidential is warned of, and the export goes ahead.
    const settings = JSON.parse(readFileSync(at("minutes.config.json"), "utf8").replace(/\],\n}\n$/, "]}\n")) as Record<string, unknown>;
    writeFileSync(at("minutes.config.json"), JSON.stringify({ ...settings, severity: { "item-no-outcom": "off" } }));
    const warned = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft"]);
    expect(warned.status).toBe(0);
    expect(warned.stderr).toContain("which is no check's code (ignored)");
  });

  it("prints a text format with -o -, and says that Word goes to a file", async () => {
    const printed = await run(["export", "sec-panel-77.minutes", "--format", "md", "--draft", "-o", "-"]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain("# SEC Panel Meeting 77");
    expect(existsSync(at("-"))).toBe(false);
    const word = await run(["export", "sec-panel-77.minutes", "--format", "docx", "--draft", "-o", "-"]);
    expect(word).toMatchObject({ status: 2, stderr: "minutes: export: Word (.docx) is not text: write it to a file with -o NAME.docx, or leave -o out\n" });
  });

  it("says in one line why a file cannot be exported", async () => {
    writeFileSync(at("notes.txt"), "meeting: x\n");
    writeFileSync(at("latin1.minutes"), Buffer.from([0x6d, 0xe9, 0x74, 0x0a]));
    for (const [args, message] of [
      [["export", "notes.txt", "--format", "html"], "minutes: notes.txt is not a .minutes file: minutes reads only files whose names end in .minutes\n"],
      [["export", "missing.minutes", "--format", "html"], "minutes: cannot read missing.minutes: no such file or folder\n"],
      [["export", "nope/x.minutes", "--format", "html"], "minutes: cannot read nope/x.minutes: no such file or folder\n"],
      [["export", "nope/$&.minutes", "--format", "html"], "minutes: cannot read nope/$&.minutes: no such file or folder\n"],
      [["export", "latin1.minutes", "--format", "html"], "minutes: cannot read latin1.minutes: it is not UTF-8 text (save it as UTF-8 and try again)\n"],
      [["export", "sec-panel-77.minutes", "--format", "pdf"], "minutes: export: unknown format `pdf`: expected html, md, json or docx\n"],
    ] as const) {
      const { status, stderr } = await run([...args]);
      expect({ args, status, stderr }).toEqual({ args, status: 2, stderr: message });
    }
  });
});

describe("minutes register", () => {
  it("prints the committee's action register as CSV, or writes it with -o", async () => {
    const printed = await run(["register", "."]);
    expect(printed.status).toBe(0);
    const rows = printed.stdout.trim().split(/\r?\n/);
    expect(rows[0]).toBe("Action,Meeting,Date raised,Owner,Due,Action text,Status,Status remark,Last updated at meeting,Superseded by");
    expect(rows.find((r) => r.startsWith("SECP77/02,"))).toBe("SECP77/02,77,2020-02-14,SECAS,,SECAS to publish the Approved Budget 2020-2023.,Closed,,78,");
    const written = await run(["register", ".", "-o", "actions.csv"]);
    expect(written.stdout).toBe(`wrote actions.csv (${rows.length - 1} actions from 2 meetings)\n`);
    // The file starts with a byte order mark, for spreadsheets; the printed register has none.
    expect(readFileSync(at("actions.csv"), "utf8").startsWith("\uFEFF")).toBe(true);
    expect(printed.stdout.startsWith("\uFEFF")).toBe(false);
    expect(readFileSync(at("actions.csv"), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/)).toEqual(rows);
  });

  it("is written from minutes with errors, and says which meetings have them", async () => {
    const slipped = await run(["register", ".", "-o", "actions.csv"]);
    expect(slipped.status).toBe(0);
    expect(slipped.stderr).toBe(
      "minutes: warning: the register is written from minutes with errors, which its rows may repeat: sec-panel-77.minutes (5 errors), sec-panel-78.minutes (4 errors). `minutes check .` lists them.\n",
    );
    expect(existsSync(at("actions.csv"))).toBe(true);
    // Meeting 78 alone, with meeting 77's slips corrected: no errors, no warning.
    writeFileSync(at("sec-panel-77.minutes"), correctReferenceSlips(readFileSync(at("sec-panel-77.minutes"), "utf8")));
    const clean = await run(["check", "sec-panel-77.minutes"]);
    expect(clean.status).toBe(0);
    expect((await run(["register", "."])).stderr).toBe(
      "minutes: warning: the register is written from minutes with errors, which its rows may repeat: sec-panel-78.minutes (4 errors). `minutes check .` lists them.\n",
    );
  });

  it("waits, as a public export does, while a line meant to withhold is read as prose, unless --confidential", async () => {
    const slipped = readFileSync(at("sec-panel-78.minutes"), "utf8").replace(/\nitem 2: /, "\nThe Panel NOTED it.\n\nConfidential:\naction SECP78/09: SECAS to brief on the PLANTED-SECRET merger.\n\nitem 2: ");
    writeFileSync(at("sec-panel-78.minutes"), slipped);
    const refused = await run(["register", "."]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).not.toContain("PLANTED-SECRET");
    expect(refused.stderr).toContain("minutes: no register written: the register could publish what was meant to be withheld: a line meant to withhold text is read as prose (above).");
    const everything = await run(["register", ".", "--confidential"]);
    expect(everything.status).toBe(0);
    expect(everything.stdout).toContain("PLANTED-SECRET");
    // The settings say what is confidential: while they cannot be read, the register waits too.
    writeFileSync(at("sec-panel-78.minutes"), slipped.replace("\nConfidential:\n", "\nconfidential:\n"));
    expect((await run(["register", "."])).status).toBe(0);
    writeFileSync(at("minutes.config.json"), readFileSync(at("minutes.config.json"), "utf8").replace(/\]\s*\}\s*$/, "],\n}\n"));
    const unsettled = await run(["register", "."]);
    expect(unsettled.status).toBe(1);
    expect(unsettled.stderr).toContain("minutes: no register written: which parts are confidential comes from the settings file, and it has problems (see the warnings above).");
  });

  it("reads one committee: a folder's own meetings, naming the sub-folders when it has none", async () => {
    mkdirSync(at("panel"));
    mkdirSync(at("opsg"));
    for (const file of ["sec-panel-77.minutes", "sec-panel-78.minutes"]) renameSync(at(file), at("panel", file));
    writeFileSync(at("opsg", "opsg-1.minutes"), "meeting: OPSG 1\nnumber: 1\n");
    const top = await run(["register", "."]);
    expect(top.status).toBe(2);
    expect(top.stderr).toBe(
      "minutes: no .minutes files directly in the folder .: a register is one committee's, and each folder of minutes is a committee. Name one of its sub-folders: opsg, panel\n",
    );
    const panel = await run(["register", "panel"]);
    expect(panel.status).toBe(0);
    expect(panel.stdout).toContain("SECP77/02,77,");
  });
});
