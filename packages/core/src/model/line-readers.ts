import { spanOf, type Range, type Token } from "../text/range.js";
import { trailingRunStart } from "../text/trim.js";
import type { AttendeeNote } from "./ast.js";
import type { ModelSettings } from "./build-document.js";
import { DEFAULT_CONFIG } from "../config/config.js";
import { formatActionId } from "../workspace/action-ids.js";
import { CAPITAL, INITIALS_PATTERN, SMALL } from "../text/letters.js";
import type { Problems } from "./problems.js";

/*
 * Readers for the inside of one structural line: the item number and title, an action's ID
 * and text, an attendee's initials, name and notes. Each reports what is wrong with the line
 * in words, and returns what it could read, so a broken line still yields a node.
 */

/** The trimmed text of `raw` (which starts at `start`), as a token with its exact range. */
export function trimmed(raw: string, start: number): Token {
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  const at = value.length === 0 ? start + raw.length : start + lead;
  return { text: value, value, start: at, end: at + value.length };
}

/** A token for `part`, which starts `index` characters into `whole` (a token). */
export function sub(whole: Token, index: number, part: string): Token {
  const start = whole.start + index;
  return { text: part, value: part, start, end: start + part.length };
}

export interface IdLine {
  /** The ID as written; empty (with a zero-width range) when missing. */
  readonly id: Token;
  /** The text after the colon, trimmed. */
  readonly rest: Token;
}

/**
 * An action ID of the committee's, for messages: the meeting's first (`SECP77/01`, `ARC41/01`).
 * Asked only when a message is written (`readIdLine` takes the
 * context, not the example).
 */
export function exampleActionId(context: ActionIdExample): string {
  return formatActionId(context.meeting ?? 1, 1, { actionIds: context.settings.actionIds ?? DEFAULT_CONFIG.actionIds });
}

/** What an example action ID is made from: the settings and the meeting's number. */
export interface ActionIdExample {
  readonly settings: Pick<ModelSettings, "actionIds">;
  readonly meeting: number | undefined;
}

/**
 * Reads `SECP77/01: text` after `action` or `update`. The lexer only recognises the keyword
 * when a colon follows within one word, so the colon is always there.
 */
export function readIdLine(what: "action" | "update", keywordEnd: number, rest: Token | undefined, problems: Problems, ids: ActionIdExample): IdLine {
  const raw = rest?.text ?? "";
  const start = rest?.start ?? keywordEnd;
  const colon = raw.indexOf(":");
  const before = raw.slice(0, colon < 0 ? raw.length : colon);
  let id = trimmed(before, start);
  const text = trimmed(colon < 0 ? "" : raw.slice(colon + 1), start + colon + 1);
  if (id.text.length === 0) {
    const exampleId = exampleActionId(ids);
    const example = what === "action" ? `action ${exampleId}: PD to publish the approved budget.` : `update ${exampleId}: the action's text, as raised.`;
    problems.error(
      `syntax-${what}-id`,
      { start: keywordEnd - what.length, end: Math.max(text.start, keywordEnd) },
      `This ${what === "action" ? "action" : "action update"} has no action ID before the colon. Write it as \`${example}\``,
    );
  } else {
    const strayAt = trailingRunStart(id.text, ";,.:!?");
    if (strayAt < id.text.length) {
      const stray = id.text.slice(strayAt);
      const clean = id.text.slice(0, strayAt);
      const strayRange = { start: id.start + strayAt, end: id.end };
      problems.error(
        "syntax-id-punctuation",
        strayRange,
        `Stray \`${stray}\` after the action ID \`${clean}\`: expected the colon straight after the ID, as in \`${clean}: ...\`.`,
        [{ title: `Delete \`${stray}\``, edits: [{ range: strayRange, newText: "" }], certain: true }],
      );
      id = { text: clean, value: clean, start: id.start, end: strayRange.start };
    }
  }
  return { id, rest: text };
}

/**
 * Reports an action with no text, on its line or under it (`syntax-action-text`): a half-typed
 * `action ID:`. `idLine` is the `action ID:` line, from the keyword to the end of the colon's line.
 */
export function reportActionWithoutText(idLine: Range, id: Token, problems: Problems, ids: ActionIdExample): void {
  problems.error(
    "syntax-action-text",
    idLine,
    `The action \`${id.text || "?"}\` has no text: after the colon, say who is to do what, as in \`action ${id.text || exampleActionId(ids)}: PD to publish the approved budget.\``,
  );
}

export interface ItemLine {
  readonly number: Token<number | undefined>;
  readonly title: Token;
  readonly classification?: Token;
}

export function readItemLine(keywordStart: number, keywordEnd: number, rest: Token | undefined, problems: Problems): ItemLine {
  const raw = rest?.text ?? "";
  const start = rest?.start ?? keywordEnd;
  const colon = raw.indexOf(":");
  const numberToken = trimmed(raw.slice(0, colon), start);
  let titleRaw = raw.slice(colon + 1);
  let classification: Token | undefined;
  // The classification is the last `[...]` of the line, closed or not; found with lastIndexOf
  // rather than an end-anchored regular expression, which is quadratic on a run of brackets.
  const open = titleRaw.lastIndexOf("[");
  const afterOpen = open < 0 ? "" : titleRaw.slice(open + 1);
  const close = afterOpen.indexOf("]");
  const tagEnd = close < 0 ? afterOpen.length : close;
  const bracket = open >= 0 && afterOpen.slice(close < 0 ? afterOpen.length : close + 1).trim() === ""
    ? Object.assign([titleRaw.slice(open), afterOpen.slice(0, tagEnd)], { index: open })
    : undefined;
  if (bracket) {
    const inner = trimmed(bracket[1]!, start + colon + 1 + bracket.index + 1);
    if (close < 0) {
      problems.error(
        "syntax-classification",
        { start: start + colon + 1 + bracket.index, end: start + colon + 1 + titleRaw.length },
        `The classification after the title is not closed: expected \`]\`, as in \`[RED]\`.`,
      );
    }
    classification = inner;
    titleRaw = titleRaw.slice(0, bracket.index);
  }
  const title = trimmed(titleRaw, start + colon + 1);
  let value: number | undefined;
  if (numberToken.text.length === 0) {
    problems.error("syntax-item-number", { start: keywordStart, end: start + colon + 1 }, "This item has no number: write it as `item 3: Title`.");
  } else if (YEAR_NUMBER.test(numberToken.text)) {
    value = ownNumberOf(numberToken.text);
  } else if (!ITEM_NUMBER.test(numberToken.text)) {
    problems.error(
      "syntax-item-number",
      numberToken,
      `The item number \`${numberToken.text}\` is not a whole number: write the number in figures (\`item 3: Title\`), or a part of an item under its number (\`item 3.1: Title\`, \`item 3a: Title\`).`,
    );
    // A part numbered another way (`2(a)`, `2.ii`, `2-1`) is still a part of item 2, and takes
    // its classification: read as an item of no number, a part of a confidential item was
    // published (found by a secretary's test).
    if (PART_OTHERWISE.test(numberToken.text)) value = Number(/^\d+/.exec(numberToken.text)![0]);
  } else {
    // A part of an item (`3.1`, `3a`) has the number of the item it is part of.
    value = Number(/^\d+/.exec(numberToken.text)![0]);
  }
  if (title.text.length === 0) {
    problems.error("syntax-item-title", { start: keywordStart, end: title.end }, `Item ${numberToken.text || "?"} has no title after the colon.`);
  }
  const number = { text: numberToken.text, value, start: numberToken.start, end: numberToken.end };
  return classification ? { number, title, classification } : { number, title };
}

/** An item's number: `3`, or a part of item 3 as many committees number them, `3.1`, `3.1.2` or `3a`. */
const ITEM_NUMBER = /^\d+(?:(?:\.\d+)+|[a-z])?$/;

/** Whether an item's number is a part's (`3.1`, `3a`, or written otherwise: `3(a)`, `3.ii`, `3-1`, `3/1`), not a whole item's (`3`, `03`, `24/031`). */
export function isPartNumber(text: string): boolean {
  const year = YEAR_NUMBER.exec(text);
  if (year) return year[1] !== undefined;
  return /^\d+(?:\.\d|[a-z])/.test(text) || PART_OTHERWISE.test(text);
}

/**
 * A council's minute number with its year before it (`24/031`, `2024/31`), as councils number
 * their minutes through the year (found by a review of false positives: each was a syntax error).
 * The year is two figures or four (`19..`, `20..`); after two, the minute's own number has three
 * figures or four (`24/31` may be part 31 of item 24, as a slip writes a part: `1/1`). A part may
 * follow it (`24/031a`, `24/031.1`), group 1.
 */
const YEAR_NUMBER = /^(?:\d{2}\/\d{3,4}|(?:19|20)\d{2}\/\d{1,4})((?:\.\d+)+|[a-z])?$/;

/** The number an item is counted by: its own (`31` of `24/031`), or for a part the item's (`3` of `3.1`). */
function ownNumberOf(text: string): number {
  return Number(/^\d+/.exec(YEAR_NUMBER.test(text) ? text.slice(text.indexOf("/") + 1) : text)![0]);
}

/**
 * An item's number as written, given the number `to`: a council's minute number keeps its year
 * and its figures (`24/031` as 32 is `24/032`), and a part keeps what follows its item's number
 * (`3.1` of item 3, as 2, is `2.1`).
 */
export function renumbered(text: string, to: number): string {
  return renumberedWith(text, to, true);
}

/** The number of the item after one numbered `text` (`24/032` after `24/031a`, `4` after `3.1`). */
export function nextItemNumber(text: string, value: number): string {
  return YEAR_NUMBER.test(text) ? renumberedWith(text, value + 1, false) : String(value + 1);
}

function renumberedWith(text: string, to: number, keepPart: boolean): string {
  if (!YEAR_NUMBER.test(text)) return text.replace(/^\d+/, String(to));
  const slash = text.indexOf("/");
  const own = /^\d+/.exec(text.slice(slash + 1))![0];
  return `${text.slice(0, slash + 1)}${String(to).padStart(own.length, "0")}${keepPart ? text.slice(slash + 1 + own.length) : ""}`;
}

/**
 * A part of an item numbered otherwise than the language writes it: the item's number, then
 * anything but a figure (`2(a)`, `2.ii`, `2-1`, `1.a`, `1/1`, `1.1.`, `1,1`, `1(a)(i)`). Found by
 * two reviews: each published a part of a confidential item.
 */
const PART_OTHERWISE = /^\d{1,3}[^\d\s:]\S*$/;

export interface AttendeeLine {
  readonly initials: Token;
  readonly name: Token;
  readonly notes: AttendeeNote[];
}

/** Initials in brackets after a name: `(KL)`, `(DKa)`, and with an apostrophe of the name's own, `(PO’N)`. */
const INITIALS_IN_PARENTHESES = new RegExp(`\\(([${CAPITAL}][${CAPITAL}${SMALL}'’]{1,4})\\)`, "g");
const INITIALS_SHAPE = new RegExp(`^[${CAPITAL}][${CAPITAL}${SMALL}]{0,5}$`);
/** Two small letters in a row: a word, not initials (`Peter`, not `DKa`). */
const TWO_SMALL = new RegExp(`[${SMALL}]{2}`);
/** A word, not initials: two small letters in a row, unless between capitals as initials keep them (`MacL`, `DvdB`). */
function isWord(first: string): boolean {
  return TWO_SMALL.test(first) && !STRICT_INITIALS.test(first);
}
/** Titles written before a name, which are never initials. */
const TITLES: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Cllr", "Cllrs", "Councillor", "Councillors", "Revd", "Rev", "Prof", "Professor", "Sr", "Fr", "Sir", "Dame", "Lord", "Lady", "Messrs"]);

/** Whether `word` is a title written before a name (`Dr`, `Cllr.`), which is never initials. */
export function isTitle(word: string): boolean {
  return TITLES.has(word.replace(/\.$/, ""));
}
/** A capitalised word (`Peter`, `Émilie`): a name or prose, not initials. */
const WORD = new RegExp(`^[${CAPITAL}][${SMALL}]`);

/** The parts of an attendee line every reading looks at. */
interface AttendeeLineShape {
  readonly text: string;
  /** Where the notes start (the spaces before the first `(`), or -1 when there are none. */
  readonly notesAt: number;
  /** The line before its notes. */
  readonly head: string;
  /** The first white space of `head`, or -1. */
  readonly firstSpace: number;
  /** The first word of the line. */
  readonly first: string;
  /** Whether the first word is a title (`Dr`, `Cllr.`), which is never initials. */
  readonly titled: boolean;
}

function shapeOf(text: string): AttendeeLineShape {
  // (Not `search(/\s*\(/)`, which takes time quadratic in a long run of spaces that no `(` follows.)
  let notesAt = text.indexOf("(");
  while (notesAt > 0 && /\s/.test(text.charAt(notesAt - 1))) notesAt--;
  const head = notesAt < 0 ? text : text.slice(0, notesAt);
  const firstSpace = head.search(/\s/);
  const first = firstSpace < 0 ? head : head.slice(0, firstSpace);
  return { text, notesAt, head, firstSpace, first, titled: isTitle(first) };
}

/**
 * `PD   Peter Davies   (part, teleconference)`. The readings are tried in turn: a name and an
 * organisation in brackets but no initials, a name written first with its initials in brackets,
 * a name then its initials, prose that strayed into the list, and the line as it should be written.
 */
export function readAttendeeLine(line: Token, problems: Problems, organisationWords?: ReadonlySet<string>): AttendeeLine | undefined {
  const shape = shapeOf(line.text);
  // A name written first is looked for when the line does not start with initials. A title is
  // never initials: `Dr Jane Smith (JS)` is a name written first, when the capitals are the
  // name's (`Mr Lee (SECAS)` is not an attendee).
  const tried = !INITIALS_SHAPE.test(shape.first) || isWord(shape.first) || shape.titled ? nameFirst(shape.text) : rankFirst(shape);
  // `Karen Lee (DCC)`: an organisation in brackets after a name is a note. A line of a name and
  // notes has no initials: offered them from the name, which the secretary confirms. Any other
  // line (`Karen Lee   KL   (DCC)`, `kl  Karen Lee (DCC)`) is read as if the note were not there.
  const organisation = tried !== null && !tried.ownCapitals && organisationWords?.has(tried.initials) === true;
  if (organisation && isNameOnly(tried.name)) {
    reportNoInitials(line, tried.initials, tried.name, problems);
    return undefined;
  }
  if (tried && !organisation && (tried.ownCapitals || !shape.titled)) return nameFirstAttendee(line, tried, problems);
  const trailing = WORD.test(shape.first) && isWord(shape.first) ? initialsAtEnd(shape.head) : undefined;
  if (trailing) return initialsLastAttendee(line, shape, trailing, problems);
  // A capitalised word (`Peter`, `The`) or a title (`Dr Jane Smith`), not initials that keep a
  // small letter (`McD`, `DKa`).
  if (WORD.test(shape.first) && (isWord(shape.first) || shape.titled)) {
    reportNotAnAttendee(line, problems);
    return undefined;
  }
  if (shape.firstSpace < 0) {
    problems.error(
      "syntax-attendee-line",
      line,
      `Expected the attendee's initials and then their full name, as in \`PD   Peter Davies\`; found only \`${shape.head}\`.`,
    );
    return undefined;
  }
  return initialsFirstAttendee(line, shape, problems);
}

/**
 * `PCSO Lucy Grant (LG)`, `J Smith (JS)`: a first word shaped like initials that is a rank or an
 * initial of the name, when the initials in brackets are the name's capitals and the first word's
 * are not those of the rest of the name (`PD  Peter Davies (PD)` and `DKa  Del Kang (DK)` are
 * written initials first). Found by a secretary's test: `PCSO` was read as the initials, and a
 * mention `PCSO Grant (LG)` was then "corrected" to `(PCSO)`.
 */
function rankFirst(shape: AttendeeLineShape): NameFirst | null {
  if (shape.notesAt < 0 || shape.firstSpace < 0) return null;
  const reading = nameFirst(shape.text);
  if (!reading?.ownCapitals || reading.initials === shape.first) return null;
  const rest = reading.name.slice(shape.first.length);
  return capitalsOfName(shape.first, rest) ? null : reading;
}

/** A dash or a colon, and the white space after it, before an attendee's name. */
const SEPARATOR = /^[-–—:][ \t\u00a0]+(?=\S)/;

/** `PD   Peter Davies   (part)`: the initials, the name (to a tab that starts another column), the notes. */
function initialsFirstAttendee(line: Token, shape: AttendeeLineShape, problems: Problems): AttendeeLine {
  const { head, firstSpace, notesAt } = shape;
  const initials = sub(line, 0, head.slice(0, firstSpace));
  // `RB<tab>Robert Blake<tab>Director of People`: a column pasted from a table after the name
  // is not part of it. The name ends at the tab; the rest is reported, with its note offered.
  let nameStart = firstSpace + Math.max(0, head.slice(firstSpace).search(/\S/));
  // `JT – Jane Taylor`: a dash or a colon between the initials and the name, as a list typed in a
  // word processor has it, is not part of the name (found by a secretary's test: the tables
  // printed `– Jane Taylor`). Read without it, and its certain fix takes it out.
  const separator = SEPARATOR.exec(head.slice(nameStart));
  if (separator) {
    const mark = sub(line, nameStart, separator[0]);
    problems.error(
      "syntax-attendee-line",
      mark,
      `\`${separator[0].trim()}\` between the initials and the name is not needed: an attendee is written initials, spaces, then the name, as in \`PD   Peter Davies\`.`,
      [{ title: `Delete \`${separator[0].trim()}\``, edits: [{ range: spanOf(mark), newText: "" }], certain: true }],
    );
    nameStart += separator[0].length;
  }
  const column = head.indexOf("\t", nameStart);
  const nameEnd = column > nameStart && WORDS.test(head.slice(column)) ? column : head.length;
  const name = trimmed(head.slice(nameStart, nameEnd), line.start + nameStart);
  if (nameEnd < head.length) unread(line, nameEnd, head.slice(nameEnd), problems, true);
  const notes = notesAt < 0 ? [] : readNotes(line, notesAt, problems);
  return { initials, name, notes };
}

/** `Adaeze Okafor   AO`, as a table pasted from a word processor reads: the name, then the initials. Read it, and offer the rewrite. */
function initialsLastAttendee(line: Token, shape: AttendeeLineShape, trailing: { at: number; initials: string }, problems: Problems): AttendeeLine {
  const { text, head, notesAt } = shape;
  const name = head.slice(0, trailing.at).trim();
  const rest = notesAt < 0 ? "" : text.slice(notesAt).trim();
  const newText = `${initialsColumn(trailing.initials)}${name}${rest ? `  ${rest}` : ""}`;
  problems.error(
    "syntax-attendee-line",
    line,
    `An attendee is written initials first, then the name: expected \`${newText}\`, found the name first.`,
    // Not certain: the last word may be letters after a name (`Peter Smith MP`), not initials.
    [{ title: `Write as \`${newText}\``, edits: [{ range: spanOf(line), newText }], certain: false }],
  );
  return { initials: sub(line, trailing.at, trailing.initials), name: trimmed(head.slice(0, trailing.at), line.start), notes: notesAt < 0 ? [] : readNotes(line, notesAt, problems) };
}

/**
 * `The Panel NOTED ...` or `Peter Davies`: prose inside the attendee list, usually because the
 * item line after the list is broken. Say so rather than read a person called "Panel".
 */
function reportNotAnAttendee(line: Token, problems: Problems): void {
  problems.error(
    "syntax-attendee-line",
    line,
    `This line is in the attendee list but is not an attendee: expected initials, then the full name, as in \`PD   Peter Davies\`. If the list should have ended above, check the item line before this one (\`item 1: Title\`).`,
  );
}

/**
 * Whether `name` is a name alone, with no initials of its own before or after it: not
 * `Karen Lee   KL`, `KL  Karen Lee`, `kl  Karen Lee` or `K.L.  Karen Lee`, but `Karen Li`,
 * `Karen O'Neil`, `Karen J. Lee`, `Dr Karen Lee` and `Jane Smith OBE`.
 */
function isNameOnly(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => word.length > 0);
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  const initialsLike = (word: string) => !isTitle(word) && (STRICT_INITIALS.test(word) || DOTTED_INITIALS.test(word));
  if (words.length < 2 || initialsLike(first) || (/^[a-z]{1,3}$/.test(first) && !PARTICLES.has(first))) return false;
  return !initialsLike(last) || POST_NOMINALS.has(last);
}

/** Initials as attendees are written (two capitals at least): `KL`, `DKa`, `McD`; not `Li` or `Ng`. */
const STRICT_INITIALS = new RegExp(`^${INITIALS_PATTERN}$`);
/** Initials written with full stops: `K.L.`. */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** Small words that start names: `van Dijk`, `de la Cruz`. */
const PARTICLES = new Set(["da", "de", "del", "der", "di", "du", "la", "le", "van", "von", "den", "ter", "ten", "dos", "das"]);
/** Letters after a name: honours and offices, not initials. */
const POST_NOMINALS = new Set(["MP", "MSP", "MLA", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "QC", "KC", "FRS", "JP", "PhD"]);

/**
 * Initials made from a name, as an attendee would be declared: the first letter of each word but
 * titles and letters after the name, a particle keeping its small letter (`PvD` of Peter van
 * Dijk, `DC` of Dr Dan Coe). A proposal for the secretary to confirm, never certain.
 */
export function initialsOfName(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => word.length > 0 && !isTitle(word) && !POST_NOMINALS.has(word))
    .map((word) => (PARTICLES.has(word) || /^\p{Lu}/u.test(word) ? word.charAt(0) : ""))
    .join("");
}

/** `Karen Lee (DCC)`: a name and an organisation, and no initials. The fix guesses them from the name's capitals. */
function reportNoInitials(line: Token, organisation: string, name: string, problems: Problems): void {
  const guessed = initialsOfName(name);
  const newText = `${initialsColumn(guessed)}${line.text.trim()}`;
  problems.error(
    "syntax-attendee-line",
    line,
    `This attendee has no initials: \`${organisation}\` is an organisation, a note after the name. Write the initials first, then the name, as in \`${guessed.length >= 2 ? newText : `PD   Peter Davies (${organisation})`}\`.`,
    // Not certain: the initials are a guess from the name, and may be another attendee's.
    guessed.length >= 2 && guessed.length <= 4 ? [{ title: `Write as \`${newText}\``, edits: [{ range: spanOf(line), newText }], certain: false }] : [],
  );
}

/** `Peter Davies (PD) (Part)`, as published tables print it: read it, and offer the rewrite. */
function nameFirstAttendee(line: Token, reading: NameFirst, problems: Problems): AttendeeLine {
  const { name, initials, initialsAt, before, after, ownCapitals } = reading;
  // `Catherine Walsh<tab>(CW)<tab>Chair`: words after the initials, a column pasted from a table,
  // are offered as a note, so that the line written reads as an attendee (found by a secretary's test).
  const tail = after.trim();
  const asNote = tail.length > 0 && !notesOnly(tail) && !/[()]/.test(tail) ? `(${tail.replace(/\s+/g, " ")})` : tail;
  const notesText = [before.trim(), asNote].filter((notes) => notes.length > 0).join(" ");
  const newText = `${initialsColumn(initials)}${name.trim()}${notesText ? "  " + notesText : ""}`;
  // Certain only when the line it writes reads as an attendee: a name of words, then notes.
  // (A tab in the name would end it there: a column pasted after the name.) And only when the
  // capitals are the name's own: `Karen Lee (DCC)` or `(CEO)` is more likely a note.
  const certain = !/[()[\]\t]/.test(name) && notesOnly(after.trim()) && ownCapitals;
  problems.error(
    "syntax-attendee-line",
    line,
    `An attendee is written initials first, then the name: expected \`${newText}\`, found the name first.`,
    [{ title: `Write as \`${newText}\``, edits: [{ range: spanOf(line), newText }], certain }],
  );
  const notesFrom = initialsAt + initials.length + 1;
  return {
    initials: sub(line, initialsAt, initials),
    name: trimmed(name, line.start),
    // Notes written between the name and the initials (`Karen Lee (Part) (KL)`) are notes too.
    notes: [...(before ? readNotes(line, name.length, problems, initialsAt - 1) : []), ...readNotes(line, notesFrom, problems)],
  };
}

/** Initials in the column of the attendee table, as the formatter aligns it: five wide, and at least two spaces before the name. */
function initialsColumn(initials: string): string {
  return initials + " ".repeat(Math.max(2, 5 - initials.length));
}

/** Initials that end `head` after white space (`Adaeze Okafor   AO`): where they start, or undefined. */
function initialsAtEnd(head: string): { at: number; initials: string } | undefined {
  const last = TRAILING_INITIALS.exec(head.trimEnd());
  if (!last || TWO_SMALL.test(last[1]!)) return undefined;
  return { at: last.index + last[0].length - last[1]!.length, initials: last[1]! };
}

/** The last word of a line, when it is shaped like initials and white space stands before it. */
const TRAILING_INITIALS = new RegExp(`\\s(${INITIALS_PATTERN})$`);

/**
 * The notes in `(...)` of an attendee line, from `from` to `to` (the line's end by default). A
 * note may hold brackets of its own (`(alternate for Paul Fitzgerald (SSE))`); commas outside
 * them part notes (`(part, teleconference)`).
 */
function readNotes(line: Token, from: number, problems: Problems, to = line.text.length): AttendeeNote[] {
  const notes: AttendeeNote[] = [];
  const tail = line.text.slice(from, to);
  let readTo = 0;
  for (let open = tail.indexOf("("); open >= 0; open = tail.indexOf("(", readTo)) {
    unread(line, from + readTo, tail.slice(readTo, open), problems);
    // The note's closing bracket, and the commas between its parts, at its own depth.
    let depth = 0;
    let close = -1;
    const commas: number[] = [];
    for (let i = open; i < tail.length && close < 0; i++) {
      const c = tail.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) close = i;
      else if (c === 44 && depth === 1) commas.push(i);
    }
    const end = close < 0 ? tail.length : close;
    if (close < 0) {
      problems.error("syntax-attendee-line", sub(line, from + open, tail.slice(open).trimEnd()), "This note is not closed: expected `)`.");
    }
    let partStart = open + 1;
    const parts: AttendeeNote[] = [];
    for (const partEnd of [...commas, end]) {
      const token = trimmed(tail.slice(partStart, partEnd), line.start + from + partStart);
      if (token.text.length > 0) parts.push(classifyNote(token));
      partStart = partEnd + 1;
    }
    // Commas part notes the tools read (`(part, teleconference)`); between notes of the
    // secretary's own they are the note's (`(Matron, Maternity)`), printed as written (found by a
    // secretary's test: the export printed `(Matron) (Maternity)`), and so after a role
    // (`(Chair, Audit Committee)` is the chair of another body, not of this meeting: found by a
    // review of false positives).
    for (let k = 0; k < parts.length; k++) {
      let last = k;
      while (last + 1 < parts.length && ownOrRole(parts[last + 1]!) && ownOrRole(parts[k]!)) last++;
      if (last > k && parts.slice(k, last + 1).some((part) => part.note === "other")) {
        const first = parts[k]!.start - (line.start + from);
        notes.push(classifyNote(trimmed(tail.slice(first, parts[last]!.end - (line.start + from)), parts[k]!.start)));
        k = last;
      } else notes.push(parts[k]!);
    }
    readTo = close < 0 ? tail.length : close + 1;
  }
  unread(line, from + readTo, tail.slice(readTo), problems);
  return notes;
}

/** A note of the secretary's own, or a role: commas between such notes are theirs. */
function ownOrRole(note: AttendeeNote): boolean {
  return note.note === "other" || note.note === "role";
}

/** A letter or a digit: text with one is words that would be lost. */
const WORDS = /[\p{L}\p{N}]/u;

/**
 * Text between or after an attendee's notes (`(part) left at 11:00`) is not part of any of them:
 * reported, so that it is not silently left out of every export. The fix makes it a note.
 */
function unread(line: Token, at: number, text: string, problems: Problems, afterTab = false): void {
  const words = trimmed(text, line.start + at);
  // Only words are lost: a comma between two notes, or the bracket of a note holding its own
  // parentheses (`(alternate for Paul Fitzgerald (SSE))`), is not.
  if (!WORDS.test(words.text)) return;
  const why = afterTab ? "after a tab, as a table pasted from a word processor puts it, this is not part of the name" : "after the name, an attendee line holds only notes in parentheses";
  problems.error(
    "syntax-attendee-line",
    words,
    `\`${words.text}\` is not read: ${why}, so this would be left out of the minutes. Put it in a note, as in \`(${words.text})\`.`,
    [{ title: `Write \`(${words.text})\``, edits: [{ range: spanOf(words), newText: `(${words.text})` }], certain: false }],
  );
}

const ROLE_NOTES = /^(meeting secretary|secretary|chair|vice[- ]chair|observer|minutes)$/i;

interface NameFirst {
  readonly name: string;
  readonly initials: string;
  /** Where the initials start, inside their parentheses. */
  readonly initialsAt: number;
  /** Notes between the name and the initials (`(Part) ` in `Karen Lee (Part) (KL)`), or "". */
  readonly before: string;
  /** What follows the initials' closing parenthesis. */
  readonly after: string;
  /** Whether the initials' capitals are the name's (`KL` of Karen Lee; not `DCC` or `CEO`). */
  readonly ownCapitals: boolean;
}

/**
 * `Peter Davies (PD) (Part)` split into name, initials and notes, or null. Found by a `(XX)`
 * that is not a word and the text before it, in linear time (a lazy regular expression over the
 * name was quadratic on a long run of spaces).
 */
function nameFirst(text: string): NameFirst | null {
  const pattern = INITIALS_IN_PARENTHESES;
  pattern.lastIndex = 0;
  // The first bracket whose capitals are the name's (`KL` in `Karen Lee (DCC) (KL)`), else the
  // first that may be initials at all. `(Part)`, `(Remote)`: a word in parentheses is a note, not
  // initials (found by fuzzing the certain fixes: `pd  Peter Davies  (Part)` was rewritten as the
  // attendee `Part`).
  let first: NameFirst | null = null;
  // How many brackets are open where each match starts, counted once along the line.
  let depth = 0;
  let counted = 0;
  for (let initials = pattern.exec(text); initials; initials = pattern.exec(text)) {
    // (Only the first few brackets: a line of thousands is not read thousands of times.)
    if (initials.index > 400) break;
    for (; counted < initials.index; counted++) {
      const c = text.charCodeAt(counted);
      if (c === 40) depth++;
      else if (c === 41 && depth > 0) depth--;
    }
    // (A bracket inside a note, `(alternate for Paul Fitzgerald (PF))`, is part of the note.)
    // Two small letters in a row make a word (`(Part)`), unless they end initials of the
    // document's shape (`(PDqz)`, as the checker and a rename accept them).
    if ((TWO_SMALL.test(initials[1]!) && !STRICT_INITIALS.test(initials[1]!)) || depth > 0) continue;
    const reading = readingAt(text, initials);
    if (reading?.ownCapitals) return reading;
    first ??= reading;
  }
  return first;
}

/** The line read as a name written first, with `initials` (a match of `INITIALS_IN_PARENTHESES`) as the initials. */
function readingAt(text: string, initials: RegExpExecArray): NameFirst | null {
  if (initials.index === 0) return null;
  const initialsAt = initials.index + 1;
  const after = text.slice(initials.index + initials[0].length);
  // Notes alone between the name and the initials are notes; anything else there is part of
  // the name as written (`Karen (X) Lee (KL)`), whose rewrite is not certain.
  const firstOpen = text.indexOf("(");
  const between = text.slice(firstOpen, initials.index);
  const notesBetween = firstOpen > 0 && firstOpen < initials.index && notesOnly(between);
  const name = text.slice(0, notesBetween ? firstOpen : initials.index);
  // The initials may follow the name without a space (`Peter Davies(PD)`): read so, the line keeps
  // its meaning when the formatter puts the space in.
  // A name is words, not a parenthesis (`(ABCDEF) (PD)`).
  if (name.trim().length === 0 || name.trimStart().startsWith("(")) return null;
  return { name: name.trim(), initials: initials[1]!, initialsAt, before: notesBetween ? between : "", after, ownCapitals: capitalsOfName(initials[1]!, name) };
}

/**
 * Whether the capitals of `initials` are capitals of `name`, in order: `KL` of Karen Lee, `DKa`
 * of Del Kang, `PvD` of Peter van Dijk, `JS` of Dr Jane Smith; not `CEO` or `DCC`.
 */
function capitalsOfName(initials: string, name: string): boolean {
  const capitals = name.replace(UNCAPITALS, "");
  let at = 0;
  for (const letter of initials.replace(UNCAPITALS, "")) {
    at = capitals.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const UNCAPITALS = new RegExp(`[^${CAPITAL}]`, "g");

/** Whether `text` is notes in parentheses (which may hold brackets of their own) and the spaces between them, and nothing else. */
function notesOnly(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && c !== 32 && c !== 9) return false;
  }
  return depth === 0;
}

/** Notes that are one of a few words, by the word in lower case. */
const WORD_NOTES: ReadonlyMap<string, "part" | "remote"> = new Map([
  ...["part", "in part", "partial"].map((w) => [w, "part"] as const),
  ...["teleconference", "remote", "video", "online", "dial-in", "dial in", "by phone"].map((w) => [w, "remote"] as const),
]);

export function classifyNote(token: Token): AttendeeNote {
  const text = token.text;
  const { value, start, end } = token;
  const word = WORD_NOTES.get(text.toLowerCase());
  if (word) return { text, value, start, end, note: word };
  const alternate = /^alternate for\s+(.+)$/i.exec(text);
  if (alternate) return { text, value, start, end, note: "alternate", argument: alternate[1]!.trim() };
  const of = /^of\s+(.+)$/i.exec(text);
  if (of) return { text, value, start, end, note: "organisation", argument: of[1]!.trim() };
  if (ROLE_NOTES.test(text)) return { text, value, start, end, note: "role", argument: text.toLowerCase() };
  return { text, value, start, end, note: "other" };
}
