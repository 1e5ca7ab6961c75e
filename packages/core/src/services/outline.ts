import type { Document } from "../model/ast.js";
import { spanOf, type Range } from "../text/range.js";
import { blocksOf, passagesIn } from "../model/walk.js";

/** An outline entry; the server turns it into an LSP DocumentSymbol. */
export interface OutlineNode {
  readonly name: string;
  readonly detail?: string;
  readonly kind: "header" | "attendees" | "group" | "attendee" | "item" | "action" | "update" | "heading";
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: OutlineNode[];
}

export function outline(doc: Document): OutlineNode[] {
  const out: OutlineNode[] = [];
  // The header is the fields above the first item: `next meeting:` written at the end of the
  // file is a field too, but a header reaching down to it would hold every item.
  const firstItem = doc.items[0]?.start ?? Number.POSITIVE_INFINITY;
  const above = doc.header.fields.filter((f) => f.start < firstItem);
  const fields = above.length > 0 ? above : doc.header.fields;
  if (fields.length > 0) {
    const range = { start: fields[0]!.start, end: Math.max(...fields.map((f) => f.end)) };
    out.push({
      name: doc.header.title?.text ?? "Header",
      detail: [doc.header.reference?.text, doc.header.date?.text].filter(Boolean).join(" · "),
      kind: "header",
      range,
      selectionRange: spanOf(doc.header.title ?? fields[0]!.keyRange),
      children: [],
    });
  }
  const section = doc.attendees;
  if (section) {
    const root: OutlineNode = { name: "Attendees", detail: `${section.attendees.length}`, kind: "attendees", range: spanOf(section), selectionRange: { start: section.start, end: section.start + "attendees:".length }, children: [] };
    // Groups and attendees in source order: a category holds its groups; each attendee
    // belongs to the nearest group or category above it.
    type Mutable = OutlineNode & { range: Range };
    const entries = [
      ...section.groups.map((g) => ({ at: g.start, group: g })),
      ...section.attendees.map((a) => ({ at: a.start, attendee: a })),
    ].sort((x, y) => x.at - y.at);
    let category: Mutable | undefined;
    let group: Mutable | undefined;
    for (const entry of entries) {
      if ("group" in entry && entry.group) {
        const g = entry.group;
        const node: Mutable = { name: g.name.text || g.kind, kind: "group", range: spanOf(g), selectionRange: spanOf(g), children: [] };
        if (g.kind === "group") {
          (category ?? root).children.push(node);
          group = node;
        } else {
          root.children.push(node);
          category = node;
          group = undefined;
        }
      } else if ("attendee" in entry && entry.attendee) {
        const a = entry.attendee;
        (group ?? category ?? root).children.push({ name: `${a.initials.text} ${a.name.text}`, kind: "attendee", range: spanOf(a), selectionRange: spanOf(a.initials), children: [] });
        for (const parent of [group, category]) if (parent) parent.range = { start: parent.range.start, end: Math.max(parent.range.end, a.end) };
      }
    }
    out.push(root);
  }
  for (const item of doc.items) {
    const children: OutlineNode[] = [];
    // Actions and headings inside a summary or a confidential passage are the item's too.
    for (const b of blocksOf(item.blocks)) {
      if (b.kind === "heading") children.push({ name: b.text.text, kind: "heading", range: spanOf(b), selectionRange: spanOf(b.text), children: [] });
      if (b.kind === "action") children.push({ name: b.id.text || "action", detail: b.owner?.text ?? "", kind: "action", range: spanOf(b), selectionRange: spanOf(b.id), children: [] });
      if (b.kind === "update") children.push({ name: `update ${b.id.text}`, detail: b.status?.text ?? "", kind: "update", range: spanOf(b), selectionRange: spanOf(b.id), children: [] });
    }
    out.push({
      name: `${item.number.text || "?"}. ${item.title.text}`,
      detail: item.classification?.text ?? "",
      kind: "item",
      range: spanOf(item),
      selectionRange: spanOf(item.title.end > item.title.start ? item.title : item.headerRange),
      children,
    });
  }
  return out;
}

/** Regions an editor can fold: the attendee list, each item, each update, each summary or confidential passage. */
export function foldingRanges(doc: Document): Range[] {
  const out: Range[] = [];
  if (doc.attendees) out.push(spanOf(doc.attendees));
  for (const item of doc.items) {
    out.push(spanOf(item));
    const visit = (blocks: typeof item.blocks) => {
      for (const b of blocks) {
        if (b.kind === "update" || b.kind === "list") out.push(spanOf(b));
        if (b.kind === "summary" || b.kind === "confidential") {
          out.push(spanOf(b));
          visit(b.blocks);
        } else if (b.kind === "update") visit(passagesIn(b));
      }
    };
    visit(item.blocks);
  }
  return out;
}
