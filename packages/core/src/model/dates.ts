import type { DateValue, TimeRange } from "./ast.js";
import type { Token } from "../text/range.js";

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** `2020-02-14` or `14 February 2020` (also `14 Feb 2020`): the two ways minutes write dates. */
export function readDate(token: Token): DateValue {
  return { text: token.text, value: token.value, range: token.range, iso: isoDate(token.text) };
}

export function isoDate(text: string): string | undefined {
  const trimmed = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    const long = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})$/.exec(trimmed);
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

/** `10:00-13:00`, `10:00 - 13:00`, `10:00–13:00`. */
export function readTime(token: Token): TimeRange {
  const match = /^(\d{1,2}[:.]\d{2})\s*(?:-|–|—|to)\s*(\d{1,2}[:.]\d{2})$/.exec(token.text.trim());
  return {
    text: token.text,
    value: token.value,
    range: token.range,
    startTime: match ? normaliseTime(match[1]!) : undefined,
    endTime: match ? normaliseTime(match[2]!) : undefined,
  };
}

function normaliseTime(text: string): string | undefined {
  const [h, m] = text.split(/[:.]/).map(Number) as [number, number];
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
