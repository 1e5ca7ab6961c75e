import { tablesOf } from "../../config/derived.js";
import { proseShownFromRecordedItems } from "../../export/public-view.js";
import type { Prose } from "../../model/ast.js";
import { sentenceDecision } from "../../model/resolutions.js";
import { numberedMarkAt } from "../../syntax/tokens.js";
import { isWhiteSpace } from "../../text/trim.js";
import { isInvisible, isWordProcessorBreak } from "../../text/invisible.js";
import { replaceFix, type CheckContext } from "../context.js";
import { nextBreak } from "./keyword-shapes.js";
import type { People } from "../people.js";
import { attendeeNameWords, voteRecordIntruder } from "./vote-records.js";

/*
 * A paragraph runs to the next blank line, so a sentence typed on the line under a decision
 * (`- NOTED the timetable.` / `The CFO said the price is £12m.`) is part of that decision. In an
 * item recorded in the confidential minutes the decisions and actions are published, and the
 * sentence with them, though the secretary wrote it as discussion. Found by a secretary's test:
 * nothing was said, and the public minutes printed it; a second found it under an action ending
 * with its due date, and in a line starting with a figure or a post-meeting note. A line under one
 * that ends without a full stop is mostly the sentence wrapping; it is read as a new sentence only
 * when it plainly starts one (`newSentenceAfterUnstopped`), which a third secretary's test found
 * published: `AGREED to approve the budget` / `The Chair thanked members.`
 */

/**
 * A line that ends a sentence: `.`, `!` or `?`, and any closing quotes or brackets after it; or an
 * action's due date, `[due 2024-07-04]`, which ends its text.
 */
function endsSentence(line: string): boolean {
  // (Read from the end, not with an expression anchored there, which is tried at every position.)
  let at = line.length - 1;
  const last = line.charCodeAt(at);
  if (last === 93 || ((last === 46 || last === 59) && line.charCodeAt(at - 1) === 93)) {
    const open = line.lastIndexOf("[");
    if (open >= 0 && DUE.test(line.slice(open, open + 4))) return true;
  }
  // (Past closing marks, and characters that show nothing: Word's table-cell mark after a full stop.)
  while (at >= 0 && (CLOSING.includes(line.charAt(at)) || isInvisible(line.charCodeAt(at)))) at--;
  if (at < 0 || !".!?…".includes(line.charAt(at))) return false;
  // An abbreviation's full stop ends no sentence: a line wraps after `St.`, `Co.`, `No.`, `e.g.`,
  // `Mr T.` (found by a review of false positives).
  return !(line.charAt(at) === "." && ABBREVIATION.test(line.slice(Math.max(0, at - 12), at + 1)));
}

/** A word that ends with an abbreviation's full stop, at the end of a line: `St.`, `e.g.`, `approx.`, an initial `T.`. */
const ABBREVIATION = /(?:^|[\s(])(?:St|Co|No|Nos|Ltd|Mr|Mrs|Ms|Dr|Cllr|Rev|Revd|Prof|Inc|Corp|Bros|Jr|Sr|vs|cf|approx|e\.g|i\.e)\.$|(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Cllr|Prof|Rev|[A-Z]\.)\s+[A-Z]\.$/;

const CLOSING = `"'’”)]`;
/** A note in square brackets: `[Post-meeting note: ...]`, `[Note: ...]`. */
const NOTE_OPENER = String.raw`\[(?:[Pp]ost[- ][Mm]eeting\s+)?[Nn]ote\b`;
const DUE = /^\[due$/i;
/**
 * Whether a line under one that ends with a full stop goes on with its sentence: in lower case,
 * or after a dash or an ellipsis, when the full stop is an abbreviation's (`9 a.m.` / `and 5
 * p.m.`); a lettered point (`b. the precept ...`); a due date on its own line; or a line opened
 * by the same mark as the line above, a list of quotations or figures under an action's colon
 * (`> The Council confirms ...` / `> The Council thanks ...`). Any other line starts a sentence,
 * whatever it opens with (found by the fifth leak hunt: quotes, brackets, other scripts' capitals,
 * emoji and symbols before a sentence were read as its wrapping).
 */
function continuesAfterStop(above: string, line: string, twoAbove: string | undefined): boolean {
  if (SOFT_OPENER.test(line) && SOFT_STOP.test(above.trimEnd())) return true;
  if (LETTERED.test(line) || /^\[due\b/i.test(line)) return true;
  const mark = /^[^\p{L}\p{N}\s]+/u.exec(line)?.[0];
  return mark !== undefined && !/["'‘“„‚«‹»(*_\[{]/u.test(mark) && (above.startsWith(mark) || (twoAbove?.startsWith(mark) ?? false));
}

/**
 * Whether a line opens with an attendee named, by their name, a title and surname, or with
 * initials in brackets after a name, then a verb in the past: `Karen Lee said ...`, `Mrs Hart
 * explained ...`, `SECAS (KL) explained ...` (found by the fifth leak hunt, after an
 * abbreviation's full stop or a line with none).
 */
function speakerOpens(line: string, people: People): boolean {
  const m = SPEAKER.exec(line);
  if (!m) return false;
  if (m[2]) return people.withInitials(m[2]).length > 0;
  const names = attendeeNameWords(people);
  return m[1]!.split(/\s+/).every((word) => names.has(word));
}
const SPEAKER = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)(?:\s+\(([A-Z]{2,4}[a-z]?)\))?\s+(?:\p{Ll}{2,}ed|said|told|gave|took|felt|thought|spoke|wrote|saw|sought|heard|knew|brought|went|made|put|set)\b/u;

/** Whether a line ends with an abbreviation's full stop (`Acme Ltd.`, `St.`), which `endsSentence` does not take for a sentence's end. */
function abbreviationStop(line: string): boolean {
  return /\.["'’”)\]]*$/.test(line.trimEnd());
}

/**
 * After an abbreviation's full stop, a line that opens as sentences do and wrapped names do not
 * (found by the fifth leak hunt: `Acme Ltd.` / `A member noted that ...` was published): an
 * article and a word in lower case, a phrase that opens a sentence, or a name with initials in
 * brackets and a verb in the past (`SECAS (KL) explained`).
 */
const ABBREVIATION_THEN_SENTENCE = /^(?:(?:A|An)\s+\p{Ll}|(?:In|As|At|On|However|Although|Following|After|During|Some|Several|Each|All|One|Discussion|Concerns?)\b|[\p{Lu}][\w&’'-]*(?:\s+[\p{Lu}][\w&’'-]*)*\s+\([A-Z]{2,4}[a-z]?\)\s+\p{Ll}+(?:ed|said|told)\b)/u;

/** The openers that wrap a sentence as often after an abbreviation (`9 a.m.` / `and 5 p.m.`): a letter in lower case, a dash, an ellipsis. */
const SOFT_OPENER = /^(?:\p{Ll}|[—–…-]|\.\.\.)/u;
/** A lettered point (`b. the precept be set ...`, `ii) ...`): a list's entry, not a sentence. */
const LETTERED = /^(?:[a-z]|[ivx]{1,5})[.)]\s/;
/**
 * A line that ends with an abbreviation's full stop, after which a line in lower case wraps the
 * sentence (found by a review of false positives): a word with a full stop inside it (`a.m.`,
 * `p.a.`), one written in lower case or short (`etc.`, `viz.`, `plc.`, `ref.`, `Sept.`), or a
 * full stop inside quotation marks (`"Hartfield Together."`).
 */
const SOFT_STOP = /(?:(?:^|[\s(])(?:\p{L}+\.){2,}|(?:^|[\s(])(?:etc|viz|plc|approx|incl|excl|ref|refs|no|nos|para|paras|s|ss|vs|cf|al|yrs|mths|hrs|mins|est|max|min|fig|figs|vol|pp|ed|eds|co|ltd|inc|dept|govt|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|wk|wks|tel|ext|misc|insp|messrs|hon|esq)\.|\.["'’”])$/iu;


/**
 * The line of an action's first numbered point: its second line, or a later one that opens a
 * list (its first point, `(a)`, `1.`, `i)`, and the next point on a line below, in the action or
 * on the line just after it, `next`, where the lexer starts a list after a point that ends a
 * clause). A single number on a later line is a long sentence wrapped before a citation
 * (`section 100A` / `(4) of the Act`): found by a review of false positives, where every
 * re-wrapped action was blocked. -1 when there is none.
 */
function firstPoint(lines: readonly { readonly text: string }[], next: string): number {
  if (lines.length > 1 && numberedMarkAt(lines[1]!.text, 0) !== undefined) return 1;
  for (let k = 2; k < lines.length; k++) {
    const first = ordinalOf(lines[k]!.text);
    if (first === undefined || !["a", "i", "1"].includes(first)) continue;
    for (let j = k + 1; j < lines.length; j++) if (follows(first, ordinalOf(lines[j]!.text) ?? "")) return k;
    if (k === lines.length - 1 && follows(first, ordinalOf(next) ?? "")) return k;
  }
  return -1;
}

/** The line that starts just after `end`'s line break, without its break; empty after a blank line or at the end. */
function lineAfter(text: string, end: number): string {
  let at = end;
  if (text.charCodeAt(at) === 13) at++;
  if (text.charCodeAt(at) === 10) at++;
  if (at === end) return "";
  return text.slice(at, nextBreak(text, at, true));
}

/**
 * The ordinal of a numbered point that opens a line, in small letters (`(b)` → `b`, `2.` → `2`),
 * or undefined. The point as the lexer reads one, a no-break space after its mark too (found by
 * a leak hunt: `(a)` and a no-break space was read as the action's text, and not reported).
 */
function ordinalOf(line: string): string | undefined {
  return numberedMarkAt(line, 0)?.replace(/[^0-9A-Za-z]/g, "").toLowerCase();
}

/**
 * A list's mark as a word processor pastes it, which the language's lists do not have: a symbol
 * (`●`, `■`, `➢`, `o` and a tab), or an ordinal, `a.`, `ii.`, or `(a)` with no space after it
 * (found by a second leak hunt). Not the other ways a line may start with an ordinal or a
 * symbol: a review of false positives found them, under an action's colon, opening what the
 * public minutes are meant to print: initials (`A. Bennett`), a quoted statement (`> The
 * Council confirms ...`), figures (`1.1 WTE`, `+ 5%`, `> 4 hours`), references (`[1]`), the
 * options of a public consultation (`A)`, `B)`) and a report's recommendations (`I.`, `II.`).
 */
const PASTED_SYMBOL = /^(?:[●○■□➢➤►✓✔❖]|o(?=\t))[ \t\u00a0]+(?=\S)/;
const PASTED_ORDINAL = /^(?:([a-z]|[ivx]{1,4})\.[ \t\u00a0]+|\(([a-z]|[ivx]{1,4})\))(?=\S)/;

/** A pasted mark: its text, its form (the symbol, or how its ordinal is written), and the ordinal. */
interface PastedMark {
  readonly text: string;
  readonly form: string;
  /** A letter or a roman numeral, in small letters; undefined for a symbol. */
  readonly ordinal?: string;
}

/** The pasted mark that opens a line, if any. */
function pastedMark(line: string): PastedMark | undefined {
  const symbol = PASTED_SYMBOL.exec(line);
  if (symbol) return { text: symbol[0], form: symbol[0].trim() };
  const found = PASTED_ORDINAL.exec(line);
  if (!found) return undefined;
  const [text, small, bracketed] = found;
  return small ? { text, form: "a.", ordinal: small } : { text, form: "(a)", ordinal: bracketed! };
}

/**
 * The points from line `from` of an action that a word processor's pasted list marks, when they
 * are a list: at least two lines in a row, each opened by the same symbol (`●`), or by ordinals
 * written alike and in order, from the first (`a.`, `b.`; `i.`, `ii.`; `(a)`, `(b)`).
 * One line so opened is left as prose: `s. 172 of the Act`, `► Resources ► Guidance`, `● on
 * track, ○ at risk` (found by a review of false positives).
 */
function pastedList(lines: readonly Line[], from: number): { readonly line: Line; readonly mark: PastedMark }[] {
  const out: { line: Line; mark: PastedMark }[] = [];
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    const mark = pastedMark(line.text);
    if (!mark) break;
    const previous = out[out.length - 1]?.mark;
    if (previous && (previous.form !== mark.form || (mark.ordinal !== undefined && !follows(previous.ordinal, mark.ordinal)))) break;
    if (!previous && mark.ordinal !== undefined && mark.ordinal !== "a" && mark.ordinal !== "i") break;
    out.push({ line, mark });
  }
  return out.length >= 2 ? out : [];
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

/** Whether `next` comes after `previous` among the letters (`a`, `b`), the roman numerals (`i`, `ii`) or the numbers (`1`, `2`). */
function follows(previous: string | undefined, next: string): boolean {
  if (previous === undefined) return false;
  if (/^\d+$/.test(previous)) return Number(next) === Number(previous) + 1;
  const at = ROMANS.indexOf(previous);
  if (at >= 0 && ROMANS[at + 1] === next) return true;
  return previous.length === 1 && next.length === 1 && next.charCodeAt(0) === previous.charCodeAt(0) + 1;
}

/** What a wrapped sentence may end a line with: a mark that asks for more (a semicolon, only before a line in lower case). */
const ASKS_FOR_MORE = /[,:(&/–—-]$/;
/** The last word of a line (letters, or a figure: `£12m`, `2024`), without the closing marks after it; read from the end. */
function lastWordOf(line: string): string | undefined {
  let end = line.length;
  while (end > 0 && CLOSING.includes(line.charAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhiteSpace(line.charCodeAt(start - 1)) && !CLOSING.includes(line.charAt(start - 1))) start--;
  return start < end ? line.slice(start, end) : undefined;
}
/** Words that do not end a sentence: `made by` / `Acme Ltd ...` wraps. */
const WRAPPING_WORDS = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "to", "by", "for", "from", "with", "at", "in", "on", "into", "onto", "upon", "as", "than", "that", "which", "who", "whom", "whose", "whether", "if", "its", "their", "his", "her", "our", "this", "these", "those", "per", "via", "between", "under", "over", "about", "against", "including", "namely", "such", "be", "is", "are", "was", "were"]);
/**
 * Words a sentence opens with, which a sentence that wraps does not put at the start of a line:
 * after `notify` a line starts `Ofgem of the outcome.` (found by a review), not `The Chair ...`.
 */
const OPENERS = new RegExp(`^(?:["'‘“(*_]*(?:The|This|That|These|Those|It|He|She|They|We|There|Members?|Officers|Councillors|Mr|Mrs|Ms|Dr|Cllr|Councillor|In response)\\s|${NOTE_OPENER})`);
/**
 * An attendee's initials, then a verb in the past: `HS explained ...` (found by a secretary's
 * test), `KL said ...` (by a review).
 */
const INITIALS_THEN_VERB = /^([A-Z][A-Za-z'’]{1,4})\s+(?:[a-z]{3,}ed|said|told|gave|took|felt|thought|spoke|wrote|saw|sought|heard|knew|brought|went)\b/;

/**
 * Whether `line` plainly starts a sentence though the line above it ends without one: it opens
 * with a word that opens sentences (`The`, `It`, `Members`, `Officers`), or an attendee's initials
 * and a verb in the past (`HS explained`), not an organisation's name (`notify`
 * / `The DCC of the outcome.`), the line above ends with no mark that asks for more and no word
 * that wraps (`by`, `the`), and the sentence it starts ends (`ends`: on it or a line after it).
 */
function newSentenceAfterUnstopped(above: string, line: string, ends: boolean, organisations: readonly string[], people: People): boolean {
  if (!ends || ASKS_FOR_MORE.test(above)) return false;
  // `... Foundation Trust` / `Members at the Annual Members' Meeting.`: a name that wraps.
  if (/^(?:Members|Officers|Councillors)\s+(?:at|of|and|in|on|for|to|who|from|with)\b/.test(line) && /(?:^|\s)[A-Z][a-z]+$/.test(above)) return false;
  // (A semicolon ends a clause: a line under it that opens a sentence starts one.)
  const speaker = INITIALS_THEN_VERB.exec(line);
  if (!OPENERS.test(line) && !(speaker && people.withInitials(speaker[1]!).length > 0) && !speakerOpens(line, people)) return false;
  const last = lastWordOf(above);
  if (!last || WRAPPING_WORDS.has(last.toLowerCase())) return false;
  return !organisations.some((name) => line.startsWith(name) && !/[A-Za-z]/.test(line.charAt(name.length)));
}

/** A verb in capitals alone on its line, perhaps with an aside and a colon or a dash. */
const VERB_ALONE = /^\s*[A-Z]{4,}(?:\s*\([^()]{1,80}\)|\s+UNANIMOUSLY)?\s*[:–—-]?\s*$/;

/** `decision-runs-on`: a new sentence on a line of its own, run on into a decision or action the public minutes print. */
export function decisionRunsOn(context: CheckContext): void {
  const shown = proseShownFromRecordedItems(context.doc, context.config);
  if (shown.length === 0) return;
  const settings = { bodyNames: context.config.bodyNames, verbs: tablesOf(context.config).verbs };
  // The organisations' names and aliases a line may open with and still wrap (`The DCC`).
  const organisations = tablesOf(context.config).organisationNames.map((o) => o.name);
  const roleWords = tablesOf(context.config).roleWords;
  for (const { kind, prose, end, item, level } of shown) {
    const lines = linesOf(prose, end);
    // The last line that ends a sentence: a line before it starts a sentence that ends (read once,
    // not from each line: a decision of thousands of lines took seconds).
    let lastEnding = -1;
    for (let j = lines.length - 1; j >= 0 && lastEnding < 0; j--) if (endsSentence(lines[j]!.text)) lastEnding = j;
    // An action's points, numbered under a line without its colon (`KL to report on` / `(a) the
    // insolvency;`), are read as its text and printed whole; with the colon they are its
    // sub-tasks, withheld with the item (found by a review: they were published). The action's
    // line may wrap first (`... at its next meeting on the` / `following matters` / `(a) ...`:
    // found by a leak hunt, only the second line was read).
    // (Not after a word processor's line break: a colon there makes no sub-tasks, which start on a line of their own.)
    const point = kind === "action" ? firstPoint(lines, lineAfter(context.doc.text, prose.end)) : -1;
    if (point > 0 && !/:\s*$/.test(lines[point - 1]!.text) && !wordProcessorBreakBetween(context.doc.text, lines[point - 1]!.end, lines[point]!.start)) {
      const above = lines[point - 1]!;
      context.report(
        "decision-runs-on",
        "error",
        lines[point]!,
        `This line starts a numbered point under the action, and the line above it does not end with a colon: the points are read as the action's text and printed with it in the public minutes, though item ${item.number.text}${level ? `, classified ${level},` : ""} is recorded in the confidential minutes. ` +
          "If they are its sub-tasks, end the line above them with a colon, and they are withheld with the discussion.",
        { fixes: [{ title: "End the line above the points with a colon, so that they are the action's sub-tasks", edits: [{ range: { start: above.end, end: above.end }, newText: ":" }], certain: false }] },
      );
      continue;
    }
    // Sub-tasks under the colon, marked as a word processor pastes a list (`●`, `o` and a tab,
    // `a.`), which the language does not read as a list's marks: they are read as the action's
    // text and printed whole (found by a leak hunt). The colon may end a wrapped line of the action.
    const colon = kind === "action" ? lines.findIndex((line) => /:\s*$/.test(line.text)) : -1;
    const marks = colon >= 0 && lines.length > colon + 2 ? pastedList(lines, colon + 1) : [];
    const pasted = marks[0];
    if (pasted) {
      context.report(
        "decision-runs-on",
        "error",
        { start: pasted.line.start, end: pasted.line.start + pasted.mark.text.length },
        `\`${pasted.mark.text.trim()}\` marks a point under the action as a word processor pastes a list, which minutes do not read as a list's mark: the points are read as the action's text and printed with it in the public minutes, though item ${item.number.text}${level ? `, classified ${level},` : ""} is recorded in the confidential minutes. ` +
          "Mark them `-` or `(a)`, and they are its sub-tasks, withheld with the discussion.",
        { fixes: [{ title: "Mark the points `-`, so that they are the action's sub-tasks", edits: marks.map(({ line, mark }) => ({ range: { start: line.start, end: line.start + mark.text.length }, newText: "- " })), certain: false }] },
      );
      continue;
    }
    for (let k = 1; k < lines.length; k++) {
      const above = lines[k - 1]!;
      const line = lines[k]!;
      // `RESOLVED` (or `RESOLVED (unanimously) –`) alone on the decision's first line, over `That
      // ...`: the layout of a district council's minutes, one decision (found by a review).
      if (k === 1 && kind === "decision" && VERB_ALONE.test(above.text)) continue;
      const stopped = endsSentence(above.text);
      const startsSentence = stopped
        ? !continuesAfterStop(above.text, line.text, lines[k - 2]?.text)
        : abbreviationStop(above.text) && (ABBREVIATION_THEN_SENTENCE.test(line.text) || speakerOpens(line.text, context.people))
          ? true
          : newSentenceAfterUnstopped(above.text, line.text, k <= lastEnding, organisations, context.people);
      // After a word processor's line break, whatever stands there was on a line of its own as the
      // secretary saw it, and is printed with the decision here (found by a review: a list, a
      // comment, a sentence in lower case).
      const broken = wordProcessorBreakBetween(context.doc.text, above.end, line.start);
      if (!startsSentence && !broken) continue;
      // A record of the vote belongs to the decision: `Proposed by Cllr Hart, seconded by ...`,
      // `Carried: 4 for, 0 against.`, `(Carried unanimously.)` (found by a review of false positives).
      const intruder = broken ? undefined : voteRecordIntruder(line.text, context.people, roleWords);
      if (intruder === null) continue;
      // `The Panel AGREED ...` on the next line is a decision of its own, published either way.
      // (Not one whose verb follows `and`, which a confidential item withholds: found by a leak hunt.)
      const own = sentenceDecision(line.text, 0, settings);
      if (own && !own.coordinated) continue;
      const readAsPart = `so it is read as part of the ${kind} and printed with it in the public minutes, though item ${item.number.text}${level ? `, classified ${level},` : ""} is recorded in the confidential minutes.`;
      const an = kind === "action" ? "an action" : "a decision";
      const blankLine = blankLineAbove(broken, line);
      // `Playco Ltd.`, `Smith & Co.`: the last word, when the line ends with an abbreviation's full stop.
      const abbreviated = above.text.trimEnd().endsWith(".") ? (/\S+$/.exec(above.text.trimEnd())?.[0] ?? "") : "";
      const withheld = { title: "Leave a blank line above it, so that it is withheld with the discussion", edits: [blankLine], certain: false };
      const [message, fixes] = intruder !== undefined && startsSentence
        ? [
            // Found by a review of false positives: a record of the vote naming someone not in the list was told only that it starts a sentence.
            `This line reads as a record of the vote, and is printed with the ${kind} above it in the public minutes, though item ${item.number.text}${level ? `, classified ${level},` : ""} is recorded in the confidential minutes; so it may hold only the words of a vote, figures, titles, roles and the attendees' names, and \`${intruder}\` is none of them. If \`${intruder}\` is an attendee, add them to the attendee list; if the line says more than the vote, leave a blank line above it, and it is withheld with the discussion.`,
            [withheld],
          ]
        : !startsSentence
        ? [
            `This stands after a word processor's line break inside ${an}: the break ends no line here, ${readAsPart} Replace the break with a line break; if it is discussion, leave a blank line above it, and it is withheld with the discussion.`,
            [withheld],
          ]
        : !stopped && abbreviated
          ? [
              // Found by a secretary's test: the message said `Playco Ltd.` had no full stop.
              `The ${kind} above ends with \`${abbreviated}\`, whose full stop may be an abbreviation's, and this line starts a sentence of its own, ${readAsPart} If it is discussion, leave a blank line above this line, and it is withheld with the discussion; if it belongs to the ${kind}, join it to the line above.`,
              [
                // (The blank line alone: another full stop would write `Ltd..`.)
                { title: `Leave a blank line above this line, so that it is withheld with the discussion`, edits: [blankLine], certain: false },
                replaceFix("Join it to the line above", { start: above.end, end: line.start }, " ", false),
              ],
            ]
        : !stopped
          ? [
              `The ${kind} above ends without a full stop, and this line starts a sentence of its own, ${readAsPart} If it is discussion, end the ${kind} with a full stop and leave a blank line above this line, and it is withheld with the discussion; if it belongs to the ${kind}, join it to the line above.`,
              [
                { title: `End the ${kind} with a full stop, and leave a blank line above this line`, edits: [{ range: { start: above.end, end: above.end }, newText: "." }, blankLine], certain: false },
                replaceFix("Join it to the line above", { start: above.end, end: line.start }, " ", false),
              ],
            ]
          : [
              `This line starts a sentence of its own straight under ${an}, ${readAsPart} If it is discussion, leave a blank line above it, and it is withheld with the discussion; if it belongs to the ${kind}, join it to the line above.`,
              [withheld],
            ];
      context.report("decision-runs-on", "error", line, message, { fixes });
    }
  }
}

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The lines of `prose` up to `end` (as the secretary saw them: `endsLine`), each trimmed, as document ranges. A blank one (a comment
 * line, blanked in the prose, or one of characters that show nothing) is left out: the lines on either side of it still run on.
 * A line's text starts at its first character that shows; its range, at its first that is not white space.
 */
function linesOf(prose: Prose, end: number): Line[] {
  const out: Line[] = [];
  const text = prose.text;
  const stopAt = end - prose.start;
  for (let at = 0; at < stopAt; ) {
    let stop = at;
    while (stop < stopAt && !endsLine(text.charCodeAt(stop))) stop++;
    let first = at;
    let last = stop;
    while (first < last && isWhiteSpace(text.charCodeAt(first))) first++;
    while (last > first && isWhiteSpace(text.charCodeAt(last - 1))) last--;
    // The line is read from its first character that shows: a zero-width space or Word's
    // table-cell mark pasted before `The CFO said ...` hid the sentence (found by a leak hunt).
    let shows = first;
    while (shows < last && isInvisible(text.charCodeAt(shows))) shows++;
    if (last > shows) out.push({ text: text.slice(shows, last), start: prose.start + first, end: prose.start + last });
    at = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
  }
  return out;
}

/**
 * The edit that leaves a blank line above `line`: a line break before it, or, where the line
 * above ends with a word processor's line break (`broken`), two in its place (the break alone:
 * a comment line after it stays, found by a review).
 */
function blankLineAbove(broken: { at: number } | undefined, line: Line): { range: { start: number; end: number }; newText: string } {
  if (broken) return { range: { start: broken.at, end: broken.at + 1 }, newText: "\n\n" };
  return { range: { start: line.start, end: line.start }, newText: "\n" };
}

/** The word processor's line break between two lines, when no line feed or carriage return stands there. */
function wordProcessorBreakBetween(text: string, from: number, to: number): { at: number } | undefined {
  let found: number | undefined;
  for (let at = from; at < to; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13) return undefined;
    if (found === undefined && endsLine(c)) found = at;
  }
  return found === undefined ? undefined : { at: found };
}

/**
 * A line break, or one a word processor writes (U+000B, U+000C, U+0085, U+2028, U+2029): the
 * secretary saw a new line there, so a sentence after it starts a line here too (found by a
 * secretary's test: `AGREED to delegate.` Word's line break `The CFO noted ...` was published).
 */
function endsLine(c: number): boolean {
  return c === 10 || c === 13 || isWordProcessorBreak(c);
}
