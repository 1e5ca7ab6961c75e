import { promises as fs } from "node:fs";
import path from "node:path";
import { describeRefusal, guardFindings, publicRefusal, registerRows, renderRegisterCsv, validate } from "@minutes/core";
import { formatText } from "../output/report.js";
import { loadFolder, minutesFilesIn, reason, writeAtomic, type LoadedFolder } from "../files.js";
import { UsageError, type Io } from "../io.js";
import { parseOptions } from "../main.js";
import { display } from "./check.js";

/** `minutes register FOLDER [--confidential] [-o actions.csv]`: the action register of a folder, as CSV. */
export async function runRegister(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { output: { type: "string", short: "o" }, config: { type: "string" }, confidential: { type: "boolean", default: false } }, "register");
  if (positionals.length !== 1) throw new UsageError("register: name one folder of minutes, as in `minutes register examples -o actions.csv`");
  const folder = path.resolve(io.cwd, positionals[0]!);
  try {
    if (!(await fs.stat(folder)).isDirectory()) throw new UsageError(`register: ${positionals[0]} is not a folder`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${positionals[0]}: ${reason(error)}`);
  }
  const loaded = await loadFolder(folder, values["config"] ? path.resolve(io.cwd, values["config"] as string) : undefined, (w) => io.stderr(`minutes: warning: ${w}\n`));
  if (loaded.files.length === 0) throw new UsageError(await noMeetingsHere(folder, positionals[0]!));
  // The register is circulated: actions inside confidential passages stay out unless asked for,
  // and, as for a public export, it waits while a line meant to withhold is read as prose or
  // the settings that say what is confidential could not be read.
  const confidential = values["confidential"] === true;
  if (!confidential) {
    const reports = loaded.index.meetings().map((m) => ({
      file: display(m.uri, io),
      doc: m.doc,
      diagnostics: guardFindings(m.doc, { config: loaded.config, uri: m.uri, index: loaded.index }),
    })).filter((r) => r.diagnostics.length > 0);
    const refusal = publicRefusal(reports.flatMap((r) => r.diagnostics), loaded.withholdingProblems);
    if (refusal) {
      if (reports.length > 0) io.stderr(formatText(reports));
      io.stderr(`minutes: no register written: ${describeRefusal(refusal, { subject: "the register", instead: "write the register of every action with --confidential", detailsAbove: true })}\n`);
      return 1;
    }
  }
  const rows = registerRows(loaded.index, { confidential });
  warnOfErrors(loaded, positionals[0]!, io);
  if (!values["output"] || values["output"] === "-") {
    io.stdout(renderRegisterCsv(rows));
    return 0;
  }
  // A file is mostly opened in a spreadsheet: the byte order mark tells Excel it is UTF-8, so
  // that `’` and `—` do not come out garbled.
  const csv = renderRegisterCsv(rows, { bom: true });
  const target = path.resolve(io.cwd, values["output"] as string);
  await writeAtomic(target, csv, loaded.files, display(target, io), true);
  io.stdout(`wrote ${display(target, io)} (${rows.length} actions from ${loaded.files.length} meetings)\n`);
  return 0;
}

/**
 * The register is written from minutes as they are, like a draft export: a meeting with errors
 * (a malformed ID, an update of an action that was never raised) may put them in the rows. It
 * says which meetings have errors, so the secretary can check them before circulating it.
 */
function warnOfErrors(loaded: LoadedFolder, written: string, io: Io): void {
  const withErrors = loaded.index.meetings().flatMap((m) => {
    const errors = validate(m.doc, { config: loaded.config, uri: m.uri, index: loaded.index }).filter((d) => d.severity === "error").length;
    return errors > 0 ? [`${display(m.uri, io)} (${errors} ${errors === 1 ? "error" : "errors"})`] : [];
  });
  if (withErrors.length === 0) return;
  const shown = withErrors.slice(0, 5).join(", ") + (withErrors.length > 5 ? `, and ${withErrors.length - 5} more` : "");
  io.stderr(`minutes: warning: the register is written from minutes with errors, which its rows may repeat: ${shown}. \`minutes check ${written}\` lists them.\n`);
}

/** Why a folder has no register, naming the sub-folders that hold committees of their own. */
async function noMeetingsHere(folder: string, written: string): Promise<string> {
  const below = await minutesFilesIn(folder, () => {});
  const committees = [...new Set(below.map((file) => path.relative(folder, path.dirname(file))))].sort();
  if (committees.length === 0) return `no .minutes files in the folder ${written}`;
  const shown = committees.slice(0, 3).map((c) => path.join(written, c)).join(", ");
  return `no .minutes files directly in the folder ${written}: a register is one committee's, and each folder of minutes is a committee. Name one of its sub-folders: ${shown}${committees.length > 3 ? ", ..." : ""}`;
}
