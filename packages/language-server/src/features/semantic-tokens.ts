import { blocksOf, isConfiguredReference, proseOfBlock, type Document, type Range, type Token } from "@minutes/core";
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from "vscode-languageserver";
import type { State } from "../state.js";

/*
 * Semantic tokens add what a TextMate grammar cannot know: which words are the committee's
 * configured verbs and body names, and which bare words are attendees' initials.
 */
export const LEGEND: SemanticTokensLegend = {
  tokenTypes: ["variable", "enumMember", "keyword", "enum", "macro", "namespace"],
  tokenModifiers: ["declaration"],
};
const TYPE = { initials: 0, action: 1, verb: 2, classification: 3, reference: 4, body: 5 } as const;

export function onSemanticTokens(state: State, params: SemanticTokensParams): SemanticTokens {
  const s = state.snapshot(params.textDocument.uri);
  if (!s) return { data: [] };
  const tokens: { range: Range; type: number; modifiers: number }[] = [];
  const add = (range: Range, type: number, modifiers = 0) => tokens.push({ range, type, modifiers });
  // Only the committee's verbs as configured are its verbs: `AGRED` or `Noted` (slips the check
  // reports) are not coloured as if they were right.
  const verb = (v: Token) => {
    if (s.committee.config.resolutionVerbs[v.text] !== undefined) add(v, TYPE.verb);
  };
  const malformed = new Set(state.diagnosticsOf(s).filter((d) => d.code === "reference-malformed").map((d) => d.range.start));
  for (const a of s.doc.attendees?.attendees ?? []) add(a.initials, TYPE.initials, 1);
  for (const m of s.semantics.mentions) add(m.initials, TYPE.initials);
  if (s.doc.header.classification) add(s.doc.header.classification, TYPE.classification);
  for (const item of s.doc.items) {
    if (item.classification) add(item.classification, TYPE.classification);
    for (const b of blocksOf(item.blocks)) {
      if ((b.kind === "action" || b.kind === "update") && b.id.text) add(b.id, TYPE.action, b.kind === "action" ? 1 : 0);
      // An owner written as an attendee's initials (`PD to circulate ...`) is that attendee.
      if (b.kind === "action" && b.owner && s.semantics.people.withInitials(b.owner.text).length > 0) add(b.owner, TYPE.initials);
      if (b.kind === "paragraph" && b.resolution) {
        add(b.resolution.body, TYPE.body);
        b.resolution.verbs.forEach(verb);
      }
      if (b.kind === "list") {
        // The body named by the lead-in (`The Panel:`), then each bullet's verb.
        const body = b.items.find((i) => i.resolution)?.resolution?.body;
        if (body) add(body, TYPE.body);
        for (const i of b.items) i.resolution?.verbs.forEach(verb);
      }
      for (const p of proseOfBlock(b)) {
        p.actionRefs.forEach((r) => add(r, TYPE.action));
        // A word of capitals and digits is marked a reference when it is one of the committee's, or
        // one slip from one (which the checker names): `SMETS1` and `LC13A` are words (found by a
        // test of the editor's features).
        for (const r of p.references) if (isConfiguredReference(r.text, s.committee.config) || malformed.has(r.start)) add(r, TYPE.reference);
      }
    }
  }
  return encode(s.doc, tokens);
}

function encode(doc: Document, tokens: { range: Range; type: number; modifiers: number }[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const seen = new Set<number>();
  for (const t of tokens.sort((a, b) => a.range.start - b.range.start)) {
    if (seen.has(t.range.start)) continue;
    seen.add(t.range.start);
    const start = doc.lines.positionAt(t.range.start);
    const end = doc.lines.positionAt(t.range.end);
    // Tokens never span lines in LSP: a reference wrapped over a line break is marked on its first line.
    const length = end.line === start.line ? end.character - start.character : doc.lines.lineText(start.line).length - start.character;
    if (length > 0) builder.push(start.line, start.character, length, t.type, t.modifiers);
  }
  return builder.build();
}
