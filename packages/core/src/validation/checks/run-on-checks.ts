import { tablesOf } from "../../config/derived.js";
import { proseShownFromRecordedItems } from "../../export/public-view.js";
import type { Prose } from "../../model/ast.js";
import { inlineResolution } from "../../model/resolutions.js";
import { CAPITAL } from "../../text/letters.js";
import { commonLineEnd } from "../../text/line-ends.js";
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
const ENDS_SENTENCE = /(?:[.!?]["'’”)\]]*|\[due\b[^\]]*\][.;]?)$/i;
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
  const lineEnd = commonLineEnd(context.doc.text);
  for (const { kind, prose, end, item } of shown) {
    const lines = linesOf(prose, end);
    for (let k = 1; k < lines.length; k++) {
      const above = lines[k - 1]!;
      const line = lines[k]!;
      if (!ENDS_SENTENCE.test(above.text) || !STARTS_SENTENCE.test(line.text)) continue;
      // `The Panel AGREED ...` on the next line is a decision of its own, published either way.
      if (inlineResolution(asProse(line.text), settings)) continue;
      context.report(
        "decision-runs-on",
        "error",
        line,
        `This line starts a sentence of its own straight under ${kind === "action" ? "an action" : "a decision"}, so it is read as part of the ${kind} and printed with it in the public minutes, though item ${item.number.text} is recorded in the confidential minutes. ` +
          `If it is discussion, leave a blank line above it, and it is withheld with the discussion; if it belongs to the ${kind}, join it to the line above.`,
        { fixes: [replaceFix("Leave a blank line above it, so that it is withheld with the discussion", { start: line.start, end: line.start }, lineEnd, false)] },
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
  const text = prose.text.slice(0, end - prose.start);
  const breaks = /\r\n|\r|\n/g;
  let at = 0;
  for (let match = breaks.exec(text); ; match = breaks.exec(text)) {
    const stop = match ? match.index : text.length;
    const raw = text.slice(at, stop);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) out.push({ text: trimmed, start: prose.start + at + lead, end: prose.start + at + lead + trimmed.length });
    if (!match) return out;
    at = match.index + match[0].length;
  }
}

const NONE: readonly never[] = [];

/** A line on its own, as prose, to ask whether it would be a decision of its own. */
function asProse(text: string): Prose {
  return { text, start: 0, end: text.length, initials: NONE, names: NONE, actionRefs: NONE, references: NONE, notes: NONE };
}
