import type { DateValue, TimeRange } from "./ast.js";
import type { Token } from "../text/range.js";

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** `2020-02-14` or `14 February 2020` (also `14 Feb 2020`): the two ways minutes write dates. */
export function readDate(token: Token): DateValue {
  return { text: token.text, value: token.value, start: token.start, end: token.end, iso: isoDate(token.text) };
}

/**
 * A time written after a date (`Tuesday 9 April 2024 at 7.30pm`, `14 February 2020, 10:00`): a
 * time has minutes or `am`/`pm`, so a year is never taken for one.
 */
const TIME_AFTER_DATE = /(?:\s+at\s+|\s*,\s*|\s+)(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[:.]\d{2})$/i;

/** The time written after a date, with what joins them (` at 7.30pm`), or "". */
export function timeAfterDate(text: string): string {
  const trimmed = text.trim();
  // Only the end of the text can hold it: the expression is tried on its last characters, so
  // that a long run of spaces in a date costs no more than a short one.
  const tail = trimmed.slice(-TIME_TAIL);
  const match = TIME_AFTER_DATE.exec(tail);
  if (!match) return "";
  const before = trimmed.slice(0, trimmed.length - match[0].length);
  return /(?:^\d{4}-\d{2}-\d{2}|\d{4})$/.test(before) ? match[0] : "";
}

/** Longer than any time written after a date (` at 11.15 a.m.`). */
const TIME_TAIL = 24;

/**
 * What a date is followed by: a time (` at 7.30pm`), or a remark after a comma, `at`, a dash between
 * spaces or in brackets (`Thursday 4 July 2024, 7.30pm, Village Hall`, `Tuesday 11 June 2024 –
 * 7.30pm`, `11 June 2024 (Annual Meeting)`, as `next meeting:` is often written: found by reviews
 * of false positives), or "".
 */
export function afterDate(text: string): string {
  const trimmed = text.trim();
  const time = timeAfterDate(trimmed);
  if (time) return time;
  const head = DATE_THEN_REMARK.exec(trimmed);
  return head ? trimmed.slice(head[0].length) : "";
}
const DATE_THEN_REMARK = /^(?:\d{4}-\d{2}-\d{2}|(?:[A-Za-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?\s+\d{4})(?=(?:\s*,\s*|\s+at\s+|\s+[-–—]\s+|\s*(?=\())\S)/;

/** `next meeting: TBC`, `to be confirmed`, `Date to be arranged`: a next meeting not yet fixed. */
export function isNotYetFixed(text: string): boolean {
  return /^(?:(?:date\s+)?(?:tbc|tba|tbd|to be (?:confirmed|arranged|agreed|decided|determined|fixed|advised)))\.?$/i.test(text.trim());
}

export function isoDate(text: string): string | undefined {
  const written = text.trim();
  const trimmed = written.slice(0, written.length - afterDate(written).length);
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    // (A month abbreviated with its full stop: `15 Nov. 2023`, found by a review.)
    const long = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(trimmed);
    if (!long) return undefined;
    day = Number(long[1]);
    const name = long[2]!.toLowerCase();
    month = MONTHS.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name))) + 1;
    year = Number(long[3]);
    if (month === 0) return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year.toString().padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

/** Whether the text looks like an attempt at a date, so a checker can say "not a real date". */
export function looksLikeDate(text: string): boolean {
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(text.trim()) || /^\d{1,2}\s+[A-Za-z]+\s+\d{4}$/.test(text.trim());
}

/** A time of day: `10:00`, `10.00`, `7.30pm`, `7 pm`, `11.15 a.m.`, `14:00hrs`, `12 noon`, `midday`. */
const TIME = String.raw`(?:12\s*)?(?:noon|midday)|\d{1,2}(?:[:.]?\d{2})?(?:\s*[ap]\.?m\.?|\s*hrs?)?`;
const TIME_RANGE = new RegExp(`^(${TIME})(?:\\s*(?:-|–|—|to|until)\\s*(${TIME}))?$`, "i");

/**
 * `10:00-13:00`, `10:00 - 13:00`, `10:00–13:00`, `7.30pm-9.05pm`, `7pm to 9pm`, `10am–12 noon`;
 * or the start alone (`6.30pm`), as many minutes record it (found by a review of false positives).
 */
export function readTime(token: Token): TimeRange {
  const match = TIME_RANGE.exec(token.text.trim());
  return {
    text: token.text,
    value: token.value,
    start: token.start, end: token.end,
    startTime: match ? normaliseTime(match[1]!) : undefined,
    endTime: match?.[2] !== undefined ? normaliseTime(match[2]) : undefined,
  };
}

/** A time as `HH:MM` on the 24-hour clock, or undefined when it is none (`25:00`, `13pm`, `10` with neither minutes nor am/pm). */
function normaliseTime(text: string): string | undefined {
  if (/^(?:12\s*)?(?:noon|midday)$/i.test(text.trim())) return "12:00";
  // `14:00hrs`, `1400hrs`: the 24-hour clock, said so.
  const hours = /^(\d{1,2})[:.]?(\d{2})\s*hrs?$/i.exec(text.trim());
  if (hours) return Number(hours[1]) > 23 || Number(hours[2]) > 59 ? undefined : `${pad(Number(hours[1]))}:${hours[2]}`;
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?m\.?)?$/i.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  let h = Number(match[1]);
  const m = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (half) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half === "p" ? 12 : 0);
  }
  if (h > 23 || m > 59) return undefined;
  return `${pad(h)}:${pad(m)}`;
}

function pad(n: number): string {
  return n.toString().padStart(2, "0");
}

/** `14 February 2020`, the way published minutes print a date. */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = MONTHS[m - 1]!;
  return `${d} ${month[0]!.toUpperCase()}${month.slice(1)} ${y}`;
}
