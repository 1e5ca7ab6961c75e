import path from "node:path";
import {
  EXPORT_FORMATS,
  describeRefusal,
  publicRefusal,
  exportDocument,
  exportFileName,
  hasErrors,
  newMeetingText,
  nextMeetingFileName,
  registerRows,
  renderRegisterCsv,
  semanticsOf,
  type Diagnostic as CoreDiagnostic,
  type ExportFormat,
  type RegisterRow,
} from "@minutes/core";
import { ErrorCodes, ParameterStructures, RequestType, ResponseError, type Connection, type Diagnostic } from "vscode-languageserver";
import { mkdir } from "node:fs/promises";
import { FileError, outputProblem, reason, writeAtomic as writeFileAtomically } from "@minutes/node-files";
import { URI } from "vscode-uri";
import { toDiagnostic } from "../convert.js";
import type { Snapshot, State } from "../state.js";

/*
 * Export, preview, the action register and a new meeting, as custom requests, so every
 * editor gets them and the VS Code extension stays a thin client. Documented in
 * docs/editors.md. The server writes exports itself, atomically, never over the source.
 */

export interface ExportParams {
  readonly uri: string;
  readonly format: ExportFormat;
  readonly confidential?: boolean;
  readonly draft?: boolean;
  /** Where to write; by default beside the source, `name[.confidential].EXT`. */
  readonly outputUri?: string;
  /** Or the folder to write `name[.confidential].EXT` in, made if it is missing (the editor's export folder setting). */
  readonly outputFolder?: string;
}

export type ExportResponse =
  | { readonly exported: true; readonly outputUri: string; readonly draft: boolean; readonly confidential: boolean }
  | { readonly exported: false; readonly reason: string; readonly errors: Diagnostic[] };

export interface RenderParams {
  readonly uri: string;
  readonly format: ExportFormat;
  readonly confidential?: boolean;
  readonly draft?: boolean;
}

export function registerCustomRequests(connection: Connection, state: State): void {
  // By name: params given as a list are refused by the connection itself, missing ones too.
  const handle = <P, R>(method: string, handler: (params: P) => Promise<R>) =>
    connection.onRequest(new RequestType<P, R, void>(method, ParameterStructures.byName), async (params: P) => {
      if (typeof params !== "object" || params === null) {
        throw new ResponseError(ErrorCodes.InvalidParams, `Expected params \`{ uri, ... }\` (see docs/editors.md), not ${JSON.stringify(params)?.slice(0, 200)}.`);
      }
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`minutes: ${method} failed: ${(error as Error).stack ?? error}`);
        // The client says what failed ("Not exported: …"); this says why, in words.
        throw new ResponseError(ErrorCodes.InternalError, `an internal error stopped it (${(error as Error).message}); please report it with the minutes file`);
      }
    });

  handle("minutes/export", async (params: ExportParams): Promise<ExportResponse> => {
    const s = snapshotOrFail(state, params?.uri);
    const format = checkFormat(params.format);
    const errors = errorsOf(s, state);
    if (errors.length > 0 && !params.draft) {
      return { exported: false, reason: `${errors.length} error${errors.length === 1 ? "" : "s"}: correct them, or export a draft.`, errors };
    }
    const confidential = params.confidential === true;
    if (!confidential) {
      // What the public may see depends on these: refused for a draft too (its public version is still public).
      const refusal = refusalOf(s, state);
      if (refusal) {
        return { exported: false, reason: refusal.reason, errors: refusal.risks.map((d) => toDiagnostic(s.doc, s.uri, d, (u) => state.meetingDoc(u))) };
      }
    }
    const result = await exportDocument(s.doc, { format, confidential, draft: params.draft === true, config: s.committee.config });
    const source = URI.parse(s.uri);
    if (source.scheme !== "file" && !params.outputUri && !params.outputFolder) {
      throw new ResponseError(ErrorCodes.InvalidParams, "This document is not saved to a file, so there is no folder to export it to: save it first, or say where the export goes (the request's outputUri or outputFolder).");
    }
    const besideSource = exportFileName(source.fsPath, result.extension, confidential);
    let target = besideSource;
    if (params.outputUri) target = URI.parse(params.outputUri).fsPath;
    else if (params.outputFolder) {
      const folder = URI.parse(params.outputFolder).fsPath;
      await makeFolder(folder);
      target = path.join(folder, path.basename(besideSource));
    }
    // Said before the write as a wrong request (the write checks again, through any link).
    const problem = outputProblem(target);
    if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `${problem.charAt(0).toUpperCase()}${problem.slice(1)}.`);
    // The shared write refuses to go over the source, as the command line's does.
    await writeAtomic(target, result.bytes, source.scheme === "file" ? [source.fsPath] : []);
    return { exported: true, outputUri: URI.file(target).toString(), draft: params.draft === true, confidential };
  });

  handle("minutes/render", async (params: RenderParams) => {
    const s = snapshotOrFail(state, params?.uri);
    const format = checkFormat(params.format);
    // The public version in memory can be circulated as well as a file: the same guard.
    if (params.confidential !== true) {
      const refusal = refusalOf(s, state);
      if (refusal) throw new ResponseError(ErrorCodes.InvalidParams, `Not rendered: ${refusal.reason}`);
    }
    // Minutes with errors are a draft, asked for or not: marked so, as the preview marks them (found
    // by a test of the editor's features: they came back as final minutes, which export refuses).
    const draft = params.draft === true || errorsOf(s, state).length > 0;
    const result = await exportDocument(s.doc, { format, confidential: params.confidential === true, draft, config: s.committee.config });
    return format === "docx"
      ? { mediaType: result.mediaType, base64: Buffer.from(result.bytes).toString("base64"), draft }
      : { mediaType: result.mediaType, text: new TextDecoder().decode(result.bytes), draft };
  });

  /** The HTML of the current text, for a preview beside the editor; marked DRAFT while it has errors. */
  handle("minutes/preview", async (params: { uri: string; confidential?: boolean }) => {
    const s = snapshotOrFail(state, params?.uri);
    const draft = errorsOf(s, state).length > 0;
    const result = await exportDocument(s.doc, { format: "html", confidential: params.confidential === true, draft, config: s.committee.config });
    return { html: new TextDecoder().decode(result.bytes), draft };
  });

  /** Every action of the committee of `uri` (or of every committee), with where it stands. */
  handle("minutes/register", async (params: { uri?: string }) => {
    if (params?.uri !== undefined && typeof params.uri !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "Expected `uri`, a document of the committee, or no `uri` for every committee.");
    const committees = params?.uri ? [state.committees.committeeNow(params.uri)] : state.committees.all();
    const rows: (RegisterRow & { open: boolean; definition?: { uri: string; line: number } })[] = [];
    for (const committee of committees) {
      // Open by the state its statuses give (`In progress` and `On hold` are open too), after the latest meeting.
      const latest = committee.index.meetings().at(-1);
      const open = new Set(latest ? committee.index.openAtEnd(latest.uri).map((r) => r.id) : []);
      // The editor's register is the secretary's own view: every action, confidential passages included.
      for (const row of registerRows(committee.index, { confidential: true })) {
        const record = committee.index.action(row.id);
        const raised = record?.raised;
        const at = raised ? { uri: raised.meeting.uri, line: raised.meeting.doc.lines.positionAt(raised.action.id.start).line } : undefined;
        rows.push(at ? { ...row, open: open.has(row.id), definition: at } : { ...row, open: open.has(row.id) });
      }
    }
    return { rows, csv: renderRegisterCsv(rows) };
  });

  /** The text of the next meeting's file, drafted from `uri`, and a suggested file beside it. */
  handle("minutes/newMeeting", async (params: { uri: string }) => {
    const asked = snapshotOrFail(state, params?.uri, true);
    // The next meeting follows the folder's latest, whichever meeting it is asked from: drafted
    // from an earlier one, it took the number and the file of a meeting that exists (found by a
    // test of the editor's features).
    const latest = asked.committee.index.meetings().at(-1);
    const s = latest && latest.uri !== asked.uri ? (state.snapshot(latest.uri) ?? closedSnapshot(state, latest.uri) ?? asked) : asked;
    const text = newMeetingText(s.doc, s.uri, s.committee.index, s.committee.config);
    const source = URI.parse(s.uri);
    const suggested = source.with({ path: path.posix.join(path.posix.dirname(source.path), nextMeetingFileName(path.posix.basename(source.path), s.doc)) });
    return { text, suggestedUri: suggested.toString() };
  });
}

/** Why the public version may not be given out, or undefined (the rule is core's `publicRefusal`). */
function refusalOf(s: Snapshot, state: State): { reason: string; risks: readonly CoreDiagnostic[] } | undefined {
  const refusal = publicRefusal(state.diagnosticsOf(s), s.committee.withholdingProblems, { doc: s.doc, config: s.committee.config });
  if (!refusal) return undefined;
  return { reason: describeRefusal(refusal, { subject: "the public version", instead: "export the confidential version", draftsWait: true }), risks: refusal.findings };
}

function snapshotOrFail(state: State, uri: unknown, allowClosed = false): Snapshot {
  if (typeof uri !== "string") throw new ResponseError(ErrorCodes.InvalidParams, "Expected `uri`, the document to work on.");
  const s = state.snapshot(uri) ?? (allowClosed ? closedSnapshot(state, uri) : undefined);
  if (!s) {
    const parsed = URI.parse(uri);
    throw new ResponseError(ErrorCodes.InvalidParams, `${parsed.scheme === "file" ? parsed.fsPath : uri} is not open${allowClosed ? ", nor among the meetings read from disk" : ""}.`);
  }
  return s;
}

function closedSnapshot(state: State, uri: string): Snapshot | undefined {
  const committee = state.committees.knownCommittee(uri);
  const doc = committee?.index.get(uri)?.doc;
  return committee && doc ? { uri, doc, committee, semantics: semanticsOf(doc, committee.config) } : undefined;
}

function checkFormat(format: unknown): ExportFormat {
  if (typeof format !== "string" || !EXPORT_FORMATS.includes(format as ExportFormat)) {
    throw new ResponseError(ErrorCodes.InvalidParams, `Unknown format ${JSON.stringify(format)}: expected ${EXPORT_FORMATS.join(", ")}.`);
  }
  return format as ExportFormat;
}

function errorsOf(s: Snapshot, state: State): Diagnostic[] {
  const diagnostics = state.diagnosticsOf(s);
  if (!hasErrors(diagnostics)) return [];
  return diagnostics.filter((d) => d.severity === "error").map((d) => toDiagnostic(s.doc, s.uri, d, (u) => state.meetingDoc(u)));
}

/** The export folder, made with its parents when missing; its failure answered in words. */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    throw new ResponseError(ErrorCodes.InternalError, `Cannot make the export folder ${folder}: ${reason(error)}.`);
  }
}

/** The shared atomic write, its failure answered as an error the editor shows. */
async function writeAtomic(target: string, bytes: Uint8Array, protect: readonly string[] = []): Promise<void> {
  try {
    await writeFileAtomically(target, bytes, protect, target, true);
  } catch (error) {
    if (error instanceof FileError) throw new ResponseError(ErrorCodes.InternalError, `${error.message.charAt(0).toUpperCase()}${error.message.slice(1)}.`);
    throw error;
  }
}
