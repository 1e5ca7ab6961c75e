import { hover } from "@minutes/core";
import { MarkupKind, type Hover, type HoverParams } from "vscode-languageserver";
import { toOffset, toRange } from "../convert.js";
import type { State } from "../state.js";

export function onHover(state: State, params: HoverParams): Hover | null {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return null;
  const result = hover(s.semantics, s.committee.index, toOffset(s.doc, params.position));
  if (!result) return null;
  return { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: toRange(s.doc, result.range) };
}
