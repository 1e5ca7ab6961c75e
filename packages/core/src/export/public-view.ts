import { DEFAULT_CONFIG, statusStateOf, type MinutesConfig } from "../config/config.js";
import { tablesOf } from "../config/derived.js";
import type {
  ActionUpdate, Attendee, AttendeeNote, Block, DateValue, Document, ListItem, Item, List, NewAction, Paragraph, Prose, Resolution, UpdatePart,
} from "../model/ast.js";
import type { Token } from "../text/range.js";
import { SourceText } from "./source-text.js";
import { isPartNumber } from "../model/line-readers.js";
import { STATUS_LABEL } from "../model/assemble-blocks.js";
import { startsLikeOwnVerb } from "../model/resolutions.js";
import { passagesIn, publicStatus, publicSupersessions } from "../model/walk.js";
import { isNumberMarker } from "../syntax/bullets.js";
import { semanticsOf } from "../services/semantics.js";
import { KeptSlot, keptOnFor } from "../kept.js";
import type { People } from "../validation/people.js";
import type {
  Inline, MinutesView, ViewAction, ViewAttendee, ViewAttendeeSection, ViewBlock, ViewDate, ViewHeader, ViewItem, ViewList,
  ViewParagraph, ViewUpdate,
} from "./view-types.js";

/*
 * The heart of confidentiality. Safe by default:
 * - an item recorded in the confidential minutes (a level the config marks confidential, the
 *   word `confidential`, or any level the config does not know) keeps in public only its
 *   summary, its resolutions and its new actions, and gains the standard sentence;
 * - in every item, `confidential:` passages are withheld, wherever they stand;
 * - comments are never copied, in any view.
 * The view is built by copying: what is withheld is simply never copied into it.
 */

export interface ViewOptions {
  /** True for the confidential minutes: everything but comments, withheld parts marked. */
  readonly confidential: boolean;
  readonly config?: MinutesConfig;
}

export function visibleContent(doc: Document, options: ViewOptions): MinutesView {
  const config = options.config ?? DEFAULT_CONFIG;
  const source = new SourceText(doc.text, doc.comments);
  return {
    confidential: options.confidential,
    header: header(doc, source, options.confidential),
    attendees: attendeeSections(doc.attendees?.attendees ?? [], source, semanticsOf(doc, config).people),
    items: zipClassifications(doc, source, config).map(([item, level]) => viewItem(item, level, { source, config, confidential: options.confidential })),
  };
}

/** How an item's classification decides what the public sees. */
export function confidentialLevel(classification: string | undefined, config: MinutesConfig): "public" | "level" | "unknown" {
  if (classification === undefined) return "public";
  const level = classification.trim().toUpperCase();
  const { confidentialLevels, levels } = tablesOf(config);
  if (confidentialLevels.has(level)) return "level";
  // A known level that is not confidential is public; `confidential`, an empty `[]` or a level
  // the config does not know (a typo of RED, say) is withheld: safe by default. (`levels` holds
  // `CONFIDENTIAL` too, for the checks.)
  if (level !== "CONFIDENTIAL" && levels.has(level)) return "public";
  return "unknown";
}

/** The sentence the public minutes print for an item recorded in the confidential minutes. */
export function standardSentence(classification: string | undefined, config: MinutesConfig): string {
  if (confidentialLevel(classification, config) === "level") {
    const level = classification!.trim().toUpperCase();
    return `The Agenda Item was classified as ${level} and therefore recorded in the Confidential Minutes.`;
  }
  return "The Agenda Item was recorded in the Confidential Minutes.";
}

interface Context {
  readonly source: SourceText;
  readonly config: MinutesConfig;
  readonly confidential: boolean;
}

function header(doc: Document, source: SourceText, confidential: boolean): ViewHeader {
  const h = doc.header;
  // (`next meeting:` below a passage left open in the last item stands in it as written, and is
  // withheld with it, in a draft: found by a leak hunt, where it printed the text after its date.)
  const nextMeeting = confidential || !h.nextMeeting || !inOpenPassage(doc, h.nextMeeting.start) ? h.nextMeeting : undefined;
  const date = (d: (Token & { iso: string | undefined }) | undefined): ViewDate | undefined =>
    d === undefined ? undefined : { text: source.plain(d), iso: d.iso };
  return {
    title: source.token(h.title),
    number: h.number?.value,
    reference: source.token(h.reference),
    status: source.token(h.status),
    date: date(h.date),
    time: h.time ? { text: source.plain(h.time), start: h.time.startTime, end: h.time.endTime } : undefined,
    venue: source.token(h.venue),
    classification: source.token(h.classification),
    nextMeeting: date(nextMeeting),
  };
}

/** Whether `at`, after the items, stands below a `confidential:` passage of the last item that is never closed. */
function inOpenPassage(doc: Document, at: number): boolean {
  const last = doc.items.at(-1);
  if (!last || at < last.end) return false;
  const open = (blocks: readonly (Block | UpdatePart)[]): boolean =>
    blocks.some((b) => (b.kind === "confidential" && !b.closed) || ((b.kind === "summary" || b.kind === "confidential") && open(b.blocks)) || (b.kind === "update" && open(b.paragraphs)));
  return open(last.blocks);
}

function attendeeSections(attendees: readonly Attendee[], source: SourceText, people: People): ViewAttendeeSection[] {
  // Each person's organisation as the checker knows it: an `of ORG` note, or the group or
  // category they are listed under when the settings name it as an organisation.
  const organisations = new Map(people.all.map((p) => [p.attendee, p.organisation]));
  const sections: { key: number; section: { kind: ViewAttendeeSection["kind"]; name: string; groups: { key: number; name: string | undefined; attendees: ViewAttendee[] }[] } }[] = [];
  for (const attendee of attendees) {
    const key = attendee.category?.start ?? -1;
    let entry = sections.find((s) => s.key === key);
    if (!entry) {
      const kind = attendee.category?.kind ?? "ungrouped";
      entry = {
        key,
        section: { kind: kind === "group" ? "category" : kind, name: source.token(attendee.category?.name) ?? "", groups: [] },
      };
      sections.push(entry);
    }
    const groupKey = attendee.group?.start ?? -1;
    let group = entry.section.groups.find((g) => g.key === groupKey);
    if (!group) {
      group = { key: groupKey, name: source.token(attendee.group?.name), attendees: [] };
      entry.section.groups.push(group);
    }
    group.attendees.push(viewAttendee(attendee, source, organisations.get(attendee)));
  }
  return sections.map(({ section }) => ({
    kind: section.kind,
    name: section.name,
    groups: section.groups.map((g) => ({ name: g.name, attendees: g.attendees })),
  }));
}

function viewAttendee(a: Attendee, source: SourceText, organisation: string | undefined): ViewAttendee {
  return {
    initials: source.plain(a.initials),
    name: source.plain(a.name),
    notes: a.notes.map((n) => printedNote(n, source)),
    category: source.token(a.category?.name),
    group: source.token(a.group?.name),
    attendance: a.attendance,
    part: a.part,
    remote: a.remote,
    alternateFor: a.alternateFor,
    organisation,
    roles: [...a.roles],
  };
}

/** `part` -> `Part`, `alternate for Paul Fitzgerald` -> `Alternate for Paul Fitzgerald`, `of SECAS` -> `SECAS`. */
function printedNote(note: AttendeeNote, source: SourceText): string {
  if (note.note === "organisation" && note.argument) return note.argument;
  const text = source.plain(note);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function viewItem(item: Item, classification: string | undefined, context: Context): ViewItem {
  const { source, config } = context;
  const recorded = confidentialLevel(classification, config) !== "public";
  const label = source.plain(item.number);
  const blocks = recorded ? recordedItemBlocks(item, label, classification, context) : viewBlocks(item.blocks, label, context);
  return { number: item.number.value, label, title: source.plain(item.title), classification, recordedInConfidentialMinutes: recorded, blocks };
}

/** Blocks of an ordinary item, or of a summary: all but confidential passages (marked, in the confidential view). */
function viewBlocks(blocks: readonly Block[], item: string, context: Context): ViewBlock[] {
  const out: ViewBlock[] = [];
  for (const block of blocks) {
    if (block.kind === "confidential") {
      if (context.confidential) out.push({ kind: "withheld", reason: "passage", blocks: viewBlocks(block.blocks, item, context) });
    } else if (block.kind === "summary") {
      out.push(...viewBlocks(block.blocks, item, context));
    } else {
      out.push(viewBlock(block, item, context));
      // A passage among an update's paragraphs follows the update, marked, with all it holds
      // (its actions reach the summary of new actions, its updates keep their status).
      if (block.kind === "update" && context.confidential) {
        for (const passage of passagesIn(block)) out.push({ kind: "withheld", reason: "passage", blocks: viewBlocks(passage.blocks, item, context) });
      }
    }
  }
  return out;
}

/**
 * An item recorded in the confidential minutes: in public its summary, then the standard
 * sentence, then its resolutions and actions, in their order. In the confidential view every
 * block stays where it is, and what public withholds is marked as withheld. A summary that was
 * never closed runs to the end of the item, so nobody knows where it was meant to end: it is
 * read as discussion (only its resolutions and actions are shown), never as a public summary.
 */
function recordedItemBlocks(item: Item, label: string, classification: string | undefined, context: Context): ViewBlock[] {
  const out: ViewBlock[] = [];
  let withheld: ViewBlock[] = [];
  const flush = () => {
    if (withheld.length > 0) out.push({ kind: "withheld", reason: "item", blocks: withheld });
    withheld = [];
  };
  let noticeAt = 0;
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.kind === "summary" && block.closed) {
        flush();
        out.push(...viewBlocks(block.blocks, label, context));
        noticeAt = out.length;
      } else if (block.kind === "summary") {
        visit(block.blocks);
      } else if (isPublicInRecordedItem(block, context.config)) {
        flush();
        out.push(viewBlock(block as Paragraph | List | NewAction, label, context, true));
      } else if (block.kind === "list" && block.resolutions && block.items.some((entry) => isDecisionEntry(entry, context.config))) {
        // One slip among the bullets (`- Noted that ...`) withholds that bullet, not the decisions beside it.
        flush();
        out.push(viewBlock({ ...block, items: block.items.filter((entry) => isDecisionEntry(entry, context.config)) }, label, context));
        if (context.confidential) withheld.push(viewBlock({ ...block, leadIn: undefined, items: block.items.filter((entry) => !isDecisionEntry(entry, context.config)) }, label, context));
      } else if (context.confidential) {
        // A confidential passage inside such an item is withheld either way: keep its blocks with the rest.
        if (block.kind === "confidential") withheld.push(...viewBlocks(block.blocks, label, context));
        else withheld.push(viewBlock(block, label, context));
        if (block.kind === "update") for (const passage of passagesIn(block)) withheld.push(...viewBlocks(passage.blocks, label, context));
      }
    }
  };
  visit(item.blocks);
  flush();
  if (!context.confidential) out.splice(noticeAt, 0, { kind: "notice", text: standardSentence(classification, context.config) });
  return out;
}

/**
 * Resolutions and actions stay public in such an item, and only resolutions whose verbs are all
 * the committee's own: `The Panel Noted ...` (a title-case verb), `The Panel DISCUSSED ...` (not
 * a verb of the settings), `AGRED` (a slip) and a bullet under `The Panel:` that starts with no
 * verb are what the checker names as slips, and may be discussion: withheld, as the rest.
 */
function isPublicInRecordedItem(block: Block, config: MinutesConfig): boolean {
  if (block.kind === "action") return true;
  if (block.kind === "list") return block.resolutions && block.items.every((entry) => isDecisionEntry(entry, config));
  // A decision whose verb follows `and` in the body's sentence is withheld: what the body heard
  // stands before it (`The Committee was assured by the report on Dr X and NOTED ...`).
  return block.kind === "paragraph" && !block.resolution?.coordinated && isDecision(block.resolution, config);
}

/**
 * A bullet that is a decision: its resolution's verbs are the committee's own, and, under a
 * lead-in that gives the verb, it does not start as if with a verb of its own (`DISCUSSED ...`,
 * `Noted ...`), which may be discussion written as a bullet.
 */
function isDecisionEntry(entry: ListItem, config: MinutesConfig): boolean {
  if (!isDecision(entry.resolution, config)) return false;
  const verb = entry.resolution!.verbs[0]!;
  const given = verb.start < entry.prose.start || verb.end > entry.prose.end;
  return !given || !startsLikeOwnVerb(entry.prose.text, tablesOf(config).verbs);
}

/** A resolution whose verbs are all the committee's own, in capitals. */
function isDecision(resolution: Resolution | undefined, config: MinutesConfig): boolean {
  const verbs = tablesOf(config).verbs;
  return resolution !== undefined && resolution.verbs.length > 0 && resolution.verbs.every((v) => verbs.includes(v.text));
}

/** The item's classification as written, without any comment inside its brackets. */
function classificationOf(item: Item, source: SourceText): string | undefined {
  return item.classification ? source.plain(item.classification) : undefined;
}

/**
 * Each item with its classification, kept per tree and settings: the public blocks, the prose
 * that confidential items publish and the bullets they withhold all ask it, at every check.
 */
function classifiedItems(doc: Document, config: MinutesConfig): readonly [Item, string | undefined][] {
  return keptOnFor(doc, CLASSIFIED, config, () => zipClassifications(doc, new SourceText(doc.text, doc.comments), config));
}

const CLASSIFIED = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: readonly [Item, string | undefined][] }>("classified items");

/** Each item with its classification (see `classificationsOf`), computed once for the document. */
function zipClassifications(doc: Document, source: SourceText, config: MinutesConfig): [Item, string | undefined][] {
  const levels = classificationsOf(doc, source, config);
  return doc.items.map((item, i) => [item, levels[i]]);
}

/**
 * Each item's classification, in the order of the items: its own, or, for a part of an item
 * (`item 2.1:`, `item 2a:`) that has none, that of the item it is part of, so that a part of a
 * RED item is withheld as the item is. That item is the nearest whole item of its number above
 * it (or, for a part written first, below it); and when two whole items carry the number (a
 * slip), safe by default: a confidential one's level wins.
 */
function classificationsOf(doc: Document, source: SourceText, config: MinutesConfig): (string | undefined)[] {
  const own = doc.items.map((item) => classificationOf(item, source));
  const wholes = new Map<number, number[]>();
  doc.items.forEach((item, i) => {
    const n = item.number.value;
    if (n !== undefined && !isPartNumber(item.number.text)) wholes.set(n, [...(wholes.get(n) ?? []), i]);
  });
  const levels: (string | undefined)[] = [];
  doc.items.forEach((item, i) => levels.push(levelOf(item, i, levels[i - 1])));
  return levels;

  function levelOf(item: Item, i: number, above: string | undefined): string | undefined {
    const n = item.number.value;
    // A number the grammar cannot read (`item II.1:`, `item ２.1:`, a syntax error) may be a part
    // of the withheld item above it: safe by default, it is withheld with it, in a draft (found by
    // a leak hunt, where it was published).
    if (own[i] === undefined && n === undefined) return i > 0 && confidentialLevel(above, config) !== "public" ? above : undefined;
    if (own[i] !== undefined || n === undefined || !isPartNumber(item.number.text)) return own[i];
    const candidates = wholes.get(n) ?? [];
    // A part of a classified part (`1.1.1` under `1.1 [RED]`) takes its level too, though the
    // whole item is public (found by a review: it was published).
    const parents = doc.items.flatMap((other, c) => (c < i && own[c] !== undefined && isPartOf(item.number.text, other.number.text) ? [c] : []));
    const withheld = [...parents, ...candidates].find((c) => confidentialLevel(own[c], config) !== "public");
    if (withheld !== undefined) return own[withheld];
    const whole = candidates.filter((c) => c < i).at(-1) ?? candidates[0];
    return whole === undefined ? undefined : own[whole];
  }
}

/** Whether the item numbered `part` is a part of the one numbered `whole`: `1.1.1` of `1.1`, `2a.1` of `2a`. */
function isPartOf(part: string, whole: string): boolean {
  if (part.length <= whole.length || !part.startsWith(whole)) return false;
  // (`1.10` is no part of `1.1`.)
  return !(/\d$/.test(whole) && /\d/.test(part.charAt(whole.length)));
}

/**
 * Every block the public minutes show, at any depth, by the rules `visibleContent` follows (the
 * same walk, without the copying): the circulated register lists only the actions and updates
 * among them. Kept per meeting and settings.
 */
export function publicBlocks(doc: Document, config: MinutesConfig): ReadonlySet<Block> {
  return keptOnFor(doc, SHOWN, config, () => findPublicBlocks(doc, config));
}

function findPublicBlocks(doc: Document, config: MinutesConfig): ReadonlySet<Block> {
  const out = new Set<Block>();
  const ordinary = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.kind === "summary") ordinary(block.blocks);
      else if (block.kind !== "confidential") out.add(block);
    }
  };
  for (const item of publicItems(doc, config)) ordinary(item.blocks);
  for (const { block, whole } of recordedItemsBlocks(doc, config)) if (whole || isPublicInRecordedItem(block, config)) out.add(block);
  return out;
}

/** The items the public minutes print whole: none when the meeting has no public version. */
export function publicItems(doc: Document, config: MinutesConfig): Item[] {
  if (!hasPublicVersion(doc, config)) return [];
  return classifiedItems(doc, config).filter(([, level]) => confidentialLevel(level, config) === "public").map(([item]) => item);
}

/** Whether the meeting has a public version: not when it is classified confidential as a whole (see public-guard.ts). */
export function hasPublicVersion(doc: Document, config: MinutesConfig): boolean {
  const whole = doc.header.classification?.text.trim();
  return !whole || confidentialLevel(whole, config) === "public";
}

/** A decision's or an action's text that the public minutes print, up to `end`, and the item it stands in. */
export interface ShownProse {
  readonly kind: "decision" | "action";
  readonly prose: Prose;
  readonly end: number;
  readonly item: Item;
  /** The item's classification as written (a part's is its item's), or undefined. */
  readonly level: string | undefined;
}

/**
 * The prose the public minutes print from the items recorded in the confidential minutes,
 * outside their summaries: each decision's and each action's own text (an action's up to its
 * sub-tasks), as `recordedItemBlocks` shows it, with the item it stands in. What the checker
 * reads for discussion that runs on into a decision (`decision-runs-on`).
 */
export function proseShownFromRecordedItems(doc: Document, config: MinutesConfig): readonly ShownProse[] {
  // (Kept on the tree: `decision-runs-on` and `withholding-marks` both read it.)
  return keptOnFor(doc, SHOWN_PROSE, config, () => findProseShown(doc, config));
}

/** The prose shown from recorded items of a tree, for the settings it was found under. */
const SHOWN_PROSE = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: readonly ShownProse[] }>("prose shown from recorded items");

/** Of `proseShownFromRecordedItems`, the one of this prose, if any. */
function shownProseOf(doc: Document, config: MinutesConfig, prose: Prose): ShownProse | undefined {
  // (By prose, kept on the tree: the register asks it of every action of a folder.)
  return keptOnFor(doc, SHOWN_BY_PROSE, config, () => new Map(proseShownFromRecordedItems(doc, config).map((shown) => [shown.prose, shown]))).get(prose);
}

const SHOWN_BY_PROSE = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: ReadonlyMap<Prose, ShownProse> }>("prose shown from recorded items, by prose");

function findProseShown(doc: Document, config: MinutesConfig): ShownProse[] {
  const out: ShownProse[] = [];
  // What `recordedItemBlocks` shows: a decision or an action whole (`isPublicInRecordedItem`),
  // the decisions among a list's bullets, and both inside a summary that is not closed.
  for (const { block, item, level, whole } of recordedItemsBlocks(doc, config)) {
    if (whole) continue;
    if (block.kind === "list" && block.resolutions) {
      for (const entry of block.items) if (isDecisionEntry(entry, config)) out.push({ kind: "decision", prose: entry.prose, end: entry.prose.end, item, level });
    } else if (block.kind === "action") {
      out.push({ kind: "action", prose: block.prose, end: block.subTasksAfter ?? block.prose.end, item, level });
    } else if (block.kind === "paragraph" && isPublicInRecordedItem(block, config)) {
      out.push({ kind: "decision", prose: block.prose, end: block.prose.end, item, level });
    }
  }
  return out;
}

/**
 * The bullets of a decision list in an item recorded in the confidential minutes that the public
 * minutes leave out because they open with a verb of their own (`Discussed ...` under `The Panel
 * AGREED:`), while the bullets beside them are published as decisions.
 */
export function entriesWithheldFromRecordedItems(doc: Document, config: MinutesConfig): { readonly entry: ListItem; readonly item: Item }[] {
  const out: { entry: ListItem; item: Item }[] = [];
  for (const { block, item, whole } of recordedItemsBlocks(doc, config)) {
    if (whole || block.kind !== "list" || !block.resolutions || !block.items.some((entry) => isDecisionEntry(entry, config))) continue;
    for (const entry of block.items) if (entry.resolution && !isDecisionEntry(entry, config)) out.push({ entry, item });
  }
  return out;
}

/**
 * The decisions whose verb follows `and` in the body's sentence (`The Board received the
 * report and APPROVED ...`) that the public minutes leave out with their item's discussion.
 */
export function coordinatedWithheldFromRecordedItems(doc: Document, config: MinutesConfig): { readonly paragraph: Paragraph; readonly item: Item }[] {
  const out: { paragraph: Paragraph; item: Item }[] = [];
  for (const { block, item, whole } of recordedItemsBlocks(doc, config)) {
    if (!whole && block.kind === "paragraph" && block.resolution?.coordinated && isDecision(block.resolution, config)) out.push({ paragraph: block, item });
  }
  return out;
}

/** A block of an item recorded in the confidential minutes, with how the public minutes print it. */
export interface RecordedBlock {
  readonly block: Block;
  readonly item: Item;
  /** The item's classification as written (a part's is its item's), or undefined. */
  readonly level: string | undefined;
  /**
   * Whether it stands in a summary closed before the discussion, which the public minutes print
   * whole (a confidential passage in it excepted). Otherwise only a decision or an action is
   * printed (`isPublicInRecordedItem`; an action up to its sub-tasks).
   */
  readonly whole: boolean;
}

/**
 * The blocks, summaries read through, of the items recorded in the confidential minutes of a
 * meeting that has a public version, as `recordedItemBlocks` prints them. The one statement of
 * that rule outside the view itself: the public blocks, the prose the checks read as printed,
 * and the bullets withheld all follow it. A summary that is not closed is discussion (see
 * `recordedItemBlocks`); a confidential passage inside one is given, to be left out. Kept on
 * the tree: the public blocks, the shown prose and two checks read it at every check.
 */
export function recordedItemsBlocks(doc: Document, config: MinutesConfig): readonly RecordedBlock[] {
  return keptOnFor(doc, RECORDED_BLOCKS, config, () => findRecordedBlocks(doc, config));
}

/** The recorded items' blocks of a tree, for the settings they were found under. */
const RECORDED_BLOCKS = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: readonly RecordedBlock[] }>("blocks of recorded items");

function findRecordedBlocks(doc: Document, config: MinutesConfig): RecordedBlock[] {
  const out: RecordedBlock[] = [];
  if (!hasPublicVersion(doc, config)) return out;
  const within = (blocks: readonly Block[], item: Item, level: string | undefined, whole: boolean): void => {
    for (const block of blocks) {
      if (block.kind === "summary") within(block.blocks, item, level, whole || block.closed);
      else if (!whole || block.kind !== "confidential") out.push({ block, item, level, whole });
    }
  };
  for (const [item, level] of classifiedItems(doc, config)) {
    if (confidentialLevel(level, config) !== "public") within(item.blocks, item, level, false);
  }
  return out;
}

/** The public blocks of a tree, for the settings they were found under. */
const SHOWN = new KeptSlot<{ readonly settings: MinutesConfig; readonly value: ReadonlySet<Block> }>("public blocks");

/**
 * An action's text as the public minutes print it (for the circulated register): without the
 * sub-tasks it takes when its item is recorded in the confidential minutes (see `action`),
 * unless it stands in a summary closed before the discussion, printed whole (found by a leak
 * hunt: the register cut such an action at its colon, though the minutes printed it whole).
 */
export function publicActionText(doc: Document, config: MinutesConfig, action: NewAction): string {
  const text = action.prose.text;
  if (action.subTasksAfter === undefined) return text;
  const shown = shownProseOf(doc, config, action.prose);
  return shown ? text.slice(0, shown.end - action.prose.start) : text;
}

/** An action's due date as the public minutes print it (for the circulated register), by the rule of `dueShown`. */
export function publicActionDue(doc: Document, config: MinutesConfig, action: NewAction): DateValue | undefined {
  return dueShown(action, action.subTasksAfter !== undefined && shownProseOf(doc, config, action.prose) !== undefined);
}

/**
 * An action's due date, unless its sub-tasks are withheld and the due is written among them in
 * words (`(b) write to the supplier. [due after the Acme tribunal hearing]`): those words are the
 * sub-task's, withheld with it (found by a leak hunt). A date read there says nothing of them,
 * and is printed.
 */
function dueShown(action: NewAction, subTasksWithheld: boolean): DateValue | undefined {
  const due = action.due;
  if (!due || !subTasksWithheld || action.subTasksAfter === undefined || due.start < action.subTasksAfter || due.iso !== undefined) return due;
  return undefined;
}

function viewBlock(block: Exclude<Block, { kind: "summary" | "confidential" }>, item: string, context: Context, recorded = false): ViewBlock {
  switch (block.kind) {
    case "paragraph":
      return paragraph(block, context.source);
    case "list":
      return list(block, context.source);
    case "heading":
      return { kind: "heading", text: context.source.plain(block.text) };
    case "action":
      return action(block, item, context.source, recorded && !context.confidential);
    case "update":
      return update(block, item, context);
  }
}

function paragraph(p: Paragraph, source: SourceText): ViewParagraph {
  const content = source.inlines(p.prose, p.resolution?.verbs ?? []);
  if (!p.resolution) return { kind: "paragraph", content };
  return {
    kind: "paragraph",
    content,
    resolution: { body: source.plain(p.resolution.body), verbs: p.resolution.verbs.map((v) => source.plain(v)) },
  };
}

function list(l: List, source: SourceText): ViewList {
  const body = l.resolutions && l.leadIn ? source.plain(l.leadIn.prose).replace(/\s*:$/, "") : undefined;
  return {
    kind: "list",
    // `The Council RESOLVED:` gives its bullets their verb: it is marked where it stands.
    ...(l.leadIn ? { leadIn: source.inlines(l.leadIn.prose, leadInVerbs(l)) } : {}),
    resolutions: l.resolutions,
    ...(body !== undefined ? { body } : {}),
    items: l.items.map((i) => {
      const verb = i.resolution?.verbs[0];
      // A number (`1.`, `(a)`) is the secretary's own and is printed; a bullet mark is the renderer's.
      const marker = isNumberMarker(i.marker.text) ? { marker: i.marker.text } : {};
      return { content: source.inlines(i.prose, verb ? [verb] : []), ...(verb ? { verb: source.plain(verb) } : {}), ...marker };
    }),
  };
}

/** The verb a list's lead-in gives its bullets, if it gives one. */
function leadInVerbs(l: List): Token[] {
  const lead = l.leadIn?.prose;
  const verb = l.items[0]?.resolution?.verbs[0];
  return lead && verb && verb.start >= lead.start && verb.end <= lead.end ? [verb] : [];
}

/**
 * An action as the minutes print it. In the public minutes of an item recorded in the
 * confidential minutes (`withholdSubTasks`), the action is public but the list it takes as its
 * sub-tasks (`PD to consider the following:` / `- JB's disciplinary case`) is not: it may be
 * the discussion the item withholds, and the action is printed up to its colon.
 */
function action(a: NewAction, item: string, source: SourceText, withholdSubTasks = false): ViewAction {
  let end = a.prose.end;
  if (a.due) {
    end = source.lastMatch(a.prose.start, a.due.start, /\[due\b/i) ?? end;
  }
  if (withholdSubTasks && a.subTasksAfter !== undefined) end = Math.min(end, a.subTasksAfter);
  const due = dueShown(a, withholdSubTasks);
  return {
    kind: "action",
    id: source.plain(a.id),
    owner: source.token(a.owner),
    due: due ? { text: source.plain(due), iso: due.iso } : undefined,
    content: source.inlines(a.prose, [], a.prose.start, end),
    item,
  };
}

/** A list item as a paragraph of an update's cell: its number as written (`1.`), or a bullet, then its text. */
function markedItem(entry: ListItem, content: readonly Inline[]): Inline[] {
  const mark = isNumberMarker(entry.marker.text) ? entry.marker.text : "•";
  return [{ kind: "text", text: `${mark} ` }, ...content];
}

function update(u: ActionUpdate, item: string, context: Context): ViewUpdate {
  const { source, config } = context;
  const status = context.confidential ? u.status : publicStatus(u);
  // The status has its own column: cut `Status: CLOSED.` from the prose that ends with it.
  // A sentence written after it (`Status: Closed. The Chair thanked SECAS.`) stays in the text.
  const withoutStatus = (prose: Prose) => {
    if (!status || status.start < prose.start || status.end > prose.end) return source.inlines(prose);
    const at = source.lastMatch(prose.start, status.start, STATUS_LABEL);
    const before = source.inlines(prose, [], prose.start, at ?? prose.end);
    let after = status.end;
    while (after < prose.end && /[\s.]/.test(source.plainChar(after))) after++;
    const rest = after < prose.end ? source.inlines(prose, [], after, prose.end) : [];
    return rest.length === 0 ? before : [...before, ...(before.length > 0 ? [{ kind: "text" as const, text: " " }] : []), ...rest];
  };
  const statusText = status ? source.plain(status) : undefined;
  return {
    kind: "update",
    id: source.plain(u.id),
    original: withoutStatus(u.original),
    // A passage among the paragraphs is not the update's text: the confidential view prints it
    // after the update. A list's items are paragraphs of the update's cell, each after its mark.
    paragraphs: u.paragraphs
      .flatMap((p) => (p.kind === "paragraph" ? [withoutStatus(p.prose)] : p.kind === "list" ? p.items.map((entry) => markedItem(entry, withoutStatus(entry.prose))) : []))
      .filter((p) => p.length > 0),
    status: statusText === undefined ? undefined : { text: statusText, state: statusStateOf(statusText, config) },
    supersededBy: (context.confidential ? u.supersededBy : publicSupersessions(u)).map((r) => source.plain(r)),
    item,
  };
}
