import { tablesOf, normaliseName } from "../../config/derived.js";
import type { Document, Item, Paragraph } from "../../model/ast.js";
import { blocksOf } from "../../model/walk.js";
import { ADVERB_PATTERN } from "../../model/resolutions.js";
import { escapeRegExp } from "../../text/trim.js";
import type { CheckContext } from "../context.js";
import type { MinutesConfig } from "../../config/config.js";
import { keptFor, keptOnFor, KeptSlot } from "../../kept.js";

/*
 * `body-name-unknown`: a paragraph written as a decision of a body the settings do not name
 * (`The Council RESOLVED to accept the quote.`, `The Committee:` in minutes whose settings name
 * only `The Trust Board`). Capitals mark a decision only after one of `bodyNames`, so the
 * paragraph is read as discussion: no decision is recorded, and an item recorded in the
 * confidential minutes withholds it. Found by a secretary's test, in a parish council's first
 * minutes: every item was said to record no outcome, and the message spoke of "the Panel".
 */

/** A paragraph written as a decision of a body not among `bodyNames`, and that body's name as written. */
export interface UnnamedBody {
  readonly paragraph: Paragraph;
  /** As the settings would name it: `The Council`, also where the minutes write `the Council` after a lead-in. */
  readonly name: string;
  /** The name as written (`the Council`), and where it starts in the paragraph's prose. */
  readonly written: string;
  readonly at: number;
  readonly verb: string;
}

/** `The Council`, `The Finance Committee`, then an aside between commas, an adverb, and a configured verb in capitals (or a colon: a lead-in). */
function patternOf(config: MinutesConfig): RegExp {
  return keptFor(patterns, config, () => {
    const verbs = tablesOf(config).verbs.map(escapeRegExp).join("|") || "(?!)";
    // (A verb is no word of the name: `The Trustees RESOLVED:` is a lead-in with its verb.)
    // (`of`, `and`, `for` and `&` between its words: `The Board of Governors`, `The Audit and Risk
    // Committee`. As few words as will do, so that the verb after them is no word of the name.)
    const name = String.raw`The(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'’-]*){1,5}?`;
    return new RegExp(String.raw`^(${name})(?:\s*,[^,\n]{1,80},)?(?:\s+(?:${ADVERB_PATTERN}))?(?:\s+(${verbs})\b|\s*(:)\s*$)`);
  });
}
const patterns = new WeakMap<MinutesConfig, RegExp>();

/**
 * After a lead-in, as the body's own decisions are written (`Following discussion, the Council
 * RESOLVED to ...`, found by a secretary's test): in the first sentence, within as many
 * characters as the model reads a lead-in, a comma, then `the` and the name, and a verb.
 */
function afterLeadInPatternOf(config: MinutesConfig): RegExp {
  return keptFor(afterLeadInPatterns, config, () => {
    const verbs = tablesOf(config).verbs.map(escapeRegExp).join("|") || "(?!)";
    const name = String.raw`[Tt]he(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'’-]*){1,5}?`;
    return new RegExp(String.raw`^[^.!?;:\n]{1,200}?,\s*(${name})(?:\s+(?:${ADVERB_PATTERN}))?\s+(${verbs})\b`);
  });
}
const afterLeadInPatterns = new WeakMap<MinutesConfig, RegExp>();

/** Officers whose title ends a name written like a body's: `The Clerk`, `The Chief Executive`. */
const OFFICERS = new Set(["clerk", "chair", "chairman", "chairperson", "chairwoman", "treasurer", "secretary", "executive", "officer", "director", "manager", "head", "principal", "headteacher", "mayor", "president", "auditor", "solicitor", "registrar", "bursar", "governor", "trustee", "councillor", "member"]);

/**
 * Every paragraph of each item written as a decision of a body the settings do not name, kept
 * on the tree: `body-name-unknown` and `item-no-outcome` both ask.
 */
export function unnamedBodiesOf(doc: Document, config: MinutesConfig): readonly (readonly UnnamedBody[])[] {
  return keptOnFor(doc, UNNAMED, config, () => doc.items.map((item) => unnamedBodies(item, config)));
}
const UNNAMED = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: readonly (readonly UnnamedBody[])[] }>("unnamed bodies");

function unnamedBodies(item: Item, config: MinutesConfig): UnnamedBody[] {
  const tables = tablesOf(config);
  const pattern = patternOf(config);
  const afterLeadIn = afterLeadInPatternOf(config);
  const found: UnnamedBody[] = [];
  const consider = (paragraph: Paragraph | undefined, lead: boolean) => {
    if (!paragraph || paragraph.resolution) return;
    const text = paragraph.prose.text;
    let match: RegExpExecArray | null;
    let at = 0;
    if (text.startsWith("The ")) {
      match = pattern.exec(text);
      // A lead-in needs the list under it (`lead`); a colon after a name ends many a sentence.
      if (match?.[3] && !lead) return;
    } else {
      match = !lead && text.includes(", the ") ? afterLeadIn.exec(text) : null;
      if (match) at = match[0].length - match[0].slice(match[0].lastIndexOf(",") + 1).trimStart().length;
    }
    if (!match) return;
    const written = match[1]!;
    const name = `T${written.slice(1)}`;
    const bare = name.replace(/^The\s+/, "").toLowerCase();
    // The body itself, an organisation that agreed to something (`The DCC AGREED to ...`), or
    // an officer (`The Clerk NOTED that ...`, `The Chief Executive CONFIRMED ...`: found by a
    // review of false positives).
    if (tables.bodyNames.has(bare) || tables.organisationByName.has(normaliseName(name))) return;
    const last = bare.split(/\s+/).at(-1)!;
    if (tables.roleWords.has(last) || OFFICERS.has(last)) return;
    found.push({ paragraph, name, written, at, verb: match[2] ?? "" });
  };
  for (const block of blocksOf(item.blocks)) {
    if (block.kind === "paragraph") consider(block, false);
    else if (block.kind === "list" && !block.resolutions) consider(block.leadIn, true);
  }
  return found;
}

/** `body-name-unknown` (warning): see above. */
export function bodyNameUnknown(context: CheckContext): void {
  const names = context.config.bodyNames.map((b) => `\`${b}\``).join(", ");
  for (const found of unnamedBodiesOf(context.doc, context.config)) {
    for (const { paragraph, name, written: asWritten, at, verb } of found) {
      const start = paragraph.prose.start + at;
      const written = verb ? `\`${asWritten} ${verb}\` is written as a decision` : `\`${name}:\` is written as the lead-in of decisions`;
      const otherwise = verb ? `if it is another body, write \`${verb.toLowerCase()}\` in lower case` : "if it is another body, silence this line (`// minutes-disable-next-line body-name-unknown`)";
      context.report(
        "body-name-unknown",
        "warning",
        { start, end: start + asWritten.length },
        `${written}, but \`${name}\` is not among the body's names (${names || "none"}), so it is read as discussion: no decision is recorded, and an item recorded in the confidential minutes withholds it. ` +
          `If this is the body whose minutes these are, add \`"${name}"\` to \`bodyNames\` in minutes.config.json; ${otherwise}.`,
      );
    }
  }
}
