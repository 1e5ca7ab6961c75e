import type { HeaderKey } from "../../model/ast.js";
import { looksLikeDate } from "../../model/dates.js";
import { proseOf } from "../../model/walk.js";
import { closest } from "../../text/similarity.js";
import type { Token } from "../../text/range.js";
import { replaceFix, type CheckContext } from "../context.js";

const REQUIRED: readonly HeaderKey[] = ["meeting", "number", "date"];

/** `header-missing-field`, `header-date-invalid`, `header-time-invalid`, `next-meeting-not-after`, `header-status-unknown`. */
export function header(context: CheckContext): void {
  const { header: h } = context.doc;
  const present = new Set(h.fields.filter((f) => f.value.text.length > 0).map((f) => f.key));
  const anchor = h.fields[0]?.range ?? { start: 0, end: 0 };
  const examples: Record<string, string> = { meeting: "meeting: SEC Panel Meeting 77", number: "number: 77", date: "date: 2020-02-14" };
  for (const key of REQUIRED) {
    if (present.has(key) || h.fields.some((f) => f.key === key)) continue;
    context.report("header-missing-field", "error", anchor, `The header has no \`${key}:\` field; add a line such as \`${examples[key]}\`.`);
  }
  for (const [date, label] of [[h.date, "date"], [h.nextMeeting, "next meeting"]] as const) {
    if (date && !date.iso) {
      context.report(
        "header-date-invalid",
        "error",
        date.range,
        looksLikeDate(date.text)
          ? `\`${date.text}\` is not a real date (check the day and the month).`
          : `\`${label}:\` expects a date written \`2020-02-14\` or \`14 February 2020\`; found \`${date.text}\`.`,
      );
    }
  }
  if (h.time && (!h.time.startTime || !h.time.endTime || h.time.startTime >= h.time.endTime)) {
    context.report(
      "header-time-invalid",
      "error",
      h.time.range,
      h.time.startTime && h.time.endTime
        ? `The meeting ends (${h.time.endTime}) before it starts (${h.time.startTime}).`
        : `\`time:\` expects a start and an end, as in \`10:00-13:00\`; found \`${h.time.text}\`.`,
    );
  }
  if (h.date?.iso && h.nextMeeting?.iso && h.nextMeeting.iso <= h.date.iso) {
    context.report("next-meeting-not-after", "error", h.nextMeeting.range, `The next meeting (${h.nextMeeting.iso}) must come after this one (${h.date.iso}).`);
  }
  if (h.status && !/^(draft|final)$/i.test(h.status.text)) {
    context.report("header-status-unknown", "warning", h.status.range, `The document status is \`draft\` or \`final\`; found \`${h.status.text}\`.`);
  }
  if (h.classification) classification(context, h.classification, false);
}

function classification(context: CheckContext, token: Token, allowConfidential: boolean): void {
  const levels = context.config.classification.levels;
  if (levels.includes(token.text) || (allowConfidential && token.text === "confidential")) return;
  const options = allowConfidential ? [...levels, "confidential"] : [...levels];
  const sameLetters = options.find((l) => l.toLowerCase() === token.text.toLowerCase());
  const near = sameLetters ? [sameLetters] : closest(token.text.toUpperCase(), options.map((o) => o.toUpperCase()), 2).map((u) => options.find((o) => o.toUpperCase() === u)!);
  context.report(
    "classification-unknown",
    "error",
    token.range,
    `\`${token.text}\` is not a classification level: expected one of ${options.map((l) => `\`${l}\``).join(", ")}.` + (near[0] ? ` Did you mean \`${near[0]}\`?` : ""),
    { fixes: near.slice(0, 1).map((l) => replaceFix(`Change to \`${l}\``, token.range, l, true)) },
  );
}

/** `item-numbering` and `classification-unknown` on items. */
export function items(context: CheckContext): void {
  let expected = 1;
  for (const item of context.doc.items) {
    if (item.classification) classification(context, item.classification, true);
    const n = item.number.value;
    if (n === undefined) continue;
    if (n !== expected) {
      context.report(
        "item-numbering",
        "warning",
        item.number.range,
        n < expected
          ? `Item ${n} repeats or goes back: the item before it is ${expected - 1}, so this one would be ${expected}.`
          : `Item ${n} skips ${expected === n - 1 ? `item ${expected}` : `items ${expected} to ${n - 1}`}: items are numbered without gaps.`,
        { fixes: [replaceFix(`Renumber as item ${expected}`, item.number.range, String(expected), false)] },
      );
    }
    expected = Math.max(expected, n) + 1;
  }
}

/** `reference-malformed`: an identifier one slip away from a configured pattern (`MP0O81` for `MP081`). */
export function references(context: CheckContext): void {
  const patterns = context.config.references.map((r) => ({ ...r, regex: new RegExp(`^(?:${r.pattern})$`) }));
  if (patterns.length === 0) return;
  for (const { prose } of proseOf(context.doc)) {
    for (const ref of prose.references) {
      if (patterns.some((p) => p.regex.test(ref.text))) continue;
      for (const candidate of corrections(ref.text)) {
        const match = patterns.find((p) => p.regex.test(candidate.text));
        if (!match) continue;
        context.report(
          "reference-malformed",
          "error",
          ref.range,
          `\`${ref.text}\` is not a well-formed ${match.name} reference: ${candidate.why}. Did you mean \`${candidate.text}\`?`,
          { fixes: [replaceFix(`Change \`${ref.text}\` to \`${candidate.text}\``, ref.range, candidate.text, true)] },
        );
        break;
      }
    }
  }
}

/** The slips text recovery and typing make in identifiers: a stray letter O, an O for a zero, an l or I for a one. */
function corrections(text: string): { text: string; why: string }[] {
  const out: { text: string; why: string }[] = [];
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
