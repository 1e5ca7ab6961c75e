import type { TextEdit } from "../diagnostics.js";
import type { Attendee, Document } from "../model/ast.js";
import { trailingRunStart, trimEndBlanks } from "../text/trim.js";
import { commonLineEnd } from "../text/line-ends.js";
import { LIST_MARKER } from "../syntax/bullets.js";
import { startsKeywordLine } from "../syntax/tokens.js";
import { HEADER_KEYS } from "../syntax/header-fields.js";
import { INVISIBLE_CLASS } from "../text/invisible.js";

/*
 * Formatting changes only the spacing the language leaves free: the attendee table is
 * aligned, keyword lines lose their indentation and get one space after the colon, bullets
 * one space after the marker, trailing spaces go, and more than two blank lines shrink to
 * two. It never changes a word, and formatting twice changes nothing.
 */
export function formatDocument(doc: Document): TextEdit[] {
  const { lines } = doc;
  const replacements = new Map<number, string>();
  const attendeeLines = new Map<number, { initials: string; name: string; rest: string; tab: boolean }>();
  const table = attendeeTable(doc);
  for (const a of table.attendees) {
    const line = lines.positionAt(a.start).line;
    const text = lines.lineText(line);
    const afterName = a.name.end - lines.lineStart(line);
    const after = text.slice(afterName);
    const rest = after.trim();
    // `RB  Robert Blake<tab>Director`: a tab ends the name, and the column after it is not read
    // (the checker says so). Spaces in its place would make the column part of the name.
    const gap = after.slice(0, after.length - after.trimStart().length);
    const tab = rest.length > 0 && !rest.startsWith("(") && gap.includes("\t");
    attendeeLines.set(line, { initials: a.initials.text, name: a.name.text, rest, tab });
  }
  const nameWidth = Math.max(0, ...[...attendeeLines.values()].map((a) => a.name.length + 2));
  for (const [line, a] of attendeeLines) {
    const after = !a.rest ? "" : a.tab ? `\t${a.rest}` : " ".repeat(nameWidth - a.name.length) + a.rest;
    replacements.set(line, `${table.upToName(a.initials)}${a.name}${after}`);
  }

  // Lines read as attendees that the table does not align (`group:` written after a space, which
  // the lexer reads as an attendee with malformed initials) keep their shape: rewritten as keyword
  // lines, they would be read otherwise (found by fuzzing).
  const attendeeRows = new Set((doc.attendees?.attendees ?? []).map((a) => lines.positionAt(a.start).line));
  let blankRun = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const original = lines.lineText(line);
    // A list item's mark with nothing after it keeps one space: the space is what makes the line
    // a list item (an empty one), and without it the line was prose, joined to the item above.
    // (What stands between the mark and the end, an invisible character, is kept: it is not white space.)
    const bare = BARE_MARKER.exec(original);
    let text = bare ? `${bare[1]}${trimEndBlanks(bare[2]!) || " "}` : replacements.get(line) ?? (attendeeRows.has(line) ? original : normaliseLine(original));
    if (!bare) text = trimEndBlanks(text);
    if (text.trim() === "" && original !== "" && joinsLineBreaks(doc.text, lines.lineStart(line), original.length)) {
      // White space alone between a lone CR and a LF: blanked, the two breaks would make one CRLF
      // and the blank line would be gone, joining the paragraphs around it (found by fuzzing).
      blankRun++;
      replacements.delete(line);
      continue;
    }
    if (text.trim() === "") {
      blankRun++;
      text = "";
      // A blank line that ends with a lone CR is not taken out: the line after it may be one of
      // spaces before a LF, kept above, which the CR would then no longer stand before.
      if (blankRun > 2 && !loneCrAt(doc.text, lines.lineStart(line) + original.length)) {
        replacements.set(line, "\u0000delete");
        continue;
      }
    } else blankRun = 0;
    if (text !== original) replacements.set(line, text);
    else replacements.delete(line);
  }

  const edits: TextEdit[] = [];
  for (const [line, text] of [...replacements].sort((a, b) => a[0] - b[0])) {
    const start = lines.lineStart(line);
    const end = start + lines.lineText(line).length;
    if (text === "\u0000delete") {
      edits.push({ range: { start, end: lines.lineStart(line + 1) > start ? lines.lineStart(line + 1) : end }, newText: "" });
    } else edits.push({ range: { start, end }, newText: text });
  }
  // Trailing blank lines shrink to a single final line break. One line break, of whatever kind, is
  // left as it is: in a file of mixed line ends the most common one may change with the blank
  // lines this run takes out, and the next run then rewrote the last line's end (found by fuzzing).
  let start = blankTailStart(doc.text);
  // An empty list item on the last line keeps the space after its mark (see BARE_MARKER).
  if (start < doc.text.length && BARE_MARKER.test(doc.text.slice(lines.lineStart(lines.positionAt(start).line), start + 1))) start++;
  const tail = doc.text.slice(start);
  const hasBreak = /[\r\n]/.test(tail);
  const eol = commonLineEnd(doc.text);
  if (hasBreak && tail !== "\n" && tail !== "\r\n" && tail !== "\r") {
    // The blank tail (spaces, or more than one line break) is replaced whole by one line break,
    // the file's most common. An edit of the last line of text reaches into it (the line's
    // trailing spaces are part of the tail): it is cut at the tail's start, so the line is still
    // formatted (it was dropped, and only a second run formatted it).
    const kept = edits.flatMap((e) =>
      e.range.end <= start ? [e] : e.range.start < start ? [{ range: { start: e.range.start, end: start }, newText: e.newText }] : [],
    );
    edits.length = 0;
    edits.push(...kept, { range: { start, end: doc.text.length }, newText: eol });
  } else if (!hasBreak && doc.text.length > 0) {
    edits.push({ range: { start: doc.text.length, end: doc.text.length }, newText: eol });
  }
  return edits;
}

/**
 * Where the blank tail of the text starts: its trailing spaces, tabs and line breaks, and the
 * lines before them that the loop above blanks, white space of any kind (`\u000b`): a second run
 * took those away (found by fuzzing). The last line of text keeps what is not a space or a tab.
 */
function blankTailStart(text: string): number {
  let start = trailingRunStart(text, " \t\r\n");
  for (;;) {
    let lineStart = start;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    if (lineStart === 0 || lineStart === start || text.slice(lineStart, start).trim() !== "") return start;
    start = lineStart;
    while (start > 0 && " \t\r\n".includes(text.charAt(start - 1))) start--;
  }
}

/** The attendee lines the formatter aligns, and how it writes each up to the name. */
export interface AttendeeTable {
  readonly attendees: readonly Attendee[];
  /** Two spaces, the initials, and spaces up to the names' column. */
  upToName(initials: string): string;
}

/**
 * The attendee table as the formatter aligns it, and as a rename of initials keeps it aligned:
 * the lines written initials first, then white space and the name, each indented two spaces and
 * its initials padded to one width (the longest initials and two spaces, and at least five), so
 * that the names start in one column. A line the parser had to repair (`JT – Jane Taylor`) is
 * left to its fix, or the mark would be lost. `initialsOf` gives each attendee's initials as they
 * will be written.
 */
export function attendeeTable(doc: Document, initialsOf: (a: Attendee) => string = (a) => a.initials.text): AttendeeTable {
  const { lines } = doc;
  const attendees = (doc.attendees?.attendees ?? []).filter((a) => {
    const line = lines.positionAt(a.start).line;
    const whole = lines.lineText(line);
    const text = whole.trimStart();
    // The initials open the line: not `(DK)` after a name written first whose first letters are
    // the same (`DKaction ... (DK)`, found by fuzzing). Only spaces and tabs between initials and
    // name: another character there (a word processor's line break, U+2028) is the checker's to
    // report, not the formatter's to take away. And `group:` read as an attendee's initials would
    // be read as a group line once aligned.
    const opens = a.initials.start === lines.lineStart(line) + whole.length - text.length;
    return opens && /^[ \t]*$/.test(doc.text.slice(a.initials.end, a.name.start)) && !startsKeywordLine(text, 0);
  });
  const width = Math.max(5, ...attendees.map((a) => initialsOf(a).length + 2));
  return { attendees, upToName: (initials) => `  ${initials.padEnd(width)}` };
}

/** Whether a CR that no LF follows stands at `at`: a line break of its own. */
function loneCrAt(text: string, at: number): boolean {
  return text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) !== 10;
}

/** Whether the line at `start` (of `length` characters) stands between a lone CR and a LF. */
function joinsLineBreaks(text: string, start: number, length: number): boolean {
  return loneCrAt(text, start - 1) && text.charCodeAt(start + length) === 10;
}

/**
 * A list item's mark alone on its line, as the lexer reads it: white space, the mark, white space.
 * Only spaces and tabs go before it; invisible characters there stay with the mark.
 */
const BARE_MARKER = new RegExp(`^[ \\t]*((?:(?![ \\t])${INVISIBLE_CLASS})*${LIST_MARKER})([ \\t\u00a0]${INVISIBLE_CLASS}*)$`);

/** A bullet's marker and the white space around it. */
const BULLET_LINE = new RegExp(`^([ \\t]*)(${LIST_MARKER})[ \\t]+(?=\\S)`);

/** A line of a field and its value (a header field, a group of attendees, a heading) up to its value. */
const FIELD_COLON = new RegExp(`^((?:${[...HEADER_KEYS, "category", "group", "heading"].join("|")}):)[ \\t]*(?=\\S)`);

function normaliseLine(text: string): string {
  // Only a line the lexer reads as a keyword line is one: `update the : x` (no ID with a digit)
  // and `end of the meeting` are prose, and their spacing is the secretary's (found by fuzzing).
  if (!startsKeywordLine(text, 0)) return text.replace(BULLET_LINE, "$2 ");
  let out = text.replace(/^[ \t]+/, "");
  out = out.replace(FIELD_COLON, "$1 ");
  // The word's white space is in its group: two runs side by side were quadratic in their length.
  return out.replace(/^(item|action|update)[ \t]+(?:([^\s:]+)[ \t]*)?:[ \t]*(?=\S)/, "$1 $2: ");
}
