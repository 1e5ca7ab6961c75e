import type { ActionUpdate, Block, Document, Item, NewAction, Prose, Resolution } from "./ast.js";
import { keptFor } from "../kept.js";

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
  /** Every block of every item, descending into summaries and confidential passages. */
  readonly blocks: readonly Block[];
  /** Every run of prose, with the item it stands in. */
  readonly prose: readonly ProseIn[];
  readonly actions: readonly NewAction[];
  readonly updates: readonly ActionUpdate[];
  /** Inline resolutions and the resolutions of bullets under a lead-in. */
  readonly resolutions: readonly Resolution[];
}

const contents = new WeakMap<Document, Contents>();
const blockLists = new WeakMap<readonly Block[], Block[]>();

export function contentsOf(doc: Document): Contents {
  return keptFor(contents, doc, gather);
}

function gather(doc: Document): Contents {
  const blocks: Block[] = [];
  const prose: ProseIn[] = [];
  const actions: NewAction[] = [];
  const updates: ActionUpdate[] = [];
  const resolutions: Resolution[] = [];
  const visit = (item: Item, within: readonly Block[]) => {
    for (const block of within) {
      blocks.push(block);
      switch (block.kind) {
        case "paragraph":
          prose.push({ prose: block.prose, item });
          if (block.resolution) resolutions.push(block.resolution);
          break;
        case "list":
          if (block.leadIn) prose.push({ prose: block.leadIn.prose, item });
          for (const entry of block.items) {
            prose.push({ prose: entry.prose, item });
            if (entry.resolution) resolutions.push(entry.resolution);
          }
          break;
        case "action":
          prose.push({ prose: block.prose, item });
          actions.push(block);
          break;
        case "update":
          prose.push({ prose: block.original, item });
          for (const p of block.paragraphs) prose.push({ prose: p.prose, item });
          updates.push(block);
          break;
        case "summary":
        case "confidential":
          visit(item, block.blocks);
          break;
        default:
          break;
      }
    }
  };
  for (const item of doc.items) visit(item, item.blocks);
  return { blocks, prose, actions, updates, resolutions };
}

/** Every block of an item in source order, descending into summaries and confidential passages. */
export function blocksOf(blocks: readonly Block[]): readonly Block[] {
  return keptFor(blockLists, blocks, () => {
    const list: Block[] = [];
    const visit = (bs: readonly Block[]) => {
      for (const block of bs) {
        list.push(block);
        if (block.kind === "summary" || block.kind === "confidential") visit(block.blocks);
      }
    };
    visit(blocks);
    return list;
  });
}

/** Every run of prose in a block. */
export function proseOfBlock(block: Block): Prose[] {
  switch (block.kind) {
    case "paragraph":
      return [block.prose];
    case "list":
      return block.leadIn ? [block.leadIn.prose, ...block.items.map((i) => i.prose)] : block.items.map((i) => i.prose);
    case "action":
      return [block.prose];
    case "update":
      return [block.original, ...block.paragraphs.map((p) => p.prose)];
    default:
      return [];
  }
}

/** Every run of prose of the document, with the item it stands in. */
export function proseOf(doc: Document): readonly ProseIn[] {
  return contentsOf(doc).prose;
}
