import { tablesOf } from "../../config/derived.js";
import { proseShownFromRecordedItems } from "../../export/public-view.js";
import type { Prose } from "../../model/ast.js";
import { inlineResolution } from "../../model/resolutions.js";
import { CAPITAL } from "../../text/letters.js";
import { isWhiteSpace } from "../../text/trim.js";
import { replaceFix, type CheckContext } from "../context.js";

/*
 * A paragraph runs to the next blank line, so a sentence typed on the line under a decision
 * (`- NOTED the timetable.` / `The CFO said the price is £12m.`) is part of that decision. In an
 * item recorded in the confidential minutes the decisions and actions are published, and the
 * sentence with them, though the secretary wrote it as discussion. Found by a secretary's test:
 * nothing was said, and the public minutes printed it; a second found it under an action ending
 * with its due date, and in a line starting with a figure or a post-meeting note. A line under one
 * that ends without a full stop is read as the sentence wrapping, and is not reported.
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
  while (at >= 0 && CLOSING.includes(line.charAt(at))) at--;
  return at >= 0 && ".!?".includes(line.charAt(at));
}

const CLOSING = `"'’”)]`;
const DUE = /^\[due$/i;
/**
 * A line that starts a sentence: a capital, after any opening quote or bracket; a figure
 * (`£85,000 was ...`, `85 per cent ...`); or a post-meeting note, `[Post-meeting note: ...]`.
 */
const STARTS_SENTENCE = new RegExp(`^(?:["'‘“(]?[${CAPITAL}]|[£$€]?\\d|\\[[Pp]ost[- ]meeting)`);

/** `decision-runs-on`: a new sentence on a line of its own, run on into a decision or action the public minutes print. */
export function decisionRunsOn(context: CheckContext): void {
  const shown = proseShownFromRecordedItems(context.doc, context.config);
  if (shown.length === 0) return;
  const settings = { bodyNames: context.config.bodyNames, verbs: tablesOf(context.config).verbs };
  for (const { kind, prose, end, item, level } of shown) {
    const lines = linesOf(prose, end);
    for (let k = 1; k < lines.length; k++) {
      const above = lines[k - 1]!;
      const line = lines[k]!;
      if (!endsSentence(above.text) || !STARTS_SENTENCE.test(line.text)) continue;
      // `The Panel AGREED ...` on the next line is a decision of its own, published either way.
      if (inlineResolution(asProse(line.text), settings)) continue;
      context.report(
        "decision-runs-on",
        "error",
        line,
        `This line starts a sentence of its own straight under ${kind === "action" ? "an action" : "a decision"}, so it is read as part of the ${kind} and printed with it in the public minutes, though item ${item.number.text}${level ? `, classified ${level},` : ""} is recorded in the confidential minutes. ` +
          `If it is discussion, leave a blank line above it, and it is withheld with the discussion; if it belongs to the ${kind}, join it to the line above.`,
        { fixes: [replaceFix("Leave a blank line above it, so that it is withheld with the discussion", { start: line.start, end: line.start }, "\n", false)] },
      );
    }
  }
}

interface Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The lines of `prose` up to `end`, each trimmed, as document ranges. A blank one (a comment
 * line, blanked in the prose) is left out: the lines on either side of it still run on.
 */
function linesOf(prose: Prose, end: number): Line[] {
  const out: Line[] = [];
  const text = prose.text;
  const stopAt = end - prose.start;
  for (let at = 0; at < stopAt; ) {
    let stop = at;
    while (stop < stopAt && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
    let first = at;
    let last = stop;
    while (first < last && isWhiteSpace(text.charCodeAt(first))) first++;
    while (last > first && isWhiteSpace(text.charCodeAt(last - 1))) last--;
    if (last > first) out.push({ text: text.slice(first, last), start: prose.start + first, end: prose.start + last });
    at = stop + (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10 ? 2 : 1);
  }
  return out;
}

const NONE: readonly never[] = [];

/** A line on its own, as prose, to ask whether it would be a decision of its own. */
function asProse(text: string): Prose {
  return { text, start: 0, end: text.length, initials: NONE, names: NONE, actionRefs: NONE, references: NONE, notes: NONE };
}
