import type { Fix, TextEdit } from "../diagnostics.js";
import type { Document } from "../model/ast.js";
import { contentsOf } from "../model/walk.js";
import type { ActionRecord, FolderIndex, Meeting } from "../workspace/folder-index.js";
import type { MinutesConfig } from "../config/config.js";
import { carriedStubs } from "../workspace/action-text.js";
import { formatActionId, parseActionId } from "../workspace/action-ids.js";

/** The actions open at the end of the previous meeting that this one neither updates nor mentions. */
export function missingCarriedActions(doc: Document, uri: string, index: FolderIndex): { previous: Meeting; ids: string[] } | undefined {
  const previous = index.previous(uri);
  if (!previous) return undefined;
  const touched = new Set<string>();
  const { actions, updates, prose } = contentsOf(doc);
  for (const b of actions) touched.add(b.id.text);
  for (const b of updates) touched.add(b.id.text);
  for (const p of prose) {
    const refs = p.prose.actionRefs;
    refs.forEach((ref, i) => {
      touched.add(ref.text);
      // `actions SECP76/01 to SECP76/12`: a range mentions every action in it (found by a review
      // of false positives: those between were said to be neither updated nor mentioned).
      const next = refs[i + 1];
      if (next && RANGE_BETWEEN.test(p.prose.text.slice(ref.end - p.prose.start, next.start - p.prose.start))) {
        for (const id of idsBetween(ref.text, next.text, index.config)) touched.add(id);
      }
    });
  }
  const ids = index.openAtEnd(previous.uri).map((r) => r.id).filter((id) => !touched.has(id));
  return { previous, ids };
}

/** What joins the two ends of a range of IDs: `to`, `through`, a dash. */
const RANGE_BETWEEN = /^\s*(?:to|through|until|[–—-])\s*$/;

/** The IDs from `first` to `last` of one meeting, both included (none when they are of two meetings, or more than a thousand apart). */
function idsBetween(first: string, last: string, config: MinutesConfig): string[] {
  const a = parseActionId(first, config);
  const b = parseActionId(last, config);
  if (!a || !b || a.meeting !== b.meeting || b.sequence < a.sequence || b.sequence - a.sequence > 1000) return [];
  const ids: string[] = [];
  for (let n = a.sequence; n <= b.sequence; n++) ids.push(formatActionId(a.meeting, n, config));
  return ids;
}

/**
 * Update stubs for the open actions this meeting has not carried: the action's text as
 * raised, and a status to fill in; those withheld where they were raised, inside a
 * `confidential:` passage (see `carriedStubs`). They go after the last update of the first item (where
 * minutes keep action updates), or at the end of the first item.
 */
export function carryForwardFix(
  doc: Document,
  uri: string,
  index: FolderIndex,
  missing = missingCarriedActions(doc, uri, index),
): Fix | undefined {
  const first = doc.items[0];
  if (!missing || missing.ids.length === 0) return undefined;
  // A meeting with no item yet (just drafted from its header and attendees) gets the first item
  // the previous meeting's minutes start with, holding the stubs, at its end.
  const opener = first ? "" : "item 1: Minutes and Actions Outstanding\n\n";
  const lastUpdate = first ? [...first.blocks].reverse().find((b) => b.kind === "update") : undefined;
  const anchor = lastUpdate?.end ?? first?.end ?? trimmedEnd(doc.text);
  // What each stub restates is taken now; the text is written only when the edit is read. A
  // folder whose old actions stay open has every later meeting restate all of them, and the
  // check reports the fix with every finding, though most are never applied.
  const records = missing.ids.map((id) => index.action(id)!);
  const lineEnd = doc.text.indexOf("\n", anchor);
  const at = lineEnd < 0 ? doc.text.length : lineEnd + 1;
  const prefix = lineEnd < 0 ? "\n\n" : "\n";
  return new CarryForward(
    `Carry forward ${missing.ids.length} open action${missing.ids.length === 1 ? "" : "s"} from meeting ${missing.previous.number ?? "?"} as update stubs`,
    at,
    `${prefix}${opener}`,
    records,
    index.config,
  );
}

/**
 * The fix, its edit written on first read. A class and not a literal with a getter: V8 gives each
 * literal with a getter of its own a hidden class of its own, which young collections keep, and
 * through its getter the folder it was made for (see kept.ts).
 */
class CarryForward implements Fix {
  readonly certain = false;
  private written: TextEdit[] | undefined;

  constructor(
    readonly title: string,
    private readonly at: number,
    private readonly before: string,
    private readonly records: readonly ActionRecord[],
    private readonly config: MinutesConfig,
  ) {}

  get edits(): readonly TextEdit[] {
    return (this.written ??= [{ range: { start: this.at, end: this.at }, newText: `${this.before}${carriedStubs(this.records, this.config)}\n` }]);
  }

  /** Printed (`minutes check --format json`) as any other fix is: its title, edits and certainty. */
  toJSON(): Fix {
    return { title: this.title, edits: this.edits, certain: this.certain };
  }
}

/** Where the text ends, before the blank lines at its end. */
function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
  return end;
}
