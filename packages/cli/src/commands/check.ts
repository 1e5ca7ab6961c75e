import { promises as fs } from "node:fs";
import path from "node:path";
import { fixInRounds, parse, validate, type Diagnostic } from "@minutes/core";
import { startsWithByteOrderMark } from "@minutes/node-files";
import { loadFolder, meetingOf, minutesFilesIn, readMeeting, reason, writeAtomic } from "../files.js";
import { UsageError, type Io } from "../io.js";
import { formatJson, formatText, summary, type FileReport } from "../output/report.js";
import { formatSarif } from "../output/sarif.js";
import { VERSION } from "../version.js";

export interface CheckOptions {
  readonly targets: readonly string[];
  readonly format: "text" | "json" | "sarif";
  readonly fix: boolean;
  readonly config: string | undefined;
}

/** `minutes check FILE|FOLDER...`: exit 0 when clean, 1 when any error remains. */
export async function check(options: CheckOptions, io: Io): Promise<number> {
  const files = await expand(options.targets, io.cwd);
  const reports: FileReport[] = [];
  let unread = 0;
  const folders = new Map<string, Awaited<ReturnType<typeof loadFolder>>>();
  // Committees under one settings file each read it: its problems are said once.
  const warned = new Set<string>();
  const warnOnce = (warning: string) => {
    if (warned.has(warning)) return;
    warned.add(warning);
    io.stderr(`minutes: warning: ${warning}\n`);
  };
  for (const { file, named } of files) {
    // A file named on the command line must be read (or the command stops with the reason); one
    // found in a folder and unreadable is passed over with the warning its folder gave.
    const folder = path.dirname(file);
    let loaded = folders.get(folder);
    // (Read already if its folder is loaded: only one not yet read is read here.)
    const text = named && !loaded?.index.get(file) ? await readMeeting(file, display(file, io)) : undefined;
    if (!loaded) {
      loaded = await loadFolder(folder, options.config && path.resolve(io.cwd, options.config), warnOnce, text !== undefined ? new Map([[file, text]]) : undefined);
      folders.set(folder, loaded);
    }
    const meeting = text !== undefined ? meetingOf(loaded, file, text) : loaded.index.get(file);
    // (Not there: a neighbour found in a folder and unreadable, already warned about. The
    // others are still checked, but the command does not pass: a meeting went unchecked.)
    if (!meeting) {
      unread++;
      continue;
    }
    let doc = meeting.doc;
    let diagnostics: Diagnostic[] = validate(doc, { config: loaded.config, uri: meeting.uri, index: loaded.index });
    if (options.fix) {
      // One fix can make another certain: the fixes are applied in rounds, and the file written once.
      const { fixed: fixedCount } = fixInRounds(doc.text, diagnostics, (text) => {
        doc = parse(text, { config: loaded.config });
        loaded.index.set(meeting.uri, doc);
        diagnostics = validate(doc, { config: loaded.config, uri: meeting.uri, index: loaded.index });
        return diagnostics;
      }, MAX_FIX_ROUNDS);
      if (fixedCount > 0) {
        // (Found by a secretary's test: the byte-order mark a word processor wrote was dropped.)
        await writeAtomic(file, ((await startsWithByteOrderMark(file)) ? "\uFEFF" : "") + doc.text, [], display(file, io));
        io.stderr(`${display(file, io)}: fixed ${fixedCount} problem${fixedCount === 1 ? "" : "s"}\n`);
      }
    }
    reports.push({ file: display(file, io), doc, diagnostics });
  }
  if (options.format === "json") io.stdout(formatJson(reports));
  else if (options.format === "sarif") io.stdout(formatSarif(reports, VERSION));
  else {
    io.stdout(formatText(reports));
    io.stderr(summary(reports));
  }
  if (unread > 0) {
    io.stderr(`minutes: ${unread} file${unread === 1 ? "" : "s"} could not be read and went unchecked (see the warnings above).\n`);
    return 2;
  }
  return reports.some((r) => r.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}

/** How many rounds of certain fixes `--fix` applies to one file. */
const MAX_FIX_ROUNDS = 5;

/** Files as given (`named`), and the `.minutes` files under folders. */
async function expand(targets: readonly string[], cwd: string): Promise<{ file: string; named: boolean }[]> {
  const out = new Map<string, boolean>();
  for (const target of targets) {
    const full = path.resolve(cwd, target);
    let stat;
    try {
      stat = await fs.stat(full);
    } catch (error) {
      throw new UsageError(`cannot read ${target}: ${reason(error)}`);
    }
    if (stat.isDirectory()) {
      const found = await minutesFilesIn(full);
      if (found.length === 0) throw new UsageError(`no .minutes files in the folder ${target}`);
      for (const file of found) if (!out.has(file)) out.set(file, false);
    } else out.set(full, true);
  }
  return [...out].map(([file, named]) => ({ file, named }));
}

export function display(file: string, io: Io): string {
  const relative = path.relative(io.cwd, file);
  if (relative === "") return ".";
  return relative.startsWith("..") || path.isAbsolute(relative) ? file : relative;
}
