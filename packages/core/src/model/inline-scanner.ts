import type { ActionRef, InitialsRef, Inlines, NameRef, OtherRef, PostMeetingNote } from "./ast.js";
import { CAPITAL, isAsciiLetter, SMALL } from "../text/letters.js";

/*
 * Reads the references inside prose, the way CommonMark parsers run an inline phase after the
 * block phase. Anything *shaped* like a reference is returned; whether it is a good one (a
 * declared attendee, a well-formed action ID, a valid modification number) is the checker's
 * business, not a syntax error.
 *
 * Three searches, each for what its references start with: `(` for initials and names, `[` for
 * post-meeting notes, and a word with a digit in it for action IDs and references. They find
 * what one expression of the three alternatives found, each kind's list in source order
 * (tests/fuzz/inline-references.test.ts holds them to it): only references hold digits, and only
 * the others brackets, so no match of one overlaps a match of another, but for a note's opener
 * with a digit straight after its `Note` (`[Post-meeting Note12/01`), which the one expression
 * took for the opener's; the search for references passes over openers. Apart, the first two
 * are found by the engine's fast search for one character, and the third is tried only where the letters before a digit start. Numbered groups, not named ones: named groups
 * allocate an object per match.
 */

/**
 * Initials or a name in parentheses, tried where a `(` stands: `(DKa)`, `(PO’N)` (with the
 * apostrophe of a name, as attendees may be declared), `(Peter Davies)`. The
 * letters of each word of a name after the first are taken whole, without giving any back (the
 * lookahead and `\3`): a hyphen may start a word or stand inside one, and tried both ways a
 * name of many hyphens that was not closed took time exponential in them (`(Smith-Jones-...`,
 * 26 of them: 0.7 s, four times as long for every two more). Given back, they could only have
 * ended the name where it ends anyway.
 */
const IN_PARENTHESES = new RegExp(
  `\\((?:([${CAPITAL}][${CAPITAL}${SMALL}'’]{1,4})\\)|([${CAPITAL}][${SMALL}]+(?:[ -][${CAPITAL}](?=([${CAPITAL}${SMALL}'’-]+))\\3)+)\\))`,
  "y",
);
/**
 * An action ID or another reference, tried where the letters before a digit start. It may hold
 * the small letter l where a one belongs (`MPl12`), a slip the checker names.
 */
const REFERENCE = /\b(?:([A-Z][A-Za-z]*\d+\/\d+)\b|([A-Z]{2,}l*\d[\dA-Zl]*)\b(?!\/))/y;
/** A post-meeting note's opener, tried where a `[` stands. */
const NOTE_OPENER = /\[([Pp]ost[- ]meeting [Nn]ote:?)/y;
/**
 * A letter and the digit after it: only there can a reference's first digit stand, and the
 * other digits (dates, sums) are passed over inside the engine. (A lookbehind for the letter
 * made the search five times slower.)
 */
const DIGIT = /[A-Za-z]\d/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/*
 * One empty list shared by all prose without references. Not frozen: `readonly` keeps our code
 * from changing it, and loops over a frozen array take a slow path that allocates at every
 * step (most prose has no references of most kinds, so every check loops over this one).
 */
const NONE: readonly never[] = [];
const EMPTY_INLINES: Inlines = { initials: NONE, names: NONE, actionRefs: NONE, references: NONE, notes: NONE };

/**
 * `list` with `item` added; a list is made with its first item, so that it holds exactly what
 * it needs (an empty list grown by a push reserves room for seventeen, and most prose holds one
 * or two references: this kept a folder index a tenth smaller).
 */
function append<T>(list: T[] | undefined, item: T): T[] {
  if (!list) return [item];
  list.push(item);
  return list;
}

/** Scans `slice`, which stands at offset `start` of the document; every range returned is a document offset. */
export function scanInlines(slice: string, start: number): Inlines {
  // Most prose holds few references: the lists are made only when something is found, and
  // prose with none shares one empty set (it is immutable).
  let initials: InitialsRef[] | undefined;
  let names: NameRef[] | undefined;
  let actionRefs: ActionRef[] | undefined;
  let references: OtherRef[] | undefined;
  let notes: PostMeetingNote[] | undefined;
  for (let i = slice.indexOf("("); i >= 0; i = slice.indexOf("(", i + 1)) {
    IN_PARENTHESES.lastIndex = i;
    const match = IN_PARENTHESES.exec(slice);
    if (!match) continue;
    const at = start + i;
    if (match[1] !== undefined) {
      const value = match[1];
      initials = append(initials, { kind: "initials", text: value, value, start: at + 1, end: at + 1 + value.length });
    } else {
      const value = match[2]!;
      names = append(names, { kind: "name", text: value, value, start: at + 1, end: at + 1 + value.length });
    }
    i += match[0].length - 1;
  }
  /** Where each note opener read ends, in `slice`: a reference is never read inside one. */
  let openerEnds: number[] | undefined;
  for (let i = slice.indexOf("["); i >= 0; i = slice.indexOf("[", i + 1)) {
    NOTE_OPENER.lastIndex = i;
    const match = NOTE_OPENER.exec(slice);
    if (!match) continue;
    notes = append(notes, readNote(slice, i, match[0].length, start));
    openerEnds = append(openerEnds, i + match[0].length);
  }
  // A reference holds a digit, with only letters between its start and its first digit: each
  // digit found is followed back to the start of the letters before it, and the expression is
  // tried there alone. Tried everywhere, it was the scanner's largest cost (most of a paragraph
  // is words without digits, each a place where a reference could start).
  // (`test`, not `exec`: it finds the digit without making a match, most digits start none.)
  DIGIT.lastIndex = 0;
  while (DIGIT.test(slice)) {
    const digit = DIGIT.lastIndex - 1;
    let wordStart = digit;
    while (wordStart > 0 && isAsciiLetter(slice.charCodeAt(wordStart - 1))) wordStart--;
    REFERENCE.lastIndex = wordStart;
    const match = wordStart < digit ? REFERENCE.exec(slice) : null;
    if (!match) {
      // Only the first digit of a run can follow letters.
      let runEnd = digit + 1;
      while (isDigit(slice.charCodeAt(runEnd))) runEnd++;
      DIGIT.lastIndex = runEnd;
      continue;
    }
    DIGIT.lastIndex = REFERENCE.lastIndex;
    if (openerEnds && insideOpener(match.index, openerEnds, notes!, start)) continue;
    const at = start + match.index;
    if (match[1] !== undefined) {
      const value = match[1];
      actionRefs = append(actionRefs, { kind: "action-ref", text: value, value, start: at, end: at + value.length });
    } else {
      const value = match[2]!;
      references = append(references, { kind: "reference", text: value, value, start: at, end: at + value.length });
    }
  }
  if (!initials && !names && !actionRefs && !references && !notes) return EMPTY_INLINES;
  return { initials: initials ?? NONE, names: names ?? NONE, actionRefs: actionRefs ?? NONE, references: references ?? NONE, notes: notes ?? NONE };
}

/** Whether `index` of the slice falls inside one of the note openers (each from its note's start to its end in `openerEnds`). */
function insideOpener(index: number, openerEnds: readonly number[], notes: readonly PostMeetingNote[], start: number): boolean {
  for (let n = 0; n < openerEnds.length; n++) if (notes[n]!.start - start < index && index < openerEnds[n]!) return true;
  return false;
}

/**
 * A post-meeting note runs to its closing bracket, or to the end of the prose when it has none.
 * Brackets inside it pair up (`see annex [A]`): the note's own `]` is the one that closes it.
 */
function readNote(slice: string, index: number, openerLength: number, base: number): PostMeetingNote {
  const close = closingBracket(slice, index + openerLength);
  const closed = close >= 0;
  const bodyEnd = closed ? close : slice.length;
  const raw = slice.slice(index + openerLength, bodyEnd);
  const leading = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const textStart = base + index + openerLength + leading;
  return {
    kind: "post-meeting-note",
    text: { text: value, value, start: textStart, end: textStart + value.length },
    start: base + index,
    end: base + (closed ? close + 1 : slice.length),
    closed,
  };
}

/** The `]` that closes a bracket opened before `from`, counting the pairs opened after it; -1 when there is none. */
function closingBracket(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) depth++;
    else if (c === 93) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
