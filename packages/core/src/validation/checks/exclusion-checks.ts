import type { Item } from "../../model/ast.js";
import { inConfidentialPassage } from "../../model/walk.js";
import { hasPublicVersion, publicItems } from "../../export/public-view.js";
import { replaceFix, type CheckContext } from "../context.js";
import { levelsOf } from "./level-phrases.js";
import { isProcedural } from "./resolution-checks.js";

/*
 * `exclusion-unclassified`: a council excludes the press and public before its exempt business
 * (`RESOLVED that ... the press and public be excluded from the meeting for the following item`,
 * an item titled `Exclusion of the Press and Public`), and the items after it are that business.
 * Minutes withhold an item only when it is classified: an exempt item written without its
 * classification is published whole (found by a leak hunt, with no finding).
 *
 * The item reported is the first after the exclusion that is not procedural (`Close`), and only
 * when no item after it is classified before the press and public are said to be readmitted: a
 * secretary who classified one knows which items are exempt (the exclusion may be made early for
 * a later item), and one who records the readmission says where the exempt business ends.
 */

/** What a resolution or a title to exclude the press and public holds, found by the engine's search for a string (`x` is rare in prose: the search seldom stops). */
const NEEDLES = ["xclu", "XCLU"];

/** The press and public, in the ways minutes name them. */
const PUBLIC = String.raw`(?:(?:the\s+)?press\s+and\s+(?:the\s+)?public|(?:the\s+)?public\s+and\s+(?:the\s+)?press|(?:the\s+)?(?:members\s+of\s+the\s+)?public|(?:the\s+)?press)`;
/** `Exclusion of the Press and Public`, `RESOLVED to exclude the public`, `the press and public be excluded`, `(public excluded)`. */
export const EXCLUSION = new RegExp(String.raw`\bexclu(?:de|ded|ding|sion\s+of)\s+${PUBLIC}\b|\b${PUBLIC}\s+(?:(?:be|were|was|are|is|being|to\s+be)\s+)?excluded\b`, "i");
/** `not to exclude the public`, `no need to exclude the press`: no exclusion. */
const NOT_EXCLUDED = /\b(?:not|no\s+need|no\s+reason|without|no\s+requirement)\s+(?:to\s+)?(?:be\s+)?exclu|\bnot\s+(?:be\s+)?excluded\b/i;
/** `The press and public were readmitted`, `members of the public returned to the meeting`. */
const READMITTED = new RegExp(String.raw`\bre-?admi(?:t|ts|tted|ssion)\b|\b${PUBLIC}\s+(?:were\s+|was\s+)?(?:returned|re-?joined|re-?entered|came\s+back)\b`, "i");
/** Characters read on either side of a needle for the words of an exclusion. */
const WINDOW = 80;

export function exclusionsUnclassified(context: CheckContext): void {
  const { doc, config } = context;
  if (!hasPublicVersion(doc, config)) return;
  const text = doc.text;
  const hits: number[] = [];
  for (const needle of NEEDLES) for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) hits.push(at);
  if (hits.length === 0) return;
  hits.sort((a, b) => a - b);
  const items = doc.items;
  const published = new Set<Item>(publicItems(doc, config));
  let from = 0;
  for (const hit of hits) {
    const at = itemIndexAt(items, hit);
    // (Once per item; in the header, in an item already withheld, or in a passage withheld, it withholds nothing more.)
    if (at < from || !published.has(items[at]!) || inConfidentialPassage(doc, hit)) continue;
    const around = text.slice(Math.max(items[at]!.start, hit - WINDOW), Math.min(items[at]!.end, hit + WINDOW));
    if (!EXCLUSION.test(around) || NOT_EXCLUDED.test(around)) continue;
    from = at + 1;
    const exempt = firstExemptUnclassified(context, items, at, published);
    if (exempt) report(context, exempt, items[at]!);
  }
}

/** The item the exclusion in item `at` was made for, when it is published whole and no later item is classified before a readmission; or undefined. */
function firstExemptUnclassified(context: CheckContext, items: readonly Item[], at: number, published: ReadonlySet<Item>): Item | undefined {
  let first: Item | undefined;
  for (let i = at + 1; i < items.length; i++) {
    const item = items[i]!;
    if (!published.has(item)) return undefined;
    // (A readmission recorded at an item's start ends the exempt business before it.)
    const said = READMITTED.test(context.doc.text.slice(item.start, item.end));
    if (said && !first) return undefined;
    if (!first && !isProcedural(item.title.text)) first = item;
    if (said) break;
  }
  return first;
}

function report(context: CheckContext, item: Item, exclusion: Item): void {
  const level = [...levelsOf(context.config).confidential][0] ?? "CONFIDENTIAL";
  const number = item.number.text.trim() || "?";
  const line = context.doc.lines.positionAt(exclusion.start).line + 1;
  context.report(
    "exclusion-unclassified",
    "error",
    item.headerRange,
    `Item ${number} comes after the press and public were excluded (item ${exclusion.number.text.trim() || "?"}, line ${line}), but it is not classified: the public minutes print it whole. ` +
      `If it is the exempt business, classify it (\`item ${number}: ${item.title.text.trim()} [${level}]\`). If the press and public were readmitted before it, say so in the minutes (\`The press and public were readmitted.\`).`,
    { fixes: [replaceFix(`Classify item ${number} \`[${level}]\``, { start: item.title.end, end: item.title.end }, ` [${level}]`, false)] },
  );
}

/** The index of the item that holds the offset `at`, or -1 (before the first item). Items are in source order. */
function itemIndexAt(items: readonly Item[], at: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.start <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
