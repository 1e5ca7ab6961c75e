import type { Comment, Prose } from "../model/ast.js";
import type { Range, Token } from "../text/range.js";
import type { Inline } from "./view-types.js";

/*
 * Copies text out of the source for the view. A comment line may sit inside a paragraph (the
 * prose range runs from its first to its last character), so every copy skips the comments'
 * ranges: comments are never exported. Whitespace runs become single spaces, since wrapped
 * lines and their indentation are the source's layout, not the minutes'.
 */
export class SourceText {
  private readonly comments: readonly Range[];

  constructor(
    private readonly text: string,
    comments: readonly Comment[],
  ) {
    this.comments = [...comments].map((c) => c).sort((a, b) => a.start - b.start);
  }

  /** The text from `start` to `end` without any comment inside it, whitespace as in the source. */
  raw(start: number, end: number): string {
    let out = "";
    let at = start;
    for (const comment of this.comments) {
      if (comment.end <= at) continue;
      if (comment.start >= end) break;
      if (comment.start > at) out += this.text.slice(at, comment.start);
      at = Math.max(at, comment.end);
    }
    if (at < end) out += this.text.slice(at, end);
    return out;
  }

  /** The character of the source at `offset`. */
  plainChar(offset: number): string {
    return this.text.charAt(offset);
  }

  /** A one-line string: comments removed, whitespace collapsed, trimmed. */
  plain(range: Range): string {
    return collapse(this.raw(range.start, range.end)).trim();
  }

  /** The offset of the last match of `pattern` in the source between `start` and `end`, if any. */
  lastMatch(start: number, end: number, pattern: RegExp): number | undefined {
    const flags = pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g";
    const re = new RegExp(pattern.source, flags);
    const slice = this.text.slice(start, end);
    let found: number | undefined;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      found = start + m.index;
      if (m[0].length === 0) re.lastIndex++;
    }
    return found;
  }

  token(token: Token | undefined): string | undefined {
    return token === undefined ? undefined : this.plain(token);
  }

  /**
   * The inlines of `prose` between `start` and `end` (by default all of it), with the
   * resolution verbs given marked bold and the post-meeting notes set apart.
   */
  inlines(prose: Prose, verbs: readonly Token[] = [], start = prose.start, end = prose.end): Inline[] {
    const notes = prose.notes.filter((n) => n.start >= start && n.start < end);
    const inNote = (r: Range) => notes.some((n) => r.start >= n.start && r.start < n.end);
    const markers: { range: Range; inline: () => Inline }[] = [
      ...notes.map((n) => ({
        range: { start: n.start, end: Math.min(n.end, end) },
        inline: (): Inline => ({ kind: "note", text: this.plain(n.text), closed: n.closed }),
      })),
      ...verbs
        .filter((v) => v.start >= start && v.end <= end && !inNote(v))
        .map((v) => ({ range: v, inline: (): Inline => ({ kind: "verb", text: this.plain(v) }) })),
    ].sort((a, b) => a.range.start - b.range.start);
    const out: Inline[] = [];
    let at = start;
    for (const marker of markers) {
      if (marker.range.start < at) continue;
      out.push({ kind: "text", text: this.raw(at, marker.range.start) });
      out.push(marker.inline());
      at = marker.range.end;
    }
    out.push({ kind: "text", text: this.raw(at, end) });
    return normalise(out);
  }
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** Joins neighbouring text, collapses whitespace across the joins, trims the ends, drops empties. */
export function normalise(inlines: readonly Inline[]): Inline[] {
  const joined: Inline[] = [];
  for (const inline of inlines) {
    const last = joined.at(-1);
    if (inline.kind === "text" && last?.kind === "text") joined[joined.length - 1] = { kind: "text", text: last.text + inline.text };
    else joined.push(inline);
  }
  const out: Inline[] = [];
  let spaceBefore = true;
  for (const inline of joined) {
    if (inline.kind !== "text") {
      out.push(inline);
      spaceBefore = false;
      continue;
    }
    let text = collapse(inline.text);
    if (spaceBefore) text = text.trimStart();
    if (text.length === 0) continue;
    out.push({ kind: "text", text });
    spaceBefore = text.endsWith(" ");
  }
  const last = out.at(-1);
  if (last?.kind === "text") {
    const text = last.text.trimEnd();
    if (text.length === 0) out.pop();
    else out[out.length - 1] = { kind: "text", text };
  }
  return out;
}

/** The inlines as one plain string, post-meeting notes written as in the minutes. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map((i) => (i.kind === "note" ? noteText(i) : i.text)).join("");
}

export function noteText(note: { readonly text: string; readonly closed: boolean }): string {
  return `[Post-meeting note: ${note.text}]`;
}
