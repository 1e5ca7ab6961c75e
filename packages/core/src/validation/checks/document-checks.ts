import type { HeaderKey, Item } from "../../model/ast.js";
import { spanOf, type Range } from "../../text/range.js";
import { exampleDate, exampleYear } from "../example-dates.js";
import { formatLongDate, isNotYetFixed, looksLikeDate } from "../../model/dates.js";
import { isPartNumber, renumbered } from "../../model/line-readers.js";
import { tablesOf } from "../../config/derived.js";
import { blocksOf, proseOf } from "../../model/walk.js";
import { closest } from "../../text/similarity.js";
import type { Token } from "../../text/range.js";
import { replaceFix, type CheckContext } from "../context.js";

const REQUIRED: readonly HeaderKey[] = ["meeting", "number", "date"];

/** `header-missing-field`, `header-date-invalid`, `header-time-invalid`, `next-meeting-not-after`, `header-status-unknown`. */
export function header(context: CheckContext): void {
  const { header: h } = context.doc;
  const anchor = h.fields[0] ?? { start: 0, end: 0 };
  const examples: Record<string, string> = { meeting: "meeting: SEC Panel Meeting 77", number: "number: 77", date: `date: ${exampleYear(context.doc)}-02-14` };
  for (const key of REQUIRED) {
    if (h.fields.some((f) => f.key === key)) continue;
    context.report("header-missing-field", "error", anchor, `The header has no \`${key}:\` field; add a line such as \`${examples[key]}\`.`);
  }
  for (const [date, label] of [[h.date, "date"], [h.nextMeeting, "next meeting"]] as const) {
    if (date && !date.iso && !(label === "next meeting" && isNotYetFixed(date.text))) {
      context.report(
        "header-date-invalid",
        "error",
        date,
        looksLikeDate(date.text)
          ? `\`${date.text}\` is not a valid date: ${whyNotADate(date.text)}. Write \`${label}:\` as ${exampleDate(exampleYear(context.doc, date.text), 2, 14)}.`
          : `\`${label}:\` expects a date written ${exampleDate(exampleYear(context.doc, date.text), 2, 14)}; found \`${date.text}\`.`,
      );
    }
  }
  for (const [date, label] of [[h.date, "date"], [h.nextMeeting, "next meeting"]] as const) {
    const named = date?.iso ? weekdayWritten(date.text) : undefined;
    const actual = date?.iso ? WEEKDAYS[new Date(`${date.iso}T00:00:00Z`).getUTCDay()]! : undefined;
    if (date && named !== undefined && actual !== undefined && named !== actual) {
      context.report(
        "header-date-invalid",
        "error",
        date,
        `\`${label}:\` says ${capitalised(named)}, but ${formatLongDate(date.iso!)} is a ${capitalised(actual)}: one of them is wrong. Correct the day or the date.`,
      );
    }
  }
  // The start alone (`time: 6.30pm`) is a time as many minutes record it; a start and an end must be in order.
  const startOnly = h.time?.startTime !== undefined && h.time.endTime === undefined && !/[-–—]|\bto\b|\buntil\b/i.test(h.time.text);
  if (h.time && !startOnly && (!h.time.startTime || !h.time.endTime || h.time.startTime >= h.time.endTime)) {
    context.report(
      "header-time-invalid",
      "error",
      h.time,
      h.time.startTime && h.time.endTime
        ? h.time.startTime === h.time.endTime
          ? `The meeting starts and ends at ${h.time.startTime}: \`time:\` is a start before an end, as in \`10:00-13:00\`.`
          : `The meeting ends (${h.time.endTime}) before it starts (${h.time.startTime}): \`time:\` is the start, then the end, as in \`10:00-13:00\`.`
        : notATime(h.time.text) ?? `\`time:\` expects a start, or a start and an end, as in \`10:00\` or \`10:00-13:00\`; found \`${h.time.text}\`.`,
    );
  }
  if (h.date?.iso && h.nextMeeting?.iso && h.nextMeeting.iso <= h.date.iso) {
    context.report("next-meeting-not-after", "error", h.nextMeeting, `The next meeting (${h.nextMeeting.iso}) must come after this one (${h.date.iso}).`);
  }
  if (h.status && !/^(draft|final)$/i.test(h.status.text)) {
    context.report("header-status-unknown", "warning", h.status, `The document status is \`draft\` or \`final\`; found \`${h.status.text}\`.`);
  }
  if (h.classification) classification(context, h.classification, false);
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** The day of the week a date is written with (`Friday 14 February 2020`, `Fri, 14 Feb 2020`), in lower case, if any. */
function weekdayWritten(text: string): string | undefined {
  const word = /^([A-Za-z]+),?\s+\d/.exec(text.trim())?.[1]?.toLowerCase();
  return word && word.length >= 3 ? WEEKDAYS.find((d) => d.startsWith(word)) : undefined;
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Why a date-shaped text is not a date: the month, or the day, that does not exist. */
export function whyNotADate(text: string): string {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const long = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(text.trim());
  let month: number;
  let day: number;
  let year: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (iso[2]!.length !== 2 || iso[3]!.length !== 2) return "write the month and the day with two digits each";
  } else if (long) {
    const name = long[2]!.toLowerCase();
    month = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name))) + 1;
    if (month === 0) {
      const near = closest(name, MONTHS, 2)[0];
      return `\`${long[2]}\` is not the name of a month${near ? ` (did you mean \`${near.charAt(0).toUpperCase()}${near.slice(1)}\`?)` : ""}`;
    }
    [day, year] = [Number(long[1]), Number(long[3])];
  } else {
    return "check the day and the month";
  }
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const monthName = MONTHS[month - 1]!;
  return day < 1 || day > days ? `${monthName.charAt(0).toUpperCase()}${monthName.slice(1)} ${year} has no day ${day}` : "check the day and the month";
}

/** `25:00-26:00`: shaped like a time range, but a time in it is not a time of day. */
function notATime(text: string): string | undefined {
  const match = /^(\d{1,2}[:.]\d{2})\s*(?:-|–|—|to)\s*(\d{1,2}[:.]\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const bad = [match[1]!, match[2]!].find((t) => {
    const [h, m] = t.split(/[:.]/).map(Number) as [number, number];
    return h > 23 || m > 59;
  });
  return bad ? `\`${bad}\` is not a time of day: \`time:\` expects a start and an end on the 24-hour clock, as in \`10:00-13:00\`.` : undefined;
}

function classification(context: CheckContext, token: Token, allowConfidential: boolean): void {
  const levels = context.config.classification.levels;
  if (levels.includes(token.text) || (allowConfidential && token.text === "confidential")) return;
  const options = allowConfidential ? [...levels, "confidential"] : [...levels];
  const sameLetters = options.find((l) => l.toLowerCase() === token.text.toLowerCase());
  if (sameLetters) {
    // `[Amber]` is AMBER to the exports (they compare levels in any case): a slip of form only.
    context.report(
      "classification-unknown",
      "warning",
      token,
      `\`${token.text}\` is the level \`${sameLetters}\` written in another case; it is read as \`${sameLetters}\`. Write it as the settings do.`,
      { fixes: [replaceFix(`Change to \`${sameLetters}\``, token, sameLetters, true)] },
    );
    return;
  }
  const near = sameLetters ? [sameLetters] : closest(token.text.toUpperCase(), options.map((o) => o.toUpperCase()), 2).map((u) => options.find((o) => o.toUpperCase() === u)!);
  context.report(
    "classification-unknown",
    "error",
    token,
    `\`${token.text}\` is not a classification level: expected one of ${options.map((l) => `\`${l}\``).join(", ")}.` + (near[0] ? ` Did you mean \`${near[0]}\`?` : ""),
    { fixes: near.slice(0, 1).map((l) => replaceFix(`Change to \`${l}\``, token, l, true)) },
  );
}

/**
 * `item-numbering` and `classification-unknown` on items. Each item is compared with the one
 * before it as written, so the message is true of the text on the screen; the fix renumbers
 * every item 1, 2, 3 … in order, the same fix on every finding.
 */
export function items(context: CheckContext): void {
  // A part of an item (`3.1`, `3a`) is numbered under its item, and is not renumbered with them.
  const isPart = (item: Item) => item.number.value !== undefined && isPartNumber(item.number.text);
  const numbered = context.doc.items.filter((item) => item.number.value !== undefined && !isPart(item));
  // Parts take the new number of the item they belong to: the nearest whole item of their number
  // above them (or, for a part written first, below), as the classification a part inherits does
  // (`3.1` of item 3 renumbered 2 is `2.1`).
  const items = context.doc.items;
  // The first item's number starts the count: councils number their minutes through the year
  // (`item 31:` opens a meeting), found by a review of false positives.
  const base = numbered[0]?.number.value ?? 1;
  const newNumber = new Map<Item, number>();
  numbered.forEach((item, i) => newNumber.set(item, base + i));
  const owner = (index: number): Item | undefined => {
    const n = items[index]!.number.value;
    for (let i = index - 1; i >= 0; i--) if (!isPart(items[i]!) && items[i]!.number.value === n) return items[i];
    return items.find((item, i) => i > index && !isPart(item) && item.number.value === n);
  };
  const partsOf = new Map<Item, Item[]>();
  items.forEach((item, i) => {
    const whole = isPart(item) ? owner(i) : undefined;
    if (whole) partsOf.set(whole, [...(partsOf.get(whole) ?? []), item]);
  });
  /** The edits that give `whole` the number `to`, and its parts with it. */
  const renumbering = (whole: Item, to: number): { range: Range; newText: string }[] => [
    ...[renumbered(whole.number.text, to)].filter((written) => written !== whole.number.text).map((written) => ({ range: spanOf(whole.number), newText: written })),
    ...(partsOf.get(whole) ?? [])
      .map((part) => ({ range: spanOf(part.number), newText: renumbered(part.number.text, to) }))
      .filter((edit, i) => edit.newText !== partsOf.get(whole)![i]!.number.text),
  ];
  const edits = numbered.flatMap((item) => renumbering(item, newNumber.get(item)!)).sort((a, b) => a.range.start - b.range.start);
  const renumber = { title: `Renumber the items ${base} to ${base + numbered.length - 1} in order`, edits, certain: false };
  const wholeNumbers = new Set(numbered.map((w) => w.number.value!));
  let previous: number | undefined;
  for (const item of context.doc.items) {
    if (item.classification) classification(context, item.classification, true);
    const n = item.number.value;
    if (n === undefined) {
      // An item whose number cannot be read (a syntax error already) still takes a place.
      previous = (previous ?? 0) + 1;
      continue;
    }
    // `3.1` after item 3 (or after item 2, where there is no item 3 but its parts) is in its place.
    if (isPart(item)) {
      const wholeExists = wholeNumbers.has(n);
      if (n !== previous && (n !== (previous ?? 0) + 1 || wholeExists)) {
        // A part away from its item keeps its number (its classification goes by it): said, not renumbered.
        const where = previous === undefined ? "before any item" : `after item ${previous}`;
        context.report("item-numbering", "warning", item.number, `Item ${item.number.text} is a part of item ${n}, but stands ${where}: move it under item ${n}.`);
        continue;
      }
      previous = n;
      continue;
    }
    const expected = previous === undefined ? n : previous + 1;
    if (n !== expected) {
      // (A council's minute number is written with its year: `24/032`.)
      const as = (k: number) => renumbered(item.number.text, k);
      const skipped = n - expected === 1 ? `item ${as(expected)}` : `items ${as(expected)} to ${as(n - 1)}`;
      // (`previous` is known here: the first item sets the count.)
      const message =
        n === previous
          ? `Item ${as(n)} repeats the number of the item before it: items are numbered 1, 2, 3 … in order, so this one would be ${as(expected)}.`
          : n < previous!
            ? `Item ${as(n)} goes back: it follows item ${as(previous!)}, so it would be ${as(expected)}.`
            : `Item ${as(n)} skips ${skipped}: it follows item ${as(previous!)}, and items are numbered without gaps, so it would be ${as(expected)}.`;
      // The item's parts go with it, so that none is left under another item of the old number.
      const own = { title: `Renumber as item ${as(expected)}`, edits: renumbering(item, expected), certain: false };
      context.report("item-numbering", "warning", item.number, message, {
        fixes: [own, ...(renumber.edits.length > 1 ? [renumber] : [])],
      });
    }
    previous = n;
  }
}

/** `reference-malformed`: an identifier one slip away from a configured pattern (`MP0O81` for `MP081`). */
export function references(context: CheckContext): void {
  const patterns = tablesOf(context.config).references;
  if (patterns.length === 0) return;
  // The inline scanner reads references of capitals and digits (`MP081`); a committee's own
  // may hold slashes or hyphens (`P/23/1301`, `BP24-058`), which are looked for here, only
  // when a pattern has one.
  const separated = patterns.some((p) => /[/-]/.test(p.pattern));
  // A planning authority's references start with figures (`24/00871/FUL`): found by a review, a
  // slip in one (`24/0O955/OUT`) went unnamed. Only then are words starting with a figure read.
  const words = patterns.some((p) => STARTS_WITH_FIGURE.test(p.pattern)) ? SEPARATED_FROM_FIGURE : SEPARATED_REFERENCE;
  const seen = new Set<number>();
  const separatedIn = (text: string, offset: number) => {
    words.lastIndex = 0;
    for (let m = words.exec(text); m; m = words.exec(text)) {
      const start = offset + m.index;
      if (!DIGIT.test(m[0]) || seen.has(start)) continue;
      seen.add(start);
      checkReference(context, patterns, m[0], { start, end: start + m[0].length });
    }
  };
  for (const { prose } of proseOf(context.doc)) {
    for (const ref of prose.references) checkReference(context, patterns, ref.text, ref);
    if (separated) separatedIn(prose.text, prose.start);
  }
  if (!separated) return;
  // A title or a heading is prose only when the inline scanner finds a reference in it, which a
  // reference with slashes is not (`item 1: Papers (ARC/24/O2)`: found by a review).
  const text = context.doc.text;
  for (const item of context.doc.items) {
    separatedIn(text.slice(item.title.start, item.title.end), item.title.start);
    for (const block of blocksOf(item.blocks)) if (block.kind === "heading") separatedIn(text.slice(block.text.start, block.text.end), block.text.start);
  }
}

/**
 * A word of letters and digits in parts joined by slashes or hyphens, starting with a capital:
 * `P/23/13O1`, `BP24-O58`. (Each part follows its own separator, so the expression cannot
 * backtrack; those without a digit are passed over.)
 */
const SEPARATED_REFERENCE = /\b[A-Z][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)+\b/g;
/** The same, starting with a capital or a figure. */
const SEPARATED_FROM_FIGURE = /\b[A-Z0-9][A-Za-z0-9]*(?:[/-][A-Za-z0-9]+)+\b/g;
/** A pattern that starts with a figure: `\d`, `[0-9]`, `(\d`, `2`. */
const STARTS_WITH_FIGURE = /^\(?(?:\\d|\[0-9|\d)/;

const DIGIT = /[0-9]/;

function checkReference(context: CheckContext, patterns: ReturnType<typeof tablesOf>["references"], text: string, range: Range): void {
  // A reference is short: a longer word is not one, and its corrections cost time in its length squared.
  if (text.length > 40 || patterns.some((p) => p.regex.test(text))) return;
  for (const candidate of corrections(text)) {
    const match = patterns.find((p) => p.regex.test(candidate.text));
    if (!match) continue;
    context.report(
      "reference-malformed",
      "error",
      range,
      `\`${text}\` is not a well-formed ${match.name} reference: ${candidate.why}. Did you mean \`${candidate.text}\`?`,
      { fixes: [replaceFix(`Change \`${text}\` to \`${candidate.text}\``, range, candidate.text, true)] },
    );
    return;
  }
}

/** Two letters that may stand for digits (O, o, l, I): only then can several slips be corrected at once. */
const SLIPS = /[OolI][^OolI]*[OolI]/;

/** The slips text recovery and typing make in identifiers: a stray letter O, an O for a zero, an l or I for a one. */
function corrections(text: string): { text: string; why: string }[] {
  const out: { text: string; why: string }[] = [];
  // Several slips at once (`P/24/Ol12`): every O next to a digit read as a zero, every l or I as a one.
  if (SLIPS.test(text)) {
    const all = text.replace(/[OolI](?=[0-9OolI]*[0-9])|(?<=[0-9])[OolI]/g, (c) => (c === "O" || c === "o" ? "0" : "1"));
    if (all !== text && [...text].filter((c, i) => c !== all.charAt(i)).length > 1) out.push({ text: all, why: "letters where digits belong" });
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "O") {
      out.push({ text: text.slice(0, i) + text.slice(i + 1), why: "a stray letter O among the digits" });
      out.push({ text: text.slice(0, i) + "0" + text.slice(i + 1), why: "the letter O where a zero belongs" });
    } else if (c === "I" || c === "l") {
      out.push({ text: text.slice(0, i) + "1" + text.slice(i + 1), why: `the letter ${c} where a one belongs` });
    }
  }
  return out;
}
