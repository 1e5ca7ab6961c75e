import type { Block, Item } from "../../model/ast.js";
import { hasPublicVersion, publicItems } from "../../export/public-view.js";
import { startsKeywordLine } from "../../syntax/tokens.js";
import type { CheckContext } from "../context.js";
import { startsListEntry } from "../../syntax/bullets.js";
import { lineStartAt, nextBreak } from "./keyword-shapes.js";

/*
 * `keyword-in-sentence`: an item or action line straight under a line of prose that does not end
 * its sentence, as a secretary's text wraps (`... considered at the next meeting under` / `item 3:
 * the Clerk had lodged a grievance.`). The language reads a keyword wherever a line starts with
 * one, so the rest of the sentence starts an item or an action. Reported where that publishes
 * what was meant to be withheld (found by a secretary's test): an item that is not classified
 * starting inside a confidential one, whose text from there on is printed; an action line in a
 * confidential item, whose actions the public minutes print. An error the public export refuses.
 */

export function keywordsInSentences(context: CheckContext): void {
  const { doc, config } = context;
  if (!hasPublicVersion(doc, config)) return;
  const published = new Set<Item>(publicItems(doc, config));
  for (let i = 1; i < doc.items.length; i++) {
    const item = doc.items[i]!;
    const above = doc.items[i - 1]!;
    if (!published.has(item)) continue;
    if (!published.has(above)) {
      report(context, item.start, `item ${item.number.text}`, `item ${item.number.text} starts here and is not classified, so it and all that follows it are published, though they stand in confidential item ${above.number.text}`, "the item");
    } else if (endsInOpenPassage(above)) {
      // A passage left open runs to its item's end, so the wrapped line ends it (found by a leak
      // hunt: the rest of the sentence was published as the next item's title).
      report(context, item.start, `item ${item.number.text}`, `item ${item.number.text} starts here, which ends the \`confidential:\` passage above that no \`end confidential\` closes, so it and all that follows it are published`, "the item");
    }
  }
  // `next meeting:` is a field of the header wherever it stands, printed at the head of the
  // public minutes: a wrapped one in a confidential item or passage publishes the rest of its
  // sentence (found by a leak hunt).
  const next = doc.header.nextMeeting;
  if (next && next.start > (doc.items[0]?.start ?? Infinity) && !inPublicText(context, next.start, published)) {
    report(context, lineStartAt(doc.text, next.start), "the header's `next meeting:`", "it is the header's field, printed at the head of the public minutes with the words after it, though it stands in what they withhold", "the line");
  }
  for (const item of doc.items) {
    if (published.has(item)) continue;
    for (const block of item.blocks) {
      if (block.kind === "action") report(context, block.start, "an action", "it is an action, which the public minutes print from this confidential item, with the words after its ID", "the action");
    }
  }
}

/** Whether an item's last block is a `confidential:` passage no `end confidential` closes. */
function endsInOpenPassage(item: Item): boolean {
  const last = item.blocks.at(-1);
  return last?.kind === "confidential" && !last.closed;
}

/** Whether `at` stands in a published item and outside every confidential passage of it. */
function inPublicText(context: CheckContext, at: number, published: ReadonlySet<Item>): boolean {
  let item: Item | undefined;
  for (const candidate of context.doc.items) if (candidate.start <= at) item = candidate;
  if (!item || !published.has(item)) return false;
  const inside = (blocks: readonly Block[]): boolean =>
    blocks.some((block) => (block.kind === "confidential" && block.start <= at && (at < block.end || !block.closed)) || (block.kind === "summary" && inside(block.blocks)));
  return !inside(item.blocks);
}

/** Reports the keyword line at `at` (`starts` what, `as written` what follows) when the line above runs on into it. */
function report(context: CheckContext, at: number, starts: string, asWritten: string, before: string): void {
  const text = context.doc.text;
  const wraps = wrappedLineAbove(text, at);
  if (wraps === undefined) return;
  context.report(
    "keyword-in-sentence",
    "error",
    { start: at, end: nextBreak(text, at, true) },
    `This line starts ${starts}, but the line above it does not end its sentence (\`…${wraps}\`): it reads as that sentence wrapping. ` +
      `As written, ${asWritten}. Join the two lines, or end the sentence above and leave a blank line before ${before}.`,
    { fixes: [joinFix(text, at)] },
  );
}

/** The end of the line above `at` (a few words, to quote) when it is prose that does not end its sentence; else undefined. */
function wrappedLineAbove(text: string, at: number): string | undefined {
  const lineStart = lineStartAt(text, at);
  if (lineStart === 0) return undefined;
  let end = lineStart - 1;
  if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  const start = lineStartAt(text, end);
  const above = text.slice(start, end).trimEnd();
  const first = above.trimStart();
  // A blank line, a comment, or a keyword line (`heading:`, another action's line) is no sentence.
  if (first.length === 0 || first.startsWith("//") || startsKeywordLine(text, start)) return undefined;
  // A sentence ends with its stop, a lead-in with its colon; a bracket or a quote may close either.
  // A list's entry stands on its own (`- union consultation`).
  if (!/[A-Za-z0-9,]$/.test(above) || startsListEntry(first)) return undefined;
  // Minutes often leave a line unstopped (`Members of the public were readmitted at 11.40am`):
  // the sentence plainly runs on only after a comma or a word no sentence ends with (`under`,
  // `the`), or into a keyword line that goes on in lower case (`item 3: the Clerk had ...`).
  const words = above.split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  // (After a figure, `for` and `against` count votes: `Voting: 6 for, 0 against`.)
  const wraps = WRAPS_BEFORE.has(last) && !/^\d/.test(words.at(-2) ?? "");
  if (!above.endsWith(",") && !wraps && !LOWER_AFTER_KEYWORD.test(text.slice(at, at + 120))) return undefined;
  return words.slice(-4).join(" ");
}

/** Words a sentence goes on after, at the end of a wrapped line: articles, prepositions, conjunctions. */
const WRAPS_BEFORE: ReadonlySet<string> = new Set(["a", "an", "the", "and", "or", "but", "of", "to", "by", "for", "from", "with", "at", "in", "on", "into", "under", "that", "which", "who", "whether", "if", "its", "their", "his", "her", "our", "this", "these", "those", "between"]);

/** A keyword line whose words after its colon start in lower case: `item 3: the Clerk ...`. */
const LOWER_AFTER_KEYWORD = /^[^:\r\n]*:[ \t]*[a-z]/;


/** Joins the keyword line to the line above, with a space for the line break: not certain, as only the secretary knows which was meant. */
function joinFix(text: string, at: number) {
  let breakStart = at;
  while (breakStart > 0 && (text.charCodeAt(breakStart - 1) === 32 || text.charCodeAt(breakStart - 1) === 9)) breakStart--;
  if (text.charCodeAt(breakStart - 1) === 10) breakStart--;
  if (text.charCodeAt(breakStart - 1) === 13) breakStart--;
  return { title: "Join this line to the sentence above", edits: [{ range: { start: breakStart, end: at }, newText: " " }], certain: false };
}

