import { complete, type CandidateKind } from "@minutes/core";
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams } from "vscode-languageserver";
import { toOffset, toRange } from "../convert.js";
import type { State } from "../state.js";

const KIND: Record<CandidateKind, CompletionItemKind> = {
  initials: CompletionItemKind.Variable,
  action: CompletionItemKind.Reference,
  verb: CompletionItemKind.Keyword,
  status: CompletionItemKind.EnumMember,
  classification: CompletionItemKind.Enum,
  organisation: CompletionItemKind.Module,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  value: CompletionItemKind.Value,
};

export function onCompletion(state: State, params: CompletionParams): CompletionItem[] {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return [];
  const offset = toOffset(s.doc, params.position);
  return complete(s.semantics, s.committee.index, s.uri, offset).map((c) => ({
    label: c.label,
    kind: KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
    textEdit: { range: toRange(s.doc, c.replace), newText: c.insertText ?? c.label },
    ...(c.snippet ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(c.sortText ? { sortText: c.sortText } : {}),
    filterText: c.label,
  }));
}
