/**
 * A file's own line end, for the text written into it: `\r\n`, a lone `\r` (old Mac files) or
 * `\n`, whichever it has most of (`\n` when none). Not the first one found: in a file of mixed
 * ends, formatting that blanks a line between a lone `\r` and a `\n` makes a `\r\n` of them,
 * and the formatter's last line end then changed at the second run (found by fuzzing).
 */
export function commonLineEnd(text: string): string {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lf++;
  lf -= crlf;
  return crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
}

/**
 * `edits` with their line breaks written as `text`'s own: fixes write theirs with `\n`, and a
 * file must not get mixed line ends from them (the command line's `--fix`, the editor's quick
 * fixes).
 */
export function inLineEndsOf<E extends { readonly newText: string }>(edits: readonly E[], text: string): E[] {
  const eol = commonLineEnd(text);
  return eol === "\n" ? [...edits] : edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, eol) }));
}
