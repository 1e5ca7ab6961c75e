import { parseActionId } from "./action-ids.js";
import { statusStateOf, type MinutesConfig, type StatusState } from "../config/config.js";
import type { ActionRef, ActionUpdate, Block, Document, NewAction, Prose } from "../model/ast.js";
import type { Range } from "../text/range.js";
import { KeptSlot, keptOn } from "../kept.js";
import { eachProse, passagesIn } from "../model/walk.js";

/*
 * All meetings of a committee's folder, and every action's history across them. Core reads
 * no files: callers hand it parsed documents (see workspace/workspace.ts for the reading
 * side). The action table is rebuilt lazily after a change; it is linear in the number of
 * actions and updates, which keeps a cold index of a thousand meetings well inside a second.
 */

export interface Meeting {
  readonly uri: string;
  readonly doc: Document;
  readonly number: number | undefined;
  /** ISO date, when the header has a real one. */
  readonly date: string | undefined;
}

export interface ActionRaised {
  readonly meeting: Meeting;
  readonly action: NewAction;
}

export interface ActionUpdateEvent {
  readonly meeting: Meeting;
  readonly update: ActionUpdate;
  /** The state the update's status word puts the action in; undefined when unknown or missing. */
  readonly state: StatusState | undefined;
}

export interface ActionRecord {
  readonly id: string;
  readonly raised?: ActionRaised;
  /** In meeting order. */
  readonly updates: readonly ActionUpdateEvent[];
  /** Every place the ID is written in prose, by meeting. */
  readonly mentions: readonly { readonly meeting: Meeting; readonly range: Range }[];
}

export class FolderIndex {
  private readonly byUri = new Map<string, Meeting>();
  private ordered: Meeting[] | undefined;
  private order: Map<string, number> | undefined;
  private actions: Map<string, ActionRecord> | undefined;
  private byNumber: Map<number, Meeting[]> | undefined;
  private replayed: Map<string, Timeline> | undefined;
  /** `openAtEnd` per meeting: asked on every keystroke (the carry-forward check, completion). */
  private readonly openAfter = new Map<string, readonly ActionRecord[]>();

  constructor(readonly config: MinutesConfig) {}

  /** Adds or replaces one meeting's parsed document. */
  set(uri: string, doc: Document): void {
    const date = doc.header.date?.iso;
    this.byUri.set(uri, { uri, doc, number: doc.header.number?.value, date });
    this.invalidate();
  }

  delete(uri: string): void {
    if (this.byUri.delete(uri)) this.invalidate();
  }

  /** Counts the changes to the folder: a result computed at one generation holds until the next. */
  private changes = 0;

  get generation(): number {
    return this.changes;
  }

  private invalidate(): void {
    this.changes++;
    this.ordered = undefined;
    this.order = undefined;
    this.actions = undefined;
    this.byNumber = undefined;
    this.replayed = undefined;
    this.openAfter.clear();
  }

  get(uri: string): Meeting | undefined {
    return this.byUri.get(uri);
  }

  get size(): number {
    return this.byUri.size;
  }

  /**
   * Meetings by date, then number (extraordinary meetings fall where their date puts them). A
   * meeting whose date cannot be read (`date: 12/03/2024`, a slip the checker names) takes the
   * place its number gives it, after the last dated meeting of a number not above its own, so
   * that one slip does not put every later check out of order; one with neither comes last.
   */
  meetings(): readonly Meeting[] {
    if (!this.ordered) {
      const all = [...this.byUri.values()];
      const dated = all
        .filter((m) => m.date)
        .sort((a, b) => a.date!.localeCompare(b.date!) || (a.number ?? 0) - (b.number ?? 0) || a.uri.localeCompare(b.uri));
      const undated = all
        .filter((m) => !m.date)
        .sort((a, b) => (a.number ?? Number.POSITIVE_INFINITY) - (b.number ?? Number.POSITIVE_INFINITY) || a.uri.localeCompare(b.uri));
      this.ordered = undated.length === 0 ? dated : mergeByNumber(dated, undated);
      this.order = new Map(this.ordered.map((m, i) => [m.uri, i]));
    }
    return this.ordered;
  }

  /** The meeting held before this one, or undefined for the first (or an undated one). */
  previous(uri: string): Meeting | undefined {
    const meetings = this.meetings();
    const at = this.orderOf(uri);
    return at > 0 && meetings[at]!.date !== undefined ? meetings[at - 1] : undefined;
  }

  /**
   * Whether a record is an action as far as this folder can tell: its ID is well formed, and it
   * was raised here or at a meeting not in the folder. An update of `SEC76/01`, or of an ID its
   * own meeting in the folder never raised, is a slip the checks report, not an action to list
   * or offer.
   */
  isKnownAction(record: ActionRecord): boolean {
    const parts = parseActionId(record.id, this.config);
    if (!parts) return false;
    return record.raised !== undefined || this.meetingsNumbered(parts.meeting).length === 0;
  }

  /** The meetings that carry number `n`, in meeting order (more than one is a numbering slip). */
  meetingsNumbered(n: number): readonly Meeting[] {
    if (!this.byNumber) {
      this.byNumber = new Map();
      for (const m of this.meetings()) {
        if (m.number === undefined) continue;
        const list = this.byNumber.get(m.number);
        if (list) list.push(m);
        else this.byNumber.set(m.number, [m]);
      }
    }
    return this.byNumber.get(n) ?? [];
  }

  /** The IDs of the actions first raised at meetings numbered `n`, in ID order. */
  actionsRaisedAt(n: number): string[] {
    const ids: string[] = [];
    for (const meeting of this.meetingsNumbered(n)) {
      for (const action of actionFactsOf(meeting.doc).actions) {
        if (this.action(action.id.text)?.raised?.action === action) ids.push(action.id.text);
      }
    }
    return ids.sort(compareIds);
  }

  action(id: string): ActionRecord | undefined {
    return this.table().get(id);
  }

  allActions(): IterableIterator<ActionRecord> {
    return this.table().values();
  }

  /**
   * The action's state at the start of a meeting: after everything recorded in earlier
   * meetings; without `by` when nothing has updated it since it was raised.
   */
  stateBefore(id: string, uri: string): { state: StatusState; by?: ActionUpdateEvent } | undefined {
    const timeline = this.timelines().get(id);
    return timeline ? stateThrough(timeline, this.orderOf(uri) - 1) : undefined;
  }

  /** Actions still open at the end of a meeting: raised there or earlier and not closed since. */
  openAtEnd(uri: string): readonly ActionRecord[] {
    let open = this.openAfter.get(uri);
    if (!open) {
      const order = this.orderOf(uri);
      const found: ActionRecord[] = [];
      for (const timeline of this.timelines().values()) if (stateThrough(timeline, order)?.state === "open") found.push(timeline.record);
      this.openAfter.set(uri, (open = found));
    }
    return open;
  }

  /**
   * Every action's history as a timeline in meeting order, in ID order, made once per change
   * of the folder: the carry-forward check asks for the open actions of every meeting it
   * checks, and replaying each history from the meetings' order every time was a fifth of
   * checking a large folder.
   */
  private timelines(): Map<string, Timeline> {
    if (this.replayed) return this.replayed;
    const timelines = new Map<string, Timeline>();
    for (const record of [...this.table().values()].sort((a, b) => compareIds(a.id, b.id))) {
      const steps: TimelineStep[] = [];
      const raisedAt = record.raised ? this.orderOf(record.raised.meeting.uri) : Number.POSITIVE_INFINITY;
      let raised = false;
      for (const event of record.updates) {
        const at = this.orderOf(event.meeting.uri);
        // The raising comes before the updates of its own meeting, and opens the action whatever earlier updates said.
        if (!raised && raisedAt <= at) {
          steps.push({ at: raisedAt, state: "open" });
          raised = true;
        }
        if (event.state) steps.push({ at, state: event.state, by: event });
      }
      if (!raised && raisedAt !== Number.POSITIVE_INFINITY) steps.push({ at: raisedAt, state: "open" });
      timelines.set(record.id, { record, steps });
    }
    this.replayed = timelines;
    return timelines;
  }

  /**
   * Meetings whose checks depend on this one: later meetings that update or mention its actions,
   * and the next meeting. With `earlier`, a previous text of the meeting, also those that
   * depended on the actions that text raised or updated: an edit can end a dependency (an action
   * renamed away from the ID a later meeting updates), and that meeting must be checked again.
   */
  dependents(uri: string, earlier?: Document): string[] {
    const result = new Set<string>();
    // (A meeting no longer in the folder, closed and not on disk, has only its earlier text.)
    const meeting = this.byUri.get(uri);
    if (!meeting && !earlier) return [];
    const next = meeting ? this.meetings()[this.orderOf(uri) + 1] : undefined;
    if (next) result.add(next.uri);
    const table = this.table();
    const add = (record: ActionRecord | undefined) => {
      if (!record) return;
      for (const u of record.updates) if (u.meeting.uri !== uri) result.add(u.meeting.uri);
      for (const m of record.mentions) if (m.meeting.uri !== uri) result.add(m.meeting.uri);
    };
    for (const record of table.values()) {
      if (record.raised?.meeting.uri === uri || record.updates.some((u) => u.meeting.uri === uri)) add(record);
    }
    if (earlier) {
      const facts = actionFactsOf(earlier);
      for (const action of facts.actions) add(table.get(action.id.text));
      for (const update of facts.updates) add(table.get(update.id.text));
    }
    return [...result];
  }

  private orderOf(uri: string): number {
    this.meetings();
    return this.order!.get(uri) ?? -1;
  }

  private table(): Map<string, ActionRecord> {
    if (this.actions) return this.actions;
    const table = new Map<string, { id: string; raised?: ActionRaised; updates: ActionUpdateEvent[]; mentions: { meeting: Meeting; range: Range }[] }>();
    const entry = (id: string) => {
      let record = table.get(id);
      if (!record) table.set(id, (record = { id, updates: [], mentions: [] }));
      return record;
    };
    for (const meeting of this.meetings()) {
      const facts = actionFactsOf(meeting.doc);
      for (const action of facts.actions) {
        // The first meeting to raise an ID owns it; a second raising is a duplicate the checker reports.
        entry(action.id.text).raised ??= { meeting, action };
      }
      for (const update of facts.updates) entry(update.id.text).updates.push({ meeting, update, state: this.stateOf(update) });
      for (const ref of facts.mentions) entry(ref.text).mentions.push({ meeting, range: ref });
    }
    this.actions = table;
    return table;
  }

  private stateOf(update: ActionUpdate): StatusState | undefined {
    if (!update.status) return undefined;
    const state = statusStateOf(update.status.text, this.config);
    if (state === "closed" && update.supersededBy.length > 0) return "superseded";
    return state;
  }
}

/**
 * The dated meetings in their order, with each undated one (sorted by number, those without a
 * number last) placed after the last dated meeting whose number is not above its own. That
 * place only moves later as the number grows, so one merge places them all.
 */
function mergeByNumber(dated: readonly Meeting[], undated: readonly Meeting[]): Meeting[] {
  // The dated meetings by number, each with the latest place in date order of any meeting numbered up to it.
  const byNumber = dated.map((m, i) => [m.number ?? Number.POSITIVE_INFINITY, i] as const).sort((a, b) => a[0] - b[0]);
  const latest: number[] = [];
  let last = -1;
  for (const [, i] of byNumber) latest.push((last = Math.max(last, i)));
  const placeOf = (n: number | undefined): number => {
    if (n === undefined) return dated.length;
    let lo = 0;
    let hi = byNumber.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byNumber[mid]![0] <= n) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : latest[lo - 1]! + 1;
  };
  const out: Meeting[] = [];
  let u = 0;
  for (let i = 0; i <= dated.length; i++) {
    while (u < undated.length && placeOf(undated[u]!.number) <= i) out.push(undated[u++]!);
    if (i < dated.length) out.push(dated[i]!);
  }
  return out;
}

/** A change of an action's state: opened by its raising, or set by an update's status. */
interface TimelineStep {
  /** The meeting's position in meeting order. */
  readonly at: number;
  readonly state: StatusState;
  readonly by?: ActionUpdateEvent;
}

interface Timeline {
  readonly record: ActionRecord;
  /** In meeting order. */
  readonly steps: readonly TimelineStep[];
}

/** The state after the meetings up to position `last`; undefined when none of them raised the action or gave it a status. */
function stateThrough(timeline: Timeline, last: number): { state: StatusState; by?: ActionUpdateEvent } | undefined {
  let step: TimelineStep | undefined;
  for (const s of timeline.steps) {
    if (s.at > last) break;
    step = s;
  }
  return step;
}

interface ActionFacts {
  /** New actions with an ID, in source order. */
  readonly actions: readonly NewAction[];
  /** Updates with an ID, in source order. */
  readonly updates: readonly ActionUpdate[];
  /** Every action ID written in prose. */
  readonly mentions: readonly ActionRef[];
}

const FACTS = new KeptSlot<ActionFacts>("action facts");

/**
 * What one meeting contributes to the action table, kept per tree: after an edit the table is
 * merged again from every meeting, but only the edited meeting is walked again. Gathered here
 * rather than from `contentsOf`: a folder indexed at start keeps these three short lists per
 * meeting, not the checks' full lists of its blocks and prose.
 */
function actionFactsOf(doc: Document): ActionFacts {
  return keptOn(doc, FACTS, () => {
    const actions: NewAction[] = [];
    const updates: ActionUpdate[] = [];
    const mentions: ActionRef[] = [];
    for (const item of doc.items) walkActions(item.blocks, actions, updates, mentions);
    return { actions, updates, mentions };
  });
}

/** Gathers the new actions and updates of blocks (and inside summaries and passages), and every ID in prose. */
function walkActions(blocks: readonly Block[], actions: NewAction[], updates: ActionUpdate[], mentions: ActionRef[]): void {
  const refs = (prose: Prose) => {
    for (const ref of prose.actionRefs) mentions.push(ref);
  };
  for (const block of blocks) {
    eachProse(block, refs);
    if (block.kind === "action" && block.id.text) actions.push(block);
    else if (block.kind === "update" && block.id.text) updates.push(block);
    if (block.kind === "summary" || block.kind === "confidential") walkActions(block.blocks, actions, updates, mentions);
    else if (block.kind === "update") walkActions(passagesIn(block), actions, updates, mentions);
  }
}

/**
 * Natural order of IDs: `SECP9/02` before `SECP77/01` before `SECP77/10`. Written out rather
 * than `localeCompare(..., { numeric: true })`, which profiles showed to dominate sorting a
 * large folder's actions.
 */
export function compareIds(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const da = ca >= 48 && ca <= 57;
    const db = cb >= 48 && cb <= 57;
    if (da && db) {
      // Runs of digits compare as numbers, read in place (a sort of a meeting's actions compared
      // thousands of pairs, and a number cut out of each cost more than the rest): leading zeros
      // left out, the longer run is the larger, and runs of one length compare digit by digit.
      while (i < a.length - 1 && a.charCodeAt(i) === 48 && isDigit(a.charCodeAt(i + 1))) i++;
      while (j < b.length - 1 && b.charCodeAt(j) === 48 && isDigit(b.charCodeAt(j + 1))) j++;
      let ei = i;
      let ej = j;
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++;
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++;
      if (ei - i !== ej - j) return ei - i - (ej - j);
      for (; i < ei; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return a.charCodeAt(i) - b.charCodeAt(j);
    } else {
      if (ca !== cb) return ca - cb;
      i++;
      j++;
    }
  }
  return a.length - i - (b.length - j);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

