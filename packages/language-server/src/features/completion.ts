import { complete, type CandidateKind } from "@minutes/core";
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionParams } from "vscode-languageserver";
import { checkPosition } from "../convert.js";
import type { State } from "../state.js";
import { snippetAsText } from "./snippet-text.js";

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
  checkPosition(params.position);
  // Positions are in the editor's current text, which may be keystrokes on this line ahead of the tree.
  const found = state.snapshotForLine(params.textDocument.uri, params.position.line);
  if (!found) return [];
  const { snapshot: s, document } = found;
  const text = document.getText();
  const offset = document.offsetAt(params.position);
  const range = (r: { start: number; end: number }) => ({ start: document.positionAt(r.start), end: document.positionAt(r.end) });
  return complete(s.semantics, s.committee.index, s.uri, offset, text).map((c) => ({
    label: c.label,
    kind: KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: { kind: MarkupKind.Markdown, value: c.documentation } } : {}),
    // A client that cannot take snippets gets the snippet's text with its placeholders filled in.
    textEdit: { range: range(c.replace), newText: c.snippet && !state.clientTakesSnippets ? snippetAsText(c.insertText ?? c.label) : (c.insertText ?? c.label) },
    ...(c.snippet && state.clientTakesSnippets ? { insertTextFormat: InsertTextFormat.Snippet } : {}),
    ...(c.sortText ? { sortText: c.sortText } : {}),
    filterText: c.label,
  }));
}
