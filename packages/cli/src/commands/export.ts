import path from "node:path";
import { EXPORT_FORMATS, describeRefusal, exportDocument, exportFileName, hasErrors, publicRefusal, validate, type ExportFormat } from "@minutes/core";
import { loadMeeting, writeAtomic } from "../files.js";
import { UsageError, type Io } from "../io.js";
import { parseOptions } from "../main.js";
import { formatText } from "../output/report.js";
import { display } from "./check.js";

/** `minutes export FILE --format F [--confidential] [--draft] [-o OUT]`; `-o -` prints a text format. */
export async function runExport(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string" },
    confidential: { type: "boolean", default: false },
    draft: { type: "boolean", default: false },
    output: { type: "string", short: "o" },
    config: { type: "string" },
  }, "export");
  if (positionals.length !== 1) throw new UsageError("export: name one .minutes file, as in `minutes export minutes.minutes --format html`");
  const format = values["format"] as string | undefined;
  if (!format || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new UsageError(`export: ${format ? `unknown format \`${format}\`` : "no --format given"}: expected ${EXPORT_FORMATS.slice(0, -1).join(", ")} or ${EXPORT_FORMATS.at(-1)}`);
  }
  const source = path.resolve(io.cwd, positionals[0]!);
  const explicitConfig = values["config"] ? path.resolve(io.cwd, values["config"] as string) : undefined;
  const { loaded, meeting } = await loadMeeting(source, positionals[0]!, explicitConfig, (w) => io.stderr(`minutes: warning: ${w}\n`));
  const diagnostics = validate(meeting.doc, { config: loaded.config, uri: meeting.uri, index: loaded.index });
  const draft = values["draft"] === true;
  if (hasErrors(diagnostics) && !draft) {
    io.stderr(formatText([{ file: display(source, io), doc: meeting.doc, diagnostics: diagnostics.filter((d) => d.severity === "error") }]));
    const count = diagnostics.filter((d) => d.severity === "error").length;
    io.stderr(`minutes: not exported: ${display(source, io)} has ${count} error${count === 1 ? "" : "s"}. Correct them, or export a draft with --draft.\n`);
    return 1;
  }
  const confidential = values["confidential"] === true;
  if (!confidential) {
    const refusal = publicRefusal(diagnostics, loaded.withholdingProblems, { doc: meeting.doc, config: loaded.config });
    if (refusal) {
      if (refusal.findings.length > 0) io.stderr(formatText([{ file: display(source, io), doc: meeting.doc, diagnostics: [...refusal.findings] }]));
      io.stderr(`minutes: not exported: ${describeRefusal(refusal, { subject: "the public version", instead: "export the confidential version with --confidential", detailsAbove: true, draftsWait: true })}\n`);
      return 1;
    }
  }
  const result = await exportDocument(meeting.doc, { format: format as ExportFormat, confidential, draft, config: loaded.config });
  if (values["output"] === "-") {
    // `-o -`: to standard output, for a pipe. Word is bytes, not text: it goes to a file.
    if (format === "docx") throw new UsageError("export: Word (.docx) is not text: write it to a file with -o NAME.docx, or leave -o out");
    io.stdout(new TextDecoder().decode(result.bytes));
    return 0;
  }
  const target = values["output"]
    ? path.resolve(io.cwd, values["output"] as string)
    : exportFileName(source, result.extension, confidential);
  await writeAtomic(target, result.bytes, [source], display(target, io), true);
  io.stdout(`wrote ${display(target, io)} (${confidential ? "confidential" : "public"}${draft ? ", DRAFT" : ""})\n`);
  return 0;
}
