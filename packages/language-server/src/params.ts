import { ErrorCodes, ResponseError, type Diagnostic } from "vscode-languageserver";
import { checkPosition } from "./convert.js";

/*
 * The shape of a request's params, checked at the edge before a handler reads them: a client
 * that sends something else (null params, a number where the document belongs, a range
 * without its end) is answered with InvalidParams, saying what was expected, and the handler
 * never sees it. Positions are checked where they are read (`toOffset`), ranges here.
 */

function refuse(expected: string, found: unknown): never {
  throw new ResponseError(ErrorCodes.InvalidParams, `Expected ${expected}, not ${JSON.stringify(found)?.slice(0, 200) ?? "nothing"}.`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{ textDocument: { uri } }`, with `uri` a string: what every `textDocument/` request starts with. */
export function checkTextDocument(params: unknown): void {
  if (!isObject(params)) refuse("params `{ textDocument: { uri }, ... }`", params);
  const document = params.textDocument;
  if (!isObject(document) || typeof document.uri !== "string") refuse("`textDocument: { uri }`, the document the request is about", document);
}

/** `workspace/symbol`: `{ query }`, a string (empty for every symbol). */
export function checkQuery(params: unknown): void {
  if (!isObject(params) || typeof params.query !== "string") refuse("`{ query }`, a string (empty for every symbol)", isObject(params) ? params.query : params);
}

/**
 * `textDocument/codeAction`: a range of two positions, and a context with the diagnostics at it
 * (a list) and, if given, the kinds wanted (a list, or null for any). A diagnostic in the list
 * that is not one of ours, or not well formed, is passed over by the handler (`isOurDiagnostic`),
 * not refused: the other actions are still wanted.
 */
export function checkCodeAction(params: unknown): void {
  checkTextDocument(params);
  const { range, context } = params as Record<string, unknown>;
  checkRange(range);
  if (!isObject(context) || !Array.isArray(context.diagnostics)) refuse("`context: { diagnostics: [...] }`, the diagnostics at the range", context);
  if (context.only != null && (!Array.isArray(context.only) || !context.only.every((kind) => typeof kind === "string"))) refuse("`context.only`, a list of code action kinds", context.only);
}

/** Whether a diagnostic a client sends back is one of ours and well formed: `source` `minutes`, and a range of two positions. */
export function isOurDiagnostic(diagnostic: unknown): diagnostic is Diagnostic {
  if (!isObject(diagnostic) || diagnostic.source !== "minutes" || !isObject(diagnostic.range)) return false;
  const valid = (p: unknown) => isObject(p) && Number.isInteger(p.line) && (p.line as number) >= 0 && Number.isInteger(p.character) && (p.character as number) >= 0;
  return valid(diagnostic.range.start) && valid(diagnostic.range.end);
}

/** `{ start, end }`, two positions. */
function checkRange(range: unknown): void {
  if (!isObject(range)) refuse("a range `{ start, end }` of two positions", range);
  checkPosition(range.start as never);
  checkPosition(range.end as never);
}
