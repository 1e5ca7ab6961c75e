/** A zero-based line and a zero-based column in UTF-16 code units, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/**
 * Maps offsets to lines and columns for one text. One per parse, shared by every node, so
 * nodes carry offsets only and positions are computed on demand.
 * Line breaks are `\n`, `\r\n` and a lone `\r`, the same set the lexer accepts.
 */
export class LineIndex {
  /**
   * Where each line starts: found on first use, so a document whose positions are never shown
   * never scans for them. Lazy here rather than through a getter on the document: a getter in an
   * object literal kept every tree alive through young collections (see kept.ts).
   */
  private lineStarts: number[] | undefined;

  constructor(readonly text: string) {}

  private get starts(): number[] {
    return (this.lineStarts ??= startsOfLines(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset at which a zero-based line starts (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    return this.starts[line]!;
  }

  /** The text of one line without its line break. */
  lineText(line: number): string {
    const start = this.lineStart(line);
    let end = line + 1 < this.starts.length ? this.starts[line + 1]! : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.starts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    const lineLength = this.lineText(position.line).length;
    return start + Math.max(0, Math.min(position.character, lineLength));
  }
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  // Jump from line break to line break with indexOf: much faster than a loop over characters.
  if (text.indexOf("\r") < 0) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
  }
  return starts;
}
