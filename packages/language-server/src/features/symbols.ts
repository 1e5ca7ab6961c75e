import { foldingRanges, outline, type OutlineNode } from "@minutes/core";
import {
  SymbolKind,
  type DocumentSymbol,
  type DocumentSymbolParams,
  type FoldingRange,
  type FoldingRangeParams,
  type SymbolInformation,
  type WorkspaceSymbolParams,
} from "vscode-languageserver";
import { toRange } from "../convert.js";
import type { State } from "../state.js";
import type { Document } from "@minutes/core";

const KIND: Record<OutlineNode["kind"], SymbolKind> = {
  header: SymbolKind.File,
  attendees: SymbolKind.Namespace,
  group: SymbolKind.Namespace,
  attendee: SymbolKind.Variable,
  item: SymbolKind.Module,
  action: SymbolKind.Event,
  update: SymbolKind.Event,
  heading: SymbolKind.String,
};

function toSymbol(doc: Document, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name || "(untitled)",
    ...(node.detail ? { detail: node.detail } : {}),
    kind: KIND[node.kind],
    range: toRange(doc, node.range),
    selectionRange: toRange(doc, node.selectionRange),
    children: node.children.map((c) => toSymbol(doc, c)),
  };
}

export function onDocumentSymbol(state: State, params: DocumentSymbolParams): DocumentSymbol[] {
  const s = state.snapshot(params.textDocument.uri);
  return s ? outline(s.doc).map((n) => toSymbol(s.doc, n)) : [];
}

export function onFoldingRanges(state: State, params: FoldingRangeParams): FoldingRange[] {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return [];
  return foldingRanges(s.doc).flatMap((r) => {
    const start = s.doc.lines.positionAt(r.start).line;
    let end = s.doc.lines.positionAt(r.end).line;
    while (end > start && s.doc.lines.lineText(end).trim() === "") end--;
    return end > start ? [{ startLine: start, endLine: end }] : [];
  });
}

/** At most this many symbols: an empty query in a large workspace would otherwise list everything. */
const LIMIT = 2000;

/** Meetings and actions of every committee, filtered by the query (case-insensitive, in order of letters). */
export function onWorkspaceSymbol(state: State, params: WorkspaceSymbolParams): SymbolInformation[] {
  const query = params.query.toLowerCase();
  const matches = (name: string) => {
    let at = 0;
    for (const c of name.toLowerCase()) if (c === query[at]) at++;
    return at === query.length;
  };
  const out: SymbolInformation[] = [];
  for (const committee of state.committees.all()) {
    for (const meeting of committee.index.meetings()) {
      const name = meeting.doc.header.title?.text ?? meeting.uri;
      if (out.length >= LIMIT) return out;
      if (matches(name)) {
        out.push({ name, kind: SymbolKind.File, location: { uri: meeting.uri, range: toRange(meeting.doc, meeting.doc.header.title ?? { start: 0, end: 0 }) }, containerName: meeting.date ?? "" });
      }
    }
    for (const record of committee.index.allActions()) {
      if (!record.raised || !matches(record.id)) continue;
      const m = record.raised.meeting;
      out.push({ name: record.id, kind: SymbolKind.Event, location: { uri: m.uri, range: toRange(m.doc, record.raised.action.id) }, containerName: m.doc.header.title?.text ?? "" });
      if (out.length >= LIMIT) return out;
    }
  }
  return out;
}
