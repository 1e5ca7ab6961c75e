import { INVISIBLE_CLASS, isInvisible } from "../../text/invisible.js";
import { editDistance } from "../../text/similarity.js";

/*
 * The shapes of keyword lines written otherwise, for `keyword-as-prose` and `action-as-prose`
 * (slip-checks.ts): what a word processor or a pasted PDF leaves before and inside a keyword,
 * the forms of each keyword line without its colon, misspelt or in another case, and the
 * cheap test that lets only a few lines of prose be read further.
 */

/**
 * What a word processor leaves before a line: white space, the no-break spaces, and the
 * characters that show nothing (zero-width spaces and joiners, the byte order mark, the soft
 * hyphen, form and line tabulations). Before a keyword any of it makes the line prose; `isInvisible`
 * (text/invisible.ts) tells them by code.
 */
export const BLANK = INVISIBLE_CLASS;
/** Any of it, before a line or around a colon. */
export const LEAD = `${BLANK}*`;
/** Some of it, between a keyword and what follows it. */
export const GAP = `${BLANK}+`;
/** A colon, or what a pasted text puts for one (the lines are folded first: see `fold`). */
export const COLON = String.raw`[:\uA789\u2236\u02F8]`;
/** What separates a keyword from its text when the colon is missing: a full stop, a semicolon, a dash. */
export const OTHER_SEPARATOR = String.raw`[.;\-–—]`;
/**
 * The word a secretary may write after `confidential` or `summary` for the passage itself
 * (`confidential passage:`, `end confidential passage`), found by a leak hunt: the passage was
 * published as prose.
 */
// (`Confidential section:`, `Confidential notes:` are the committee's own marks: withholding-marks.ts.)
const PASSAGE_NOUN = String.raw`(?:${GAP}(?:passage|text|block|summary|from${GAP}here))?`;
export const PASSAGE = new RegExp(String.raw`^(${LEAD})(summary|confidential|conf(?:id)?\.?(?=${LEAD}${COLON}))${PASSAGE_NOUN}${LEAD}${COLON}${LEAD}`, "i");
/** `CONFIDENTIAL`, `Confidential.`, `[Confidential]`, `Confidential – text`: the passage's line without its colon. */
// (Each run of white space belongs to the bracket before it: runs side by side around an
// optional bracket were tried split at every place. And the look back for a separator runs only
// before a character that shows: it ran at every place of a run of white space. Together they
// took time cubic in the run: 2,000 spaces, 3.4 s.)
// (A tab counts as a separator: `CONFIDENTIAL<tab>The bid ...` is a word processor's heading and
// its text, found by a leak hunt; but not where another tab follows on the line, as in a table's
// header row, `Confidential<tab>Public<tab>Total`, found by a review of false positives.)
export const PASSAGE_OTHERWISE = new RegExp(String.raw`^${LEAD}(?:\[${LEAD})?confidential${LEAD}(?:\]${LEAD})?(?:${OTHER_SEPARATOR}${LEAD})?(?=$|(?=\S)(?<=(?:${OTHER_SEPARATOR}|\t(?![^\t\r\n]*\t))${BLANK}*))`, "i");
export const END = new RegExp(String.raw`^${LEAD}end(?:${GAP}(summary|confidential))?${LEAD}$`, "i");
/** `End confidential.`: with a full stop, only where a line opens a paragraph (a wrapped `end.` is prose). */
// (The run after the mark belongs to it: two runs side by side around an optional mark were
// tried split at every place, quadratic in a long run of spaces before other text.)
export const END_OTHERWISE = new RegExp(String.raw`^${LEAD}end(?:${GAP}(summary|confidential)${PASSAGE_NOUN})?${LEAD}(?:[.:;]${LEAD})?$`, "i");
/**
 * `item 1 (continued): Staffing`, `Item 1 resumed: Staffing`: an item the meeting came back to,
 * with the word after its number (found by a leak hunt: as prose under the item before, it was
 * published whole though item 1 was classified).
 */
export const ITEM_CONTINUED = new RegExp(String.raw`^${LEAD}item${GAP}(\d{1,3}(?:\.\d{1,2})*[a-z]?)${GAP}\(?(continued|continuation|cont'?d\.?|cont\.?|ctd\.?|resumed|reconvened)\)?${LEAD}(?:${COLON}|[–—-](?=[ \t]))${LEAD}`, "i");
export const ITEM_WITH_COLON = new RegExp(String.raw`^${LEAD}item${GAP}([^\s:]*\d[^\s:]*?)${LEAD}${COLON}`, "i");
export const ITEM_OTHER_SEPARATOR = new RegExp(String.raw`^${LEAD}item${GAP}(\d+(?:(?:\.\d+)+|[a-z])?)${LEAD}[.)\-–—]${GAP}(?=\S)`, "i");
export const ITEM_NO_COLON = new RegExp(String.raw`^${LEAD}item${GAP}(\d+(?:(?:\.\d+)+|[a-z])?)${GAP}(?=\S)`, "i");
export const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
/**
 * `item 2 [PRIVATE]: Title`, `Item 2 (PRIVATE): Title`, `item [PRIVATE] 2: Title`: an item line with
 * its classification before the colon, which no item line is (found by a secretary's test: the
 * confidential item was read as prose of the item above, and published with it). Groups: the
 * number (either place), the bracket's word, the title.
 */
export const ITEM_LEVEL_BEFORE_COLON = new RegExp(
  String.raw`^${LEAD}item${GAP}(?:(\d+(?:(?:\.\d+)+|[a-z])?)${LEAD}[\[(]${LEAD}([A-Za-z]+)${LEAD}[\])]|[\[(]${LEAD}([A-Za-z]+)${LEAD}[\])]${LEAD}(\d+(?:(?:\.\d+)+|[a-z])?))${LEAD}${COLON}${LEAD}(.*?)${LEAD}$`,
  "i",
);
/** `Item Two: Title`: the number in words. */
export const ITEM_IN_WORDS = new RegExp(String.raw`^${LEAD}item${GAP}(${NUMBER_WORDS.join("|")})${LEAD}${COLON}`, "i");
/** A comment whose `//` stands after something other than spaces and tabs: it is prose, and published. */
export const COMMENT_OTHERWISE = new RegExp(String.raw`^${LEAD}//`);
/** `[Aa][Cc]...`: a word in any case, in an expression that must tell capitals apart elsewhere. */
export function anyCase(word: string): string {
  return [...word].map((c) => `[${c.toUpperCase()}${c}]`).join("");
}

/** An action's own start, `RT to`, `The DCC to`: one to four capitalised words, then `to` (`is to be closed` is prose). */
export const OWNER_THEN_VERB = String.raw`[A-Z][^\s]*(?:${GAP}[A-Z&][^\s]*){0,3}${GAP}to${BLANK}`;

/**
 * `Action TB1/01:`, `ACTION TB1/01:`, `action TB1/02 - text`, `action TB1/03 text`, `action TB1/04;
 * text`, `action TB 1/05: text`, `Update TB0/01:`, and `Action: text` (an action without its ID;
 * `Update: ...` is a common lead-in of prose).
 */
export const ACTION_OTHERWISE = new RegExp(
  // In any case, spelt out: the owner after the ID is told by its capitals (`RT to`, not `is to`).
  // An ID written with a space in it (`ARC 6/01`), and a semicolon after it
  // where the colon belongs, are slips of the same kind (found by a secretary's test).
  String.raw`^${LEAD}(${anyCase("action")}|${anyCase("update")})(?:${GAP}([A-Za-z]+${LEAD}\d+/\d+)${LEAD}(?:${COLON}|;|[\-–—]|(?<=${BLANK})(?=${OWNER_THEN_VERB}))|(?<=${anyCase("action")})${LEAD}${COLON})${LEAD}`,
);

/**
 * Whether the line from `at` to `end` may start, after white space, with a keyword in some
 * form: `item`, `summary`, `confidential`, `end`, `action`, `update`, `[confidential]` or `//`,
 * in any case, told by their first three characters; or with a character outside ASCII, which
 * may be a look-alike (`сonfidential:` with a Cyrillic `с`); or after something other than
 * spaces and tabs (a no-break space, a character that shows nothing). This runs on every line of
 * every paragraph: only the few lines it lets through are read further.
 */
export function mayStartKeyword(text: string, at: number, end: number, more?: ReadonlySet<number>): boolean {
  let i = at;
  while (i < end && isInvisible(text.charCodeAt(i))) i++;
  if (i > at && !isPlainIndent(text, at, i)) return true;
  if (i >= end) return false;
  const c = text.charCodeAt(i);
  if (c >= 0x80) return true;
  if (c === 0x2f) return text.charCodeAt(i + 1) === 0x2f;
  // A number or a letter of a numbered list (`(a) `, `2. `, `iii) `) may stand before a keyword.
  if (c === 0x28 || (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a)) {
    for (let k = i + 1; k < Math.min(end, i + 7); k++) {
      const m = text.charCodeAt(k);
      if (m === 0x29 || (m === 0x2e && c !== 0x28 && c < 0x61)) {
        const after = text.charCodeAt(k + 1);
        if (after === 32 || after === 9 || after === 0xa0) return true;
        break;
      }
    }
  }
  if (end - i < 3) return false;
  const c1 = text.charCodeAt(i + 1);
  const c2 = text.charCodeAt(i + 2);
  // A look-alike or a ligature may stand inside the word (`conﬁdential`, `сonfidential`).
  if (c1 >= 0x80 || c2 >= 0x80) return true;
  const start = ((c | 0x20) << 16) | ((c1 | 0x20) << 8) | (c2 | 0x20);
  return KEYWORD_STARTS.has(start) || (more !== undefined && more.has(start));
}

/**
 * Whether the line from `from` starts with a word of six to fourteen letters (or the digits typed
 * for them, `0` and `1`) and then a colon: a passage's opener may be misspelt in its first
 * letters, which `mayStartKeyword`'s test of the first three does not know (`cofidential:`,
 * `onfidential:`: found by a leak hunt). Asked of a paragraph's first line only, where an opener
 * is read (on every line it cost 2% of parse and check).
 */
export function wordThenColon(text: string, from: number, end: number): boolean {
  let k = from;
  const last = Math.min(end, from + 14);
  while (k < last) {
    const c = text.charCodeAt(k) | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x30 || c === 0x31)) break;
    k++;
  }
  if (k - from < 6) return false;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return text.charCodeAt(k) === 0x3a;
}

/** The first three characters of each word, in lower case, by code, as `mayStartKeyword` reads them. */
export function startsOf(words: readonly string[]): ReadonlySet<number> {
  return new Set(words.filter((w) => w.length >= 3).map((w) => w.toLowerCase()).map((w) => (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2)));
}

/** The first three characters of each keyword, in lower case, by code (`[` as `{`, which `| 0x20` makes it). */
export const KEYWORD_STARTS: ReadonlySet<number> = startsOf(["ite", "sum", "con", "end", "act", "upd", "{co", "c0n"]);

/** Whether the characters from `from` to `to` are spaces and tabs only. */
export function isPlainIndent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}


/** Where the line that holds `at` starts: just after the line break before it (`\n` or `\r`), or 0. */
export function lineStartAt(text: string, at: number): number {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return start;
}

/** Where the line from `from` ends: at its line break (a `\r` when the text has them), or at the end. */
export function nextBreak(text: string, from: number, carriageReturns: boolean): number {
  if (!carriageReturns) {
    const newline = text.indexOf("\n", from);
    return newline < 0 ? text.length : newline;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

export const NOT_ASCII = /[^\x00-\x7f]/;
/** Anything but printable ASCII, tabs and a word processor's breaks: what `fold` has to read. */
const NOT_PLAIN = /[^\t\v\f\x20-\x7e]/;

/** Letters that look like the Latin ones in the keywords: Cyrillic and Greek look-alikes. */
export const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  [..."аАсСеЕоОрРхХіІјЈѕЅтТкКмМнНвВ"].map((c, i) => [c, "aAcCeEoOpPxXiIjJsStTkKmMhHbB".charAt(i)] as const)
    .concat([..."οΟιΙαΑεΕτΤκΚμΜνΝ"].map((c, i) => [c, "oOiIaAeEtTkKmMvN".charAt(i)] as const)),
);

/**
 * The line as a reader sees it, for matching only: compatibility forms made plain (`ﬁ` is `fi`,
 * `：` is `:`), and look-alike letters made Latin. `origin[k]` is where the folded character `k`
 * came from, so that a match on the folded line is a range of the line as written.
 */
export function fold(line: string): { readonly text: string; readonly origin: readonly number[] | undefined } {
  // Most lines are plain ASCII: nothing to fold, and every character is where it was.
  if (!NOT_PLAIN.test(line)) return { text: line, origin: undefined };
  let text = "";
  const origin: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    // A character that shows nothing inside a word (`con\u00adfidential:`) is read past.
    const code = c.charCodeAt(0);
    const plain = isZeroWidth(code) ? "" : code < 0x80 ? c : (LOOK_ALIKES.get(c) ?? c.normalize("NFKC"));
    for (let k = 0; k < plain.length; k++) origin.push(i);
    text += plain;
  }
  origin.push(line.length);
  return { text, origin };
}

/** The characters that show nothing and take no room (soft hyphens, zero-width spaces and joiners, direction marks, byte order marks). */
function isZeroWidth(c: number): boolean {
  // (Control characters too: Word's optional hyphen, U+001F, stands inside a word.)
  return (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c === 0xad || c === 0x34f || c === 0x61c || (c >= 0x180b && c <= 0x180f) || (c >= 0x200b && c <= 0x200f) || (c >= 0x2060 && c <= 0x206f) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0xfeff;
}

/** Whether an `end` line that closes `kind` (`end`, `end confidential`) stands after `from`, before the next item line or passage. */
export function closedLater(text: string, from: number, kind: "confidential" | "summary"): boolean {
  CLOSER_OR_ITEM.lastIndex = from;
  const next = CLOSER_OR_ITEM.exec(text);
  // Group 1: what an `end` names; group 2: an item line or an opener, before which nothing closed this one.
  return next !== null && next[2] === undefined && (next[1] === undefined || next[1].toLowerCase() === kind);
}

/** The next `end` line (what it closes in group 1) or, in group 2, the next item line or passage opener (before which nothing closes this one). */
// (No two runs of blanks side by side: `[ \t]*[.]?[ \t]*` and `[ \t]+\S*[ \t]*` took time
// quadratic in a run of spaces before other text.)
export const CLOSER_OR_ITEM = /^[ \t]*(?:end(?:[ \t]+(confidential|summary))?[ \t]*(?:[.][ \t]*)?$|(item[ \t]+(?:\S+[ \t]*)?:|(?:confidential|summary)[ \t]*:))/gim;

/** The kind of the innermost passage open at `at` (`confidential` or `summary`), counting the keyword lines from the item's start; undefined when none is. */
export function openBefore(text: string, itemStart: number, at: number): "confidential" | "summary" | undefined {
  const open: ("confidential" | "summary")[] = [];
  PASSAGE_LINES.lastIndex = itemStart;
  for (let m = PASSAGE_LINES.exec(text); m && m.index < at; m = PASSAGE_LINES.exec(text)) {
    if (m[1]) open.push(m[1] as "confidential" | "summary");
    else open.pop();
  }
  return open.at(-1);
}

/** The lines that open (group 1) or close a passage, as the parser reads them. */
export const PASSAGE_LINES = /^[ \t]*(?:(confidential|summary)[ \t]*:[ \t]*$|end(?:[ \t]+(?:confidential|summary))?[ \t]*$)/gm;

/** A word one or two letters from a passage keyword (`confidental`, `summery`), not the keyword itself. */
export function nearKeyword(word: string, derived = false): "confidential" | "summary" | undefined {
  const written = word.toLowerCase();
  // `confidentiality`, where the line is plainly a passage's (`end confidentiality`, or an opener
  // alone on its line that such an end closes): found by the fifth leak hunt.
  if (derived && /^confidential[a-z]{1,4}$/.test(written)) return "confidential";
  // (A digit for the letter it looks like counts as that letter, not as a letter missed.)
  const lower = written.replace(/0/g, "o").replace(/1/g, "l");
  if (lower !== written && (lower === "confidential" || lower === "summary")) return lower;
  if (lower !== "confidential" && editDistance(lower, "confidential", 2) <= 2) return "confidential";
  if (lower !== "summary" && editDistance(lower, "summary", 1) <= 1) return "summary";
  return undefined;
}

/** A word of six to fourteen letters and a colon at the start of a line: `Confidental:`. */
// (A digit typed for a letter, `confidentia1:`, `c0nfidential:`, is a slip of the same kind: found by a leak hunt.)
export const MISSPELT_OPENER = new RegExp(String.raw`^${LEAD}([A-Za-z][A-Za-z01]{5,15})${LEAD}${COLON}${LEAD}`);
/** `end confidental`, `End Confidentail.` */
// (The run after the full stop belongs to it: two runs side by side around an optional mark took
// time quadratic in a run of spaces before other text, as `END_OTHERWISE`'s did.)
export const MISSPELT_END = new RegExp(String.raw`^${LEAD}end${GAP}([A-Za-z][A-Za-z01]{5,15})${LEAD}(?:[.]${LEAD})?$`, "i");

/** Whether the line ends with a configured level in square brackets (or, `parentheses` allowed, in round ones): `item 2 Title [RED]`. */
export function endsWithLevel(line: string, levels: ReadonlySet<string>, parentheses: boolean): boolean {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  const closer = line.charAt(end - 1);
  if (closer !== "]" && !(parentheses && closer === ")")) return false;
  // The bracket opens at the first opener after any other closer. (Read from the end: the
  // expression that said so, tried from every opener, took time quadratic in a run of them.)
  let open = -1;
  for (let i = end - 2; i >= 0; i--) {
    const c = line.charAt(i);
    if (c === "]" || (parentheses && c === ")")) break;
    if (c === "[" || (parentheses && c === "(")) open = i;
  }
  return open >= 0 && levels.has(line.slice(open + 1, end - 1).trim().toUpperCase());
}

/** `CONFIDENTIAL` or `[Confidential]` alone on its line, with a colon at most (`CONFIDENTIAL.` ends a sentence). */
export const ALONE_IN_CAPITALS_OR_BRACKETS = new RegExp(String.raw`^${LEAD}(?:CONFIDENTIAL|\[${LEAD}(?:[Cc]onfidential|CONFIDENTIAL)${LEAD}\])${LEAD}:?${LEAD}$`);
