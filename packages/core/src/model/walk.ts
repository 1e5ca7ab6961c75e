import type { Block, Document, Item, Prose } from "./ast.js";

/*
 * Traversals of the model. Every check walks the tree, so the flat lists are computed once
 * per tree and kept (the model is immutable once built).
 */

const blockLists = new WeakMap<readonly Block[], Block[]>();
const proseLists = new WeakMap<Document, { prose: Prose; item: Item }[]>();

/** Every block of an item in source order, descending into summaries and confidential passages. */
export function blocksOf(blocks: readonly Block[]): readonly Block[] {
  let list = blockLists.get(blocks);
  if (!list) {
    list = [];
    const visit = (bs: readonly Block[]) => {
      for (const block of bs) {
        list!.push(block);
        if (block.kind === "summary" || block.kind === "confidential") visit(block.blocks);
      }
    };
    visit(blocks);
    blockLists.set(blocks, list);
  }
  return list;
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
export function proseOf(doc: Document): readonly { prose: Prose; item: Item }[] {
  let list = proseLists.get(doc);
  if (!list) {
    list = [];
    for (const item of doc.items) {
      for (const block of blocksOf(item.blocks)) {
        for (const prose of proseOfBlock(block)) list.push({ prose, item });
      }
    }
    proseLists.set(doc, list);
  }
  return list;
}
