import type { CstNode } from "chevrotain";
import { DEFAULT_CONFIG, type MinutesConfig } from "./config/config.js";
import { tablesOf } from "./config/derived.js";
import type { Document } from "./model/ast.js";
import { buildDocumentSteps } from "./model/build-document.js";
import { Problems } from "./model/problems.js";
import { lexSteps } from "./syntax/lexer.js";
import { describeParserError } from "./syntax/messages.js";
import { MinutesParser } from "./syntax/parser.js";
import { runToEnd } from "./steps.js";
import { LineIndex } from "./text/line-index.js";

/** One parser for the process: Chevrotain parsers are built once and reused. */
let parser: MinutesParser | undefined;

export interface ParseOptions {
  /** The committee's settings: the body's names and the resolution verbs shape the tree. */
  readonly config?: MinutesConfig;
}

/**
 * Parses one meeting. Never throws: whatever the input, it returns a tree and the syntax
 * problems in `diagnostics`; a broken line loses only its own construct.
 */
export function parse(text: string, options: ParseOptions = {}): Document {
  return runToEnd(parseSteps(text, options));
}

/**
 * `parse` in slices: the lexer, then the grammar, then the model a few items at a time, with a
 * pause after each. A caller drives it with `next()`, and may drop it half-way when the text it
 * parses is no longer current. The grammar runs in one slice (Chevrotain parses a text whole),
 * and holds the shared parser only within it, so that another parse may run in the pauses.
 */
export function* parseSteps(text: string, options: ParseOptions = {}): Generator<void, Document> {
  const config = options.config ?? DEFAULT_CONFIG;
  const problems = new Problems();
  try {
    parser ??= new MinutesParser();
    // In pieces for a large text (a request that arrives meanwhile waits for one piece).
    const tokens = yield* lexSteps(text);
    // The grammar after it, in a slice of its own.
    yield;
    let cst: CstNode;
    try {
      parser.input = tokens;
      cst = parser.document();
      for (const error of parser.errors) {
        problems.report("syntax-unexpected", "error", rangeOfError(error, text), describeParserError(error));
      }
    } finally {
      // The parser lives as long as the process and would hold this text's tokens until the next
      // parse: a young collection would then copy and promote them, though no one reads them again.
      parser.input = [];
    }
    yield;
    const tables = tablesOf(config);
    return yield* buildDocumentSteps(text, cst, { bodyNames: config.bodyNames, verbs: tables.verbs, organisationWords: tables.organisationWords, actionIds: config.actionIds, statuses: config.statuses }, problems);
  } catch (error) {
    // A defect of ours must not cost the user their editor: report it as a problem.
    problems.report(
      "internal-error",
      "error",
      { start: 0, end: 0 },
      `The minutes could not be read because of an internal error (${(error as Error).message}). Please report it with this file.`,
    );
    return {
      kind: "document",
      text,
      lines: new LineIndex(text),
      header: { fields: [] },
      items: [],
      comments: [],
      suppressions: [],
      diagnostics: problems.list,
    };
  }
}

function rangeOfError(error: { token: { startOffset: number; image: string } }, text: string) {
  const start = Number.isFinite(error.token.startOffset) ? error.token.startOffset : text.length;
  return { start, end: start + (error.token.image?.length ?? 0) };
}
