import type { ActionRef, ActionUpdate, Block, ConfidentialPassage, Document, Item, NewAction, Prose, Resolution, UpdatePart } from "./ast.js";
import type { Token } from "../text/range.js";
import { KeptSlot, keptOn } from "../kept.js";
import { prose as proseAt } from "./prose.js";

/*
 * Traversals of the model. Every check reads the same few lists (the blocks, the prose, the
 * actions, the updates, the resolutions), so they are gathered in one walk per tree and kept:
 * the model is immutable once built.
 */

export interface ProseIn {
  readonly prose: Prose;
  readonly item: Item;
}

/** What a document holds, in source order, each list gathered once. */
export interface Contents {
  /** Every run of prose, with the item it stands in. */
  readonly prose: readonly ProseIn[];
  readonly actions: readonly NewAction[];
  readonly updates: readonly ActionUpdate[];
  /** Inline resolutions and the resolutions of bullets under a lead-in. */
  readonly resolutions: readonly Resolution[];
}

const CONTENTS = new KeptSlot<Contents>("contents");

export function contentsOf(doc: Document): Contents {
  return keptOn(doc, CONTENTS, gather);
}

function gather(doc: Document): Contents {
  const prose: ProseIn[] = [];
  const actions: NewAction[] = [];
  const updates: ActionUpdate[] = [];
  const resolutions: Resolution[] = [];
  const visit = (item: Item, within: readonly Block[]) => {
    const add = (p: Prose) => prose.push({ prose: p, item });
    for (const block of within) {
      if (block.kind !== "update") eachProse(block, add);
      switch (block.kind) {
        case "paragraph":
          if (block.resolution) resolutions.push(block.resolution);
          break;
        case "list":
          for (const entry of block.items) if (entry.resolution) resolutions.push(entry.resolution);
          break;
        case "action":
          actions.push(block);
          break;
        case "update":
          updates.push(block);
          // In source order: a passage inside the update (see `ActionUpdate.paragraphs`) between its paragraphs.
          add(block.original);
          for (const part of block.paragraphs) {
            if (part.kind === "paragraph") add(part.prose);
            else if (part.kind === "list") eachProse(part, add);
            else visit(item, part.blocks);
          }
          break;
        case "summary":
        case "confidential":
          visit(item, block.blocks);
          break;
        case "heading": {
          const heading = referencesOnly(doc.text, block.text);
          if (heading) add(heading);
          break;
        }
        default:
          break;
      }
    }
  };
  for (const item of doc.items) {
    // An item's title holds action IDs and references too (`item 2: Follow-up of SEC76/01`):
    // they are read like those of prose. Its people are not: a title names no one taking part.
    const title = referencesOnly(doc.text, item.title);
    if (title) prose.push({ prose: title, item });
    visit(item, item.blocks);
  }
  return { prose, actions, updates, resolutions };
}

const NONE: readonly never[] = [];

/**
 * The text of a title or a heading as prose that holds only its action IDs and references, or
 * undefined when it holds none (most titles: an ID or a reference holds a digit). Written as
 * the literal `prose` writes, so that every run of prose has one shape.
 */
function referencesOnly(text: string, range: { readonly start: number; readonly end: number }): Prose | undefined {
  if (!DIGIT.test(text.slice(range.start, range.end))) return undefined;
  const read = proseAt(text, range.start, range.end);
  if (read.actionRefs.length === 0 && read.references.length === 0) return undefined;
  return { text: read.text, start: read.start, end: read.end, initials: NONE, names: NONE, actionRefs: read.actionRefs, references: read.references, notes: NONE };
}

const DIGIT = /\d/;

/** Every block of an item in source order, descending into summaries and confidential passages. */
export function blocksOf(blocks: readonly Block[]): readonly Block[] {
  const list: Block[] = [];
  addBlocks(blocks, list);
  return list;
}

function addBlocks(blocks: readonly Block[], list: Block[]): void {
  for (const block of blocks) {
    list.push(block);
    if (block.kind === "summary" || block.kind === "confidential") addBlocks(block.blocks, list);
    else if (block.kind === "update") addBlocks(passagesIn(block), list);
  }
}

/** The `confidential:` passages inside an update, between its paragraphs: most updates have none. */
export function passagesIn(update: ActionUpdate): readonly ConfidentialPassage[] {
  let out: ConfidentialPassage[] | undefined;
  for (const part of update.paragraphs) if (part.kind === "confidential") (out ??= []).push(part);
  return out ?? NONE;
}

/**
 * The supersessions an update says in public: those written in its own paragraphs, not in a
 * passage among them (`supersededBy` holds both, for the confidential minutes and the checks).
 */
export function publicSupersessions(update: ActionUpdate): readonly ActionRef[] {
  const passages = passagesIn(update);
  if (passages.length === 0) return update.supersededBy;
  return update.supersededBy.filter((ref) => !passages.some((p) => ref.start >= p.start && ref.end <= p.end));
}

/**
 * Whether the offset `at` lies inside a `confidential:` passage: among an item's blocks, a
 * summary's, or an update's paragraphs. Read along the one path of blocks that holds it.
 */
export function inConfidentialPassage(doc: Document, at: number): boolean {
  let blocks: readonly (Block | UpdatePart)[] | undefined = doc.items.find((item) => item.start <= at && at < item.end)?.blocks;
  while (blocks) {
    const block: Block | UpdatePart | undefined = blocks.find((b) => b.start <= at && at < b.end);
    if (!block) return false;
    if (block.kind === "confidential") return true;
    blocks = block.kind === "summary" ? block.blocks : block.kind === "update" ? block.paragraphs : undefined;
  }
  return false;
}

/**
 * The status an update gives in public: none when it is written inside a passage among its
 * paragraphs (`Status: Closed.` before `end confidential`), which withholds it with the passage.
 */
export function publicStatus(update: ActionUpdate): Token | undefined {
  const status = update.status;
  if (!status) return undefined;
  return passagesIn(update).some((p) => status.start >= p.start && status.end <= p.end) ? undefined : status;
}

/** Visits every run of prose a block holds itself (not those of a summary's or a passage's blocks, nor of a passage inside an update), in order. */
export function eachProse(block: Block, visit: (prose: Prose) => void): void {
  switch (block.kind) {
    case "paragraph":
    case "action":
      visit(block.prose);
      break;
    case "list":
      if (block.leadIn) visit(block.leadIn.prose);
      for (const entry of block.items) visit(entry.prose);
      break;
    case "update":
      visit(block.original);
      for (const p of block.paragraphs) {
        if (p.kind === "paragraph") visit(p.prose);
        else if (p.kind === "list") eachProse(p, visit);
      }
      break;
    default:
      break;
  }
}

/** Every run of prose in a block. */
export function proseOfBlock(block: Block): Prose[] {
  const out: Prose[] = [];
  eachProse(block, (p) => out.push(p));
  return out;
}

/** Every run of prose of the document, with the item it stands in. */
export function proseOf(doc: Document): readonly ProseIn[] {
  return contentsOf(doc).prose;
}
