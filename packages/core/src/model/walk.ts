import type { Block, Document, Item, Prose } from "./ast.js";

/** Every block of an item in source order, descending into summaries and confidential passages. */
export function* blocksOf(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    if (block.kind === "summary" || block.kind === "confidential") yield* blocksOf(block.blocks);
  }
}

/** Every run of prose in a block, with the item it stands in. */
export function* proseOfBlock(block: Block): Generator<Prose> {
  switch (block.kind) {
    case "paragraph":
      yield block.prose;
      break;
    case "list":
      if (block.leadIn) yield block.leadIn.prose;
      for (const item of block.items) yield item.prose;
      break;
    case "action":
      yield block.prose;
      break;
    case "update":
      yield block.original;
      for (const p of block.paragraphs) yield p.prose;
      break;
    default:
      break;
  }
}

export function* proseOf(doc: Document): Generator<{ prose: Prose; item: Item }> {
  for (const item of doc.items) {
    for (const block of blocksOf(item.blocks)) {
      for (const prose of proseOfBlock(block)) yield { prose, item };
    }
  }
}
