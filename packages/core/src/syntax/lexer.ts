import { Lexer, type IToken } from "chevrotain";
import { allTokens, beginLexing, endLexing } from "./tokens.js";

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
