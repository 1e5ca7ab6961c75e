import { Transform, type TransformCallback } from "node:stream";

/*
 * Resynchronises the stdio byte stream on LSP frames before vscode-jsonrpc reads it.
 *
 * vscode-jsonrpc's reader trusts the framing: after a header without a usable Content-Length,
 * or a Content-Length that does not match the body (a client counting characters instead of
 * UTF-8 bytes, say), the bytes that follow are read as headers, every later message is lost,
 * and the server, still running, never answers again. This stream passes whole frames only:
 * `Content-Length: N` (other headers allowed) then N bytes. Bytes that do not start such a
 * frame are dropped up to the next `Content-Length: N\r\n`, which cannot occur inside a JSON
 * body (JSON strings escape line breaks). A body of the wrong length still reaches the reader,
 * which reports it as invalid JSON; the frame after it is found again here.
 */

const MARKER = /Content-Length:[ \t]*\d+\r\n/i;
const HEADER_LINE = /^[A-Za-z0-9-]+:[^\r\n]*$/;
/** A header block longer than this is not one: resynchronise. */
const MAX_HEADER = 4096;
const TERMINATOR = Buffer.from("\r\n\r\n", "latin1");

export class FrameResync extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  /** Chunks of a body still arriving, joined once the whole frame is there (no copy per chunk). */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** The length of the frame at the start of the input, once its header is read. */
  private frameLength = -1;
  /** Bytes dropped since the last well-formed frame, for one log line per resynchronisation. */
  private dropped = 0;

  constructor(private readonly log: (message: string) => void) {
    super({ autoDestroy: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.frameLength >= 0 && this.pending.length + this.waitingBytes + chunk.length < this.frameLength) {
      this.waiting.push(chunk);
      this.waitingBytes += chunk.length;
      return done();
    }
    this.pending = Buffer.concat([this.pending, ...this.waiting, chunk]);
    this.waiting = [];
    this.waitingBytes = 0;
    this.drain();
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.waiting.length > 0) this.pending = Buffer.concat([this.pending, ...this.waiting]);
    this.drain();
    if (this.pending.length > 0) this.log(`minutes: input ended inside a message; ${this.pending.length} bytes ignored`);
    done();
  }

  private drain(): void {
    for (;;) {
      if (this.frameLength < 0) {
        const end = this.pending.indexOf(TERMINATOR);
        if (end < 0) {
          if (this.pending.length > MAX_HEADER && this.resync()) continue;
          return;
        }
        const length = end <= MAX_HEADER ? contentLength(this.pending.toString("latin1", 0, end)) : undefined;
        if (length === undefined) {
          if (this.resync()) continue;
          return;
        }
        this.frameLength = end + TERMINATOR.length + length;
      }
      if (this.pending.length < this.frameLength) return;
      if (this.dropped > 0) {
        this.log(`minutes: skipped ${this.dropped} bytes of input that were not an LSP message`);
        this.dropped = 0;
      }
      this.push(this.pending.subarray(0, this.frameLength));
      this.pending = this.pending.subarray(this.frameLength);
      this.frameLength = -1;
    }
  }

  /**
   * Drops bytes up to the next `Content-Length:` marker after the start, and says whether one
   * was found. Without one, only a short tail (a marker split across chunks) is kept.
   */
  private resync(): boolean {
    const next = this.pending.toString("latin1", 1).search(MARKER);
    if (next >= 0) {
      this.dropped += next + 1;
      this.pending = this.pending.subarray(next + 1);
      return true;
    }
    const keep = Math.min(this.pending.length - 1, 40);
    let cut = this.pending.length - keep;
    // A blank line in the kept tail would be taken for the end of a header again: cut through it.
    const blank = this.pending.subarray(cut).lastIndexOf(TERMINATOR);
    if (blank >= 0) cut += blank + TERMINATOR.length;
    this.dropped += cut;
    this.pending = this.pending.subarray(cut);
    return false;
  }
}

/** The Content-Length of a header block (without its final blank line), or undefined if it is not a valid block. */
function contentLength(block: string): number | undefined {
  let length: number | undefined;
  for (const line of block.split("\r\n")) {
    if (!HEADER_LINE.test(line)) return undefined;
    const match = /^Content-Length:[ \t]*(\d+)[ \t]*$/i.exec(line);
    if (match) length = Number(match[1]);
  }
  return length;
}
