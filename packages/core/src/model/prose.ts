import type { Prose } from "./ast.js";
import { scanInlines } from "./inline-scanner.js";
import type { Problems } from "./problems.js";
import { isWhiteSpace } from "../text/trim.js";

/**
 * The prose from `start` to `end` with its inline references. A comment line between two
 * prose lines belongs to no prose: it is blanked out (spaces of the same length, so every
 * offset still points at the source) and never scanned.
 */
export function prose(text: string, start: number, end: number, problems?: Problems): Prose {
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  let slice = text.slice(s, e);
  // A comment line is `//` with only spaces and tabs before it on its line, as the document's
  // list of comments has it (build-document.ts), and the exports skip exactly those: `//` after
  // a no-break space, or after a bullet's marker, is prose, published, and the checker says so.
  if (slice.includes("//") && COMMENT_LINE.test(slice)) {
    slice = slice.replace(COMMENT_LINES, (line, offset: number) => (offset > 0 || startsLine(text, s) ? " ".repeat(line.length) : line));
  }
  const inlines = scanInlines(slice, s);
  if (problems && inlines.notes.length > 0) for (const note of inlines.notes) if (!note.closed) reportUnclosedNote(note, problems);
  return {
    text: slice,
    start: s, end: e,
    initials: inlines.initials,
    names: inlines.names,
    actionRefs: inlines.actionRefs,
    references: inlines.references,
    notes: inlines.notes,
  };
}

function reportUnclosedNote(note: Prose["notes"][number], problems: Problems): void {
  problems.error(
    "syntax-unclosed-note",
    { start: note.start, end: note.text.start },
    "This post-meeting note is not closed: expected `]` at its end. Until then it runs to the end of the paragraph.",
  );
}

/** Whether only spaces and tabs stand between `at` and the start of its line. */
function startsLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

const COMMENT_LINE = /(?:^|[\r\n])[ \t]*\/\//;
const COMMENT_LINES = /(?<=^|[\r\n])[ \t]*\/\/[^\r\n]*/g;
