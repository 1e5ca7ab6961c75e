import { Lexer, type IToken } from "chevrotain";
import { allTokens, beginLexing, endLexing, startsItemLine } from "./tokens.js";

/** One lexer for the process: building it analyses every pattern, which is not free. */
let shared: Lexer | undefined;

function lexer(): Lexer {
  shared ??= new Lexer(allTokens, {
    // Offsets only: lines and columns come from the shared LineIndex, on demand.
    positionTracking: "onlyOffset",
    // Every token can say which characters it starts with (the custom patterns by their
    // start_chars_hint): fail loudly here rather than lose the optimisation silently.
    ensureOptimizations: true,
  });
  return shared;
}

export interface LexResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
}

export function lex(text: string): LexResult {
  beginLexing(text);
  let result: ReturnType<Lexer["tokenize"]>;
  try {
    result = lexer().tokenize(text);
  } finally {
    endLexing();
  }
  // The modes cover every character (prose is the catch-all), so the lexer has no errors
  // to report. The comments group holds the comment lines the lexer met between constructs;
  // the model lists comments from the text itself (build-document.ts), which also finds those
  // written inside a paragraph.
  return { tokens: result.tokens, comments: result.groups["comments"] ?? [] };
}

/** Above this many characters a text is lexed in pieces, with a pause between them (`lexSteps`). */
export const LEX_PIECE = 128 * 1024;

/**
 * The tokens of `lex`, lexed in pieces of about `piece` characters with a pause (`yield`)
 * between them, so that the language server answers requests while a large document is lexed:
 * the lexer of 1 MB was the longest slice of its check. A piece ends before an item line at a
 * line's start. The lexer reads a text line by line from each line's start, and such a line
 * starts a token of its own (it ends any construct that wraps over lines), so the pieces give
 * the tokens of the whole, their offsets moved by where their piece starts
 * (`tests/core/syntax/lex-in-pieces.test.ts` holds them to one `lex`).
 */
export function* lexSteps(text: string, piece = LEX_PIECE): Generator<void, IToken[]> {
  if (text.length <= piece) return lex(text).tokens;
  const tokens: IToken[] = [];
  for (let start = 0; start < text.length; ) {
    const end = itemLineAfter(text, start + piece);
    const part = lex(start === 0 && end === text.length ? text : text.slice(start, end)).tokens;
    if (start > 0) {
      for (const token of part) {
        token.startOffset += start;
        if (token.endOffset !== undefined) token.endOffset += start;
      }
    }
    for (const token of part) tokens.push(token);
    start = end;
    if (start < text.length) yield;
  }
  return tokens;
}

/** Where the first item line after `from` starts (after a line feed, unindented), or the text's end. */
function itemLineAfter(text: string, from: number): number {
  for (let at = text.indexOf("\nitem", from); at >= 0; at = text.indexOf("\nitem", at + 1)) {
    if (startsItemLine(text, at + 1)) return at + 1;
  }
  return text.length;
}
