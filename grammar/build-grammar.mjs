#!/usr/bin/env node
// Generates grammar/minutes.tmLanguage.json (scopeName text.minutes).
//
// The grammar is written here, in JavaScript, because the same regular-expression fragments
// (initials, action IDs, references, dates, verbs, the "structural line" look-ahead) recur in
// many rules and TextMate JSON has no way to share them. Edit this file, then run
//
//     node grammar/build-grammar.mjs          # rewrite minutes.tmLanguage.json
//     node grammar/build-grammar.mjs --check  # exit 1 if the JSON is out of date
//
// The line shapes mirror the lexer in packages/core/src/syntax/tokens.ts and the inline
// scanner in packages/core/src/model/inline-scanner.ts, so that what is highlighted is what the
// parser reads. Keep them in step when either side changes. The letter classes are core's own,
// read from its build (`pnpm run build` first).

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { CAPITAL, SMALL } from "../packages/core/dist/text/letters.js";
import { BULLET_CLASS, LIST_MARKER, NUMBER_MARKER } from "../packages/core/dist/syntax/bullets.js";
import { INVISIBLE_CLASS } from "../packages/core/dist/text/invisible.js";

const r = String.raw;
const L = "minutes"; // language suffix of every scope

// ---------------------------------------------------------------------------------------------
// Shared fragments
// ---------------------------------------------------------------------------------------------

/** Optional word containing a digit before the colon, as the lexer's `idThenColon`. */
const ID_WORD = r`[^\s:]*\d[^\s:]*`;
/** Header field keys (the lexer's FieldKey), without the colon. */
const FIELD_KEYS = r`meeting|number|reference|date|time|venue|classification|next meeting`;
/** Resolution verbs: the default configuration, plus RECOMMENDED. */
const VERBS = r`AGREED|NOTED|APPROVED|CONFIRMED|REQUESTED|RESOLVED|ENDORSED|DECIDED|RECOMMENDED`;
/** The body's name before a resolution: `The Panel`, `The SEC Panel`, `The Committee`, `The Board`. */
const BODY = r`The(?:[ \t]+SEC)?[ \t]+(?:Panel|Committee|Board)`;
/** An action ID as the inline scanner reads it: `SECP77/01`, `SEC76/01`. */
const ACTION_ID = r`[A-Z][A-Za-z]*\d+/\d+`;
/** Initials inside parentheses in prose, as the inline scanner reads them: `(PD)`, `(DKa)`, `(RFI)`, `(ÉL)`, `(ŁK)`. */
const MENTION_INITIALS = `[${CAPITAL}][${CAPITAL}${SMALL}'’]{1,4}`;
/** A name inside parentheses in prose: `(Charlotte Semp)`, `(Émilie Laurent)`. */
const MENTION_NAME = `[${CAPITAL}][${SMALL}]+(?:[ -][${CAPITAL}][${CAPITAL}${SMALL}'’-]+)+`;
/**
 * Initials at the start of an attendee line: a capital, then up to five letters with never two
 * lower-case letters in a row (`PD`, `DKa`, `MWa`, `ÉL`; not `Peter`).
 */
const ATTENDEE_INITIALS = `[${CAPITAL}](?:[${CAPITAL}]|[${SMALL}](?![${SMALL}])){0,5}`;
/** Other identifiers (modification numbers): `MP081`, `DP101`, `SECMP0062`, and slips like `MP0O81`, `MPl12`. */
const REFERENCE = r`[A-Z]{2,}l*\d[\dA-Zl]*`;
const MONTHS = r`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec`;
const DATE_ISO = r`\b\d{4}-\d{2}-\d{2}\b`;
const DATE_LONG = r`\b\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:${MONTHS})[ \t]+\d{4}\b`;

// Structural line starts (after indentation), one per lexer token.
const S = {
  comment: r`//`,
  field: r`(?:${FIELD_KEYS}):`,
  status: r`status:`,
  attendees: r`attendees:`,
  group: r`(?:category|group|apologies|absent):`,
  // Any one word before the colon, as the lexer reads it: `item x:` is an item with a bad number.
  item: r`item[ \t]*(?:[^\s:]+[ \t]*)?:`,
  action: r`action[ \t]*(?:${ID_WORD})?[ \t]*:`,
  update: r`update[ \t]*(?:${ID_WORD})?[ \t]*:`,
  heading: r`heading:`,
  summary: r`summary:`,
  confidential: r`confidential:`,
  end: r`end[ \t]*(?:summary|confidential)?[ \t]*$`,
  // (A pasted list may be indented with no-break spaces, as the lexer allows.)
  bullet: r`${INVISIBLE_CLASS}*${LIST_MARKER}[ \t\u00a0]`,
  /** A bullet mark, not a number: it starts an item after any line. */
  bulletMark: r`${INVISIBLE_CLASS}*${BULLET_CLASS}[ \t\u00a0]`,
};
/** A zero-width look-ahead, at the start of a line, for any of the given line kinds. */
const lineAhead = (...kinds) => r`^(?=[ \t]*(?:${kinds.map((k) => S[k]).join("|")}))`;
// A line of nothing but characters that show nothing (spaces, tabs, no-break spaces, zero-width
// characters) is blank, as the lexer reads it (text/invisible.ts).
const BLANK_AHEAD = r`^(?=${INVISIBLE_CLASS}*$)`;
/** Every line kind except prose and comments: what ends a paragraph. */
const ALL_STRUCTURAL = ["field", "status", "attendees", "group", "item", "action", "update", "heading", "summary", "confidential", "end", "bullet"];
/** What ends a sentence's lines whatever the line above: every structural line but a number. */
const ALL_BUT_NUMBERS = [...ALL_STRUCTURAL.filter((k) => k !== "bullet"), "bulletMark"];

/** A character of a status's value that does not start another `Status:`: each is then read once. */
const NOT_ANOTHER_STATUS = r`(?:(?!Status:)[^\r\n])`;
/**
 * An action's owner, captured, and what ends it, looked ahead, as the parser reads it
 * (`ownerEnd`, model/build-blocks.ts): a comma, or ` to `, ` may `, ` should `, ` will ` or
 * ` must ` (or `to:` before sub-tasks, or `to` that ends a line).
 */
/** White space within a line, as the parser reads it (`isWhiteSpace`, text/trim.ts): a PDF's or a word processor's spaces too. */
const WS_CHARS = r` \t\x{0B}\x{0C}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff`;
const WS = r`[${WS_CHARS}]`;
// (Tried only where a run of white space starts: tried at every space of a long run, the verb
// was looked for again to the run's end each time.)
const OWNER_VERB_AHEAD = r`(?=,|(?<!${WS})${WS}+(?:to|may|should|will|must)(?:${WS}|:|$))`;
const OWNER = r`([^\s,\ufeff][^,]*?)${OWNER_VERB_AHEAD}`;
/**
 * The owner at the start of a line, looked ahead and captured with the line's indentation, so
 * that a rule may end at the line's start (zero width, as the constructs around it expect) and
 * still colour it: the tokenizer colours a capture that starts where the match ends, past it.
 */
const OWNER_AT_LINE_START = r`(?=(${WS}*[^\s,\ufeff][^,]*?)${OWNER_VERB_AHEAD})`;
/** Not a structural line (a new action, an item, a list item, ...), whose start is no owner. */
const NOT_STRUCTURAL = r`(?![ \t]*(?:${ALL_STRUCTURAL.map((k) => S[k]).join("|")}))`;
const OWNER_CAPTURE = { 1: { name: `entity.name.type.owner.${L}`, patterns: [{ include: "#mention" }, { include: "#action-id" }] } };
const NOTE_NAME = `meta.note.post-meeting.${L} markup.quote.post-meeting-note.${L}`;
const NOTE_CONTENT = `string.other.post-meeting-note.${L}`;
/** What a post-meeting note's text may hold. */
const NOTE_PATTERNS = [
  { include: "#comment" },
  { include: "#mention" },
  { include: "#action-id" },
  { include: "#reference" },
  { include: "#date" },
  { include: "#verb" },
];

/** A status's value (`Closed`, `In progress`), up to its full stop or the line's end, as the status pattern captures it. */
const STATUS_VALUE = r`[^.\s](?:(?!Status:)[^.\r\n])*?`;

/**
 * Where a sentence's lines end (a paragraph's, a resolution's), as the lexer reads them: at a
 * blank line, at a structural line other than a number, or at a `:`, `;` or `.` that ends a
 * line, after which a number starts an item. The mark itself is matched, so that a comment line
 * ending with a full stop (matched whole, first) ends nothing; a status that ends with one
 * (`Status: Closed.`) is matched whole here, with its scopes, and one that ends with a colon or
 * a semicolon (`Status: open;`, a bare `Status:`) ends the sentence before it, for the status
 * pattern to colour.
 */
const SENTENCE_END = {
  end: r`${BLANK_AHEAD}|${lineAhead(...ALL_BUT_NUMBERS)}|\b((Status)(:)(?:[ \t]*(${STATUS_VALUE}))?[ \t]*(\.))${WS}*$|(?=\bStatus(?::${NOT_ANOTHER_STATUS}*?)?[:;]${WS}*$)|[:;.](?=${WS}*$)`,
  endCaptures: {
    1: { name: `meta.status.${L}` },
    2: { name: `keyword.other.status.${L}` },
    3: { name: `punctuation.separator.key-value.${L}` },
    4: { name: `constant.language.status.${L}` },
    5: { name: `punctuation.terminator.${L}` },
  },
};

/**
 * Where a construct that wraps ends, as the lexer's `wrapping` reads it: its lines run to a blank
 * line or the next structural line, a number included. So a list item (in a list, every number
 * starts the next item), an action and an update.
 */
const CONSTRUCT_END = r`${BLANK_AHEAD}|${lineAhead(...ALL_STRUCTURAL)}`;

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

const repository = {
  // ---- Comments -------------------------------------------------------------------------------
  comment: {
    comment: "A whole line whose first non-blank characters are //. A // later in a line is text.",
    patterns: [
      {
        name: `comment.line.double-slash.${L} meta.directive.suppression.${L}`,
        match: r`^[ \t]*(//)[ \t]*(minutes-disable-(?:next-line|file))\b(.*)$`,
        captures: {
          1: { name: `punctuation.definition.comment.${L}` },
          2: { name: `keyword.other.directive.${L}` },
          3: {
            patterns: [
              { name: `constant.other.diagnostic-code.${L}`, match: r`[a-z][a-z0-9-]*` },
              { name: `punctuation.separator.comma.${L}`, match: "," },
            ],
          },
        },
      },
      {
        name: `comment.line.double-slash.${L}`,
        match: r`^[ \t]*(//).*$`,
        captures: { 1: { name: `punctuation.definition.comment.${L}` } },
      },
    ],
  },

  // ---- Header ---------------------------------------------------------------------------------
  "header-field": {
    patterns: [
      field("meeting", { name: `entity.name.section.meeting.${L}`, patterns: [{ include: "#inline" }] }),
      field("number", { patterns: [{ name: `constant.numeric.integer.${L}`, match: r`\b\d+\b` }] }),
      field("reference", { name: `constant.other.reference.document.${L}` }),
      field("status", { name: `constant.language.status.${L}` }),
      field("date|next meeting", { patterns: [{ include: "#date" }] }),
      field("time", {
        patterns: [
          { name: `constant.numeric.time.${L}`, match: r`\b\d{1,2}[:.]\d{2}\b` },
          { name: `punctuation.separator.range.${L}`, match: r`-|–|—|\bto\b` },
        ],
      }),
      field("venue", { name: `string.unquoted.venue.${L}` }),
      field("classification", { name: `constant.language.classification.${L}` }),
    ],
  },

  // ---- Attendees ------------------------------------------------------------------------------
  attendees: {
    comment: "attendees: opens the list, which runs until the next structural line that is not a category, group or apologies line (in practice the first item).",
    name: `meta.attendees.${L}`,
    begin: r`^[ \t]*(attendees)(:)`,
    beginCaptures: {
      1: { name: `keyword.other.attendees.${L}` },
      2: { name: `punctuation.separator.key-value.${L}` },
    },
    end: lineAhead("field", "status", "attendees", "item", "action", "update", "heading", "summary", "confidential", "end", "bullet"),
    patterns: [{ include: "#comment" }, { include: "#attendee-group" }, { include: "#attendee" }, { include: "#inline" }],
  },
  "attendee-group": {
    patterns: [
      {
        name: `meta.category.${L}`,
        match: r`^[ \t]*(category)(:)[ \t]*(.*?)[ \t]*$`,
        captures: {
          1: { name: `keyword.other.category.${L}` },
          2: { name: `punctuation.separator.key-value.${L}` },
          3: { name: `entity.name.section.category.${L}` },
        },
      },
      {
        name: `meta.group.${L}`,
        match: r`^[ \t]*(group)(:)[ \t]*(.*?)[ \t]*$`,
        captures: {
          1: { name: `keyword.other.group.${L}` },
          2: { name: `punctuation.separator.key-value.${L}` },
          3: { name: `entity.name.type.group.${L}` },
        },
      },
      {
        name: `meta.apologies.${L}`,
        match: r`^[ \t]*(apologies|absent)(:)`,
        captures: {
          1: { name: `keyword.other.apologies.${L}` },
          2: { name: `punctuation.separator.key-value.${L}` },
        },
      },
    ],
  },
  attendee: {
    comment: "PD   Peter Davies   (part, teleconference): initials, full name, notes.",
    name: `meta.attendee.${L}`,
    begin: r`^[ \t]*(${ATTENDEE_INITIALS})(?=[ \t]|$)`,
    beginCaptures: { 1: { name: `variable.other.initials.${L}` } },
    end: "$",
    patterns: [
      { include: "#attendee-notes" },
      { name: `string.unquoted.name.${L}`, match: r`[^\s(](?:[^(]*[^\s(])?` },
    ],
  },
  "attendee-notes": {
    name: `meta.annotation.attendee-note.${L}`,
    begin: r`\(`,
    beginCaptures: { 0: { name: `punctuation.section.parens.begin.${L}` } },
    end: r`\)|$`,
    endCaptures: { 0: { name: `punctuation.section.parens.end.${L}` } },
    patterns: [
      {
        match: r`(?i)\b(part|in part|partial|teleconference|remote|video|online|dial[- ]in|by phone)\b`,
        captures: { 1: { name: `support.constant.attendance.${L}` } },
      },
      {
        match: r`(?i)\b(meeting secretary|secretary|vice[- ]chair|chair|observer|minutes)\b`,
        captures: { 1: { name: `support.constant.role.${L}` } },
      },
      {
        match: r`(?i)\b(alternate for)[ \t]+([^,)]+)`,
        captures: { 1: { name: `keyword.other.note.${L}` }, 2: { name: `string.unquoted.name.${L}` } },
      },
      {
        match: r`(?i)\b(of)[ \t]+([^,)]+)`,
        captures: { 1: { name: `keyword.other.note.${L}` }, 2: { name: `entity.name.type.organisation.${L}` } },
      },
      { name: `punctuation.separator.comma.${L}`, match: "," },
    ],
  },

  // ---- Items and headings ---------------------------------------------------------------------
  item: {
    comment: "item 9: Current Events of Default [RED]",
    name: `markup.heading.item.${L}`,
    // A word without a digit in the number's place (`item x:`) is an item whose number the checker reports.
    match: r`^[ \t]*(item)[ \t]*(?:(${ID_WORD})|([^\s:]+))?[ \t]*(:)[ \t]*(.*?)(?:[ \t]*(\[)([^\[\]]*)(\]))?[ \t]*$`,
    captures: {
      1: { name: `keyword.other.item.${L}` },
      2: { name: `constant.numeric.integer.item-number.${L}` },
      3: { name: `invalid.illegal.item-number.${L}` },
      4: { name: `punctuation.separator.key-value.${L}` },
      5: { name: `entity.name.section.item.${L}`, patterns: [{ include: "#inline" }] },
      6: { name: `punctuation.definition.classification.begin.${L}` },
      7: { name: `constant.language.classification.${L}` },
      8: { name: `punctuation.definition.classification.end.${L}` },
    },
  },
  heading: {
    name: `markup.heading.subheading.${L}`,
    match: r`^[ \t]*(heading)(:)[ \t]*(.*?)[ \t]*$`,
    captures: {
      1: { name: `keyword.other.heading.${L}` },
      2: { name: `punctuation.separator.key-value.${L}` },
      3: { name: `entity.name.section.heading.${L}`, patterns: [{ include: "#inline" }] },
    },
  },

  // ---- Actions and updates --------------------------------------------------------------------
  action: actionRule("action", `meta.action.${L}`, `constant.other.action-id.definition.${L}`),
  update: actionRule("update", `meta.action-update.${L}`, `constant.other.action-id.${L}`),
  "action-owner": {
    comment: "The owner: the start of the action's text, up to a comma or ` to `, ` may `, ` should `, ` will ` or ` must ` (or `to:` before sub-tasks, or `to` that ends a line the text runs on from), as the parser reads it.",
    // (`to` at the end of the line: the parser reads it so when the action's text goes on to the
    // next line, which a line's tokenizer cannot see; an action whose whole text is `AB to` is
    // the one it colours and the parser does not.)
    match: r`\G${WS}*${OWNER}`,
    captures: OWNER_CAPTURE,
  },
  // Inside an action or an update, the text from where it stands to the end of the clause. Two
  // rules: the first line's, where the owner stands, and a later line's.
  "wrapped-sentence": wrappedSentence(r`\G`, [{ include: "#action-owner" }]),
  "wrapped-sentence-line": wrappedSentence("^", []),
  "sub-tasks": subTasks(
    "`action GB5/01: AB to:` / `(a) obtain three quotes;` / `(b) report them.`: after a colon that ends a line of a new action's text, the list under it (past comment lines) is the action's, every number in it included, up to a blank line or a structural line that is not a list item. Any other line after the colon ends this rule at once.",
    r`:${WS}*$`,
    r`^(?![ \t]*(?:${S.comment}|${S.bullet}))`,
  ),
  // `action ID:` alone on its line. Its colon was matched by the action's begin, just before
  // (`\G`): a look-behind alone also saw the colon that ends a comment line, which the lexer
  // passes over. The line after it (past comment lines) starts the action's text, and its owner.
  "text-after-id": subTasks(
    "`action GB5/01:` alone on its line: the list under it is the action's sub-tasks, as after `AB to:`; otherwise the next line that is not a comment starts the action's text, and the owner is read at its start, as the parser reads it.",
    // (The colon ends the line as the lexer reads it: before white space within a line, any of it.)
    r`\G(?<=:)${WS}*$`,
    r`^(?![ \t]*(?:${S.comment}|${S.bullet}))(?:${NOT_STRUCTURAL}${OWNER_AT_LINE_START}|)`,
  ),
  "owner-after-id": {
    comment: "`update GB4/01:` alone on its line: the next line that is not a comment starts the update's text, and the owner is read at its start unless it is a structural line.",
    begin: r`\G(?<=:)${WS}*$`,
    end: r`^(?![ \t]*${S.comment})(?:${NOT_STRUCTURAL}${OWNER_AT_LINE_START}|)`,
    endCaptures: OWNER_CAPTURE,
    patterns: [{ include: "#comment" }],
  },
  "sub-task-item": { comment: "A sub-task: a list item whose due date is the action's.", patterns: listItems([{ include: "#due" }]) },
  due: {
    name: `meta.due.${L}`,
    // (The date stops at another `[`: a line of many unclosed `[due` is read in linear time.)
    match: r`(\[)(?i:(due))(?::[ \t]*|[ \t]+)([^\[\]]*?)[ \t]*(\])`,
    captures: {
      1: { name: `punctuation.definition.due.begin.${L}` },
      2: { name: `keyword.other.due.${L}` },
      3: { patterns: [{ include: "#date" }] },
      4: { name: `punctuation.definition.due.end.${L}` },
    },
  },

  // ---- Summary and confidential blocks --------------------------------------------------------
  summary: blockRule("summary"),
  confidential: blockRule("confidential"),
  "end-line": {
    comment: "A stray `end` (outside a block) is still the keyword.",
    name: `meta.block.end.${L}`,
    match: r`^[ \t]*(end)(?:[ \t]*(summary|confidential))?[ \t]*$`,
    captures: {
      1: { name: `keyword.other.block.end.${L}` },
      2: { name: `keyword.other.block.end.${L}` },
    },
  },

  // ---- Resolutions and lists ------------------------------------------------------------------
  "resolution-lead-in": {
    comment: "The Panel: (a line of its own) introduces resolution bullets.",
    name: `meta.resolution.lead-in.${L}`,
    match: r`^[ \t]*([Tt]he(?:[ \t]+SEC)?[ \t]+(?:Panel|Committee|Board))[ \t]*(:)[ \t]*$`,
    captures: {
      1: { name: `variable.language.body.${L}` },
      2: { name: `punctuation.separator.key-value.${L}` },
    },
  },
  "resolution-inline": {
    comment: "The Panel NOTED the update. (A paragraph that starts with the body's name and a verb in capitals.)",
    name: `meta.resolution.inline.${L}`,
    begin: r`^[ \t]*(${BODY})(?=[ \t]+(?:${VERBS})\b)`,
    beginCaptures: { 1: { name: `variable.language.body.${L}` } },
    // Wrapped, it runs on as a paragraph does (see `paragraph`).
    ...SENTENCE_END,
    patterns: [{ include: "#comment" }, { include: "#inline" }],
  },
  bullet: { patterns: listItems([]) },

  paragraph: {
    comment:
      "A line of prose that does not end a clause (with `:`, `;` or `.`), and the lines that follow it up to one that does: a number at the start of those lines continues the sentence (`... under Standing Order 12 paragraph` / `(b) the Board may ...`), as the lexer reads it; after the line that ends the clause, a number starts an item.",
    // (`\n` excluded, as in `wrappedSentence`: the line's break would stand for its last character.)
    begin: r`^(?!${INVISIBLE_CLASS}*$)(?=.*[^:;.\n${WS_CHARS}]${WS}*$)`,
    ...SENTENCE_END,
    patterns: [{ include: "#comment" }, { include: "#inline" }],
  },

  // ---- Inline (prose) -------------------------------------------------------------------------
  inline: {
    patterns: [
      { include: "#post-meeting-note-tail" },
      { include: "#post-meeting-note" },
      { include: "#status" },
      { include: "#supersession" },
      { include: "#mention" },
      { include: "#action-id" },
      { include: "#reference" },
      { include: "#date" },
      { include: "#verb" },
    ],
  },
  "post-meeting-note": postMeetingNote(
    "[Post-meeting note: ...] may span the lines of its paragraph, a number at the start of a line included (after a line that does not end a clause, it continues the sentence); it ends at `]`, or at the end of the paragraph when unclosed, or before a mark that ends a line (`;`, `:`, `.`): the lexer reads that mark as the end of a clause, whatever brackets are open, and the construct around the note must see it.",
    r`(\[)([Pp]ost[- ]meeting [Nn]ote)(?:(:)(?!${WS}*$))?`,
    r`${lineAhead(...ALL_BUT_NUMBERS)}|(?=[:;.]${WS}*$)`,
  ),
  "post-meeting-note-in-list": postMeetingNote(
    "In a list item a post-meeting note runs over the item's lines to `]`: a numbered line starts the next item whatever mark ends the line before it, as the lexer reads it.",
    r`(\[)([Pp]ost[- ]meeting [Nn]ote)(:)?`,
    lineAhead(...ALL_STRUCTURAL),
  ),
  "post-meeting-note-tail": {
    comment: "The last line of a post-meeting note that ended above before a mark at a line's end (`... the date.` / `The report will follow.]`): a line whose first bracket closes one is coloured as the note up to it.",
    name: NOTE_NAME,
    contentName: NOTE_CONTENT,
    begin: r`^(?=[^\[\]\n]*\])`,
    end: r`(\])`,
    endCaptures: { 1: { name: `punctuation.definition.note.end.${L}` } },
    patterns: NOTE_PATTERNS,
  },
  status: {
    comment: "Status: CLOSED. at the end of a line (the end of the update's last paragraph).",
    name: `meta.status.${L}`,
    // A bare `Status:` at the end of a line is no status (nothing follows): its colon ends a
    // clause, and may open an action's sub-tasks, as the lexer reads it.
    match: r`\b(Status)(:)(?=[ \t]*[^ \t\r\n])(?:[ \t]*(${STATUS_VALUE}))?[ \t]*(\.)?[ \t]*$`,
    captures: {
      1: { name: `keyword.other.status.${L}` },
      2: { name: `punctuation.separator.key-value.${L}` },
      3: { name: `constant.language.status.${L}` },
      4: { name: `punctuation.terminator.${L}` },
    },
  },
  supersession: {
    comment: "superseded by SECP77/01 (also replaced by, consolidated into), also when wrapped across two lines.",
    patterns: [
      {
        match: r`\b((?:superseded|replaced)[ \t]+by|consolidated[ \t]+into)\b(?=[ \t]+${ACTION_ID}\b)`,
        captures: { 1: { name: `keyword.other.supersession.${L}` } },
      },
      {
        match: r`\b((?:superseded|replaced)(?:[ \t]+by)?|consolidated[ \t]+into)[ \t]*$`,
        captures: { 1: { name: `keyword.other.supersession.${L}` } },
      },
      {
        match: r`^[ \t]*(by|into)\b(?=[ \t]+${ACTION_ID}\b)`,
        captures: { 1: { name: `keyword.other.supersession.${L}` } },
      },
    ],
  },
  mention: {
    patterns: [
      {
        comment: "(PD), (DKa); also acronyms such as (RFI): the checker decides which is which.",
        name: `meta.mention.initials.${L}`,
        match: r`(\()(${MENTION_INITIALS})(\))`,
        captures: {
          1: { name: `punctuation.definition.mention.begin.${L}` },
          2: { name: `variable.other.initials.${L}` },
          3: { name: `punctuation.definition.mention.end.${L}` },
        },
      },
      {
        name: `meta.mention.name.${L}`,
        match: r`(\()(${MENTION_NAME})(\))`,
        captures: {
          1: { name: `punctuation.definition.mention.begin.${L}` },
          2: { name: `variable.other.name.${L}` },
          3: { name: `punctuation.definition.mention.end.${L}` },
        },
      },
    ],
  },
  "action-id": { name: `constant.other.action-id.${L}`, match: r`\b${ACTION_ID}\b` },
  reference: { name: `constant.other.reference.${L}`, match: r`\b${REFERENCE}\b(?!/)` },
  date: {
    patterns: [
      { name: `constant.numeric.date.${L}`, match: DATE_ISO },
      { name: `constant.numeric.date.${L}`, match: DATE_LONG },
    ],
  },
  verb: { name: `keyword.control.resolution.${L}`, match: r`\b(?:${VERBS})\b` },
};

/** What may stand inside an item, a summary or a confidential passage. */
repository.block = {
  patterns: [
    { include: "#comment" },
    { include: "#status-line" },
    { include: "#action" },
    { include: "#update" },
    { include: "#heading" },
    { include: "#summary" },
    { include: "#confidential" },
    { include: "#end-line" },
    { include: "#resolution-lead-in" },
    { include: "#resolution-inline" },
    { include: "#bullet" },
    { include: "#paragraph" },
    { include: "#inline" },
  ],
};
repository["status-line"] = {
  comment: "status: open, on its own line (also the header's status: field).",
  ...field("status", { name: `constant.language.status.${L}` }),
};

function field(keys, value) {
  return {
    name: `meta.field.${L}`,
    match: r`^[ \t]*(${keys})(:)[ \t]*(.*?)[ \t]*$`,
    captures: {
      1: { name: `keyword.other.field.${L}` },
      2: { name: `punctuation.separator.key-value.${L}` },
      3: value,
    },
  };
}

/** A post-meeting note that opens at `begin` and ends at `]`, a blank line, or `ends`. */
function postMeetingNote(comment, begin, ends) {
  return {
    comment,
    name: NOTE_NAME,
    contentName: NOTE_CONTENT,
    begin,
    beginCaptures: {
      1: { name: `punctuation.definition.note.begin.${L}` },
      2: { name: `keyword.other.post-meeting-note.${L}` },
      3: { name: `punctuation.separator.key-value.${L}` },
    },
    end: r`(\])|${BLANK_AHEAD}|${ends}`,
    endCaptures: { 1: { name: `punctuation.definition.note.end.${L}` } },
    patterns: NOTE_PATTERNS,
  };
}

/** The list items (bullets and numbers, with a resolution verb or without), each reading `extra` before the inline patterns. */
function listItems(extra) {
  const item = (comment, name, marker, ahead) => ({
    ...(comment ? { comment } : {}),
    name,
    begin: r`^${INVISIBLE_CLASS}*(${marker})(?=${ahead})`,
    beginCaptures: { 1: { name: `punctuation.definition.list.begin.${L}` } },
    end: CONSTRUCT_END,
    patterns: [{ include: "#comment" }, ...extra, { include: "#post-meeting-note-in-list" }, { include: "#inline" }],
  });
  return [
    item("- AGREED ...: a bullet that starts with a resolution verb.", `markup.list.unnumbered.${L} meta.resolution.bullet.${L}`, BULLET_CLASS, r`[ \t]+(?:${VERBS})\b`),
    item(undefined, `markup.list.unnumbered.${L}`, BULLET_CLASS, r`[ \t\u00a0]`),
    item("(a) AGREED ...: a numbered item that starts with a resolution verb.", `markup.list.numbered.${L} meta.resolution.bullet.${L}`, NUMBER_MARKER, r`[ \t]+(?:${VERBS})\b`),
    item("1. the cost, (iv) to review it: a numbered item.", `markup.list.numbered.${L}`, NUMBER_MARKER, r`[ \t\u00a0]`),
  ];
}

/**
 * The text of an action or an update from where it stands to the end of its clause: a number at
 * the start of a line continues it (`wrappedSentence` opens at `opens`, `\G` just after
 * `action ID:` or `^`). It ends just before the `:`, `;` or `.` that ends a line, so that the
 * construct around it reads the mark (a colon may open sub-tasks).
 */
function wrappedSentence(opens, first) {
  return {
    // (`\n` excluded: the tokenizer matches each line with its line break, which would otherwise
    // stand for the last character, and the rule would open again behind the mark it ended at.)
    // It opens only at `\G` or `^`: tried at every place of a line, the look-ahead took
    // quadratic time on a line that ends with a mark and a long run of spaces.
    begin: r`${opens}(?=.*[^:;.\n${WS_CHARS}]${WS}*$)`,
    // A status that runs to a mark that ends the line (`Status: Closed.`, `Status: open;`, a bare
    // `Status:`) ends the clause too, before it: the construct around it colours it as a status.
    // (Its value stops at another `Status:`, so that a line of many is read in linear time.)
    end: r`${BLANK_AHEAD}|${lineAhead(...ALL_BUT_NUMBERS)}|(?=\bStatus(?::${NOT_ANOTHER_STATUS}*?)?[:;.]${WS}*$)|(?=[:;.]${WS}*$)`,
    patterns: [...first, { include: "#comment" }, { include: "#due" }, { include: "#inline" }],
  };
}

/*
 * An action or an update runs on, as the lexer's `wrapping` reads it (syntax/tokens.ts), over every
 * line up to a blank one or a structural line. A number at the start of a line is the one subtle
 * case: after a line that does not end a clause it continues the sentence (`wrapped-sentence`),
 * after one that does it starts an item, and ends the construct. A new action whose line ends
 * with a colon takes the list under it as its sub-tasks (`sub-tasks`).
 */
function actionRule(keyword, metaName, idScope) {
  return {
    comment: `${keyword} ID: text, continued on the following lines up to a blank line or the next structural line (a number only after a line that ends a clause${keyword === "action" ? ", and not in the sub-tasks after a colon" : ""}).`,
    name: metaName,
    begin: r`^[ \t]*(${keyword})[ \t]*(${ID_WORD})?[ \t]*(:)`,
    beginCaptures: {
      1: { name: `keyword.other.${keyword}.${L}` },
      2: { name: idScope },
      3: { name: `punctuation.separator.key-value.${L}` },
    },
    end: CONSTRUCT_END,
    patterns: [
      { include: "#comment" },
      ...(keyword === "action" ? [{ include: "#text-after-id" }, { include: "#sub-tasks" }] : [{ include: "#owner-after-id" }]),
      // Where the first line runs on, the owner is read inside the wrapped sentence; otherwise here.
      { include: "#wrapped-sentence" },
      { include: "#action-owner" },
      { include: "#wrapped-sentence-line" },
      { include: "#due" },
      { include: "#inline" },
    ],
  };
}

/** A rule that opens at `begin` and holds the sub-task list under it, up to `end`; an owner `end` captures is coloured. */
function subTasks(comment, begin, end) {
  return {
    comment,
    begin,
    end,
    endCaptures: OWNER_CAPTURE,
    patterns: [
      { include: "#comment" },
      {
        begin: r`^(?=[ \t]*${S.bullet})`,
        end: r`${BLANK_AHEAD}|${lineAhead(...ALL_STRUCTURAL.filter((k) => k !== "bullet"))}`,
        patterns: [{ include: "#comment" }, { include: "#sub-task-item" }],
      },
    ],
  };
}

function blockRule(kind) {
  return {
    comment: `${kind}: ... end ${kind} (or end). An unclosed block runs to the end of its item.`,
    name: `meta.block.${kind}.${L}`,
    begin: r`^[ \t]*(${kind})(:)`,
    beginCaptures: {
      1: { name: `keyword.other.block.${kind}.${L}` },
      2: { name: `punctuation.separator.key-value.${L}` },
    },
    end: r`^[ \t]*(end)(?:[ \t]*(summary|confidential))?[ \t]*$|${lineAhead("item", "field", "attendees", "group")}`,
    endCaptures: {
      1: { name: `keyword.other.block.end.${L}` },
      2: { name: `keyword.other.block.end.${L}` },
    },
    patterns: [{ include: "#block" }],
  };
}

const grammar = {
  $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
  name: "Minutes",
  scopeName: "text.minutes",
  fileTypes: ["minutes"],
  comment: "GENERATED by grammar/build-grammar.mjs: edit that file and run `node grammar/build-grammar.mjs`, do not edit this JSON by hand.",
  patterns: [
    { include: "#comment" },
    { include: "#header-field" },
    { include: "#attendees" },
    { include: "#attendee-group" },
    { include: "#item" },
    { include: "#block" },
  ],
  repository,
};

// ---------------------------------------------------------------------------------------------

const out = join(dirname(fileURLToPath(import.meta.url)), "minutes.tmLanguage.json");
const text = JSON.stringify(grammar, null, 2) + "\n";
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(out, "utf8");
  } catch {}
  if (current !== text) {
    console.error("grammar/minutes.tmLanguage.json is out of date: run node grammar/build-grammar.mjs");
    process.exit(1);
  }
  console.log("grammar/minutes.tmLanguage.json is up to date");
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
