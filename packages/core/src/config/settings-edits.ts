import type { TextEdit } from "../diagnostics.js";

/*
 * Edits of a committee's settings file that an editor offers as fixes: naming the body
 * (`body-name-unknown`). The file is the secretary's: an edit inserts only what it says, keeps
 * the file's indentation and line ends, and is not offered where the file cannot be read as a
 * JSON object, or `bodyNames` is not a list.
 */

/** A new settings file that names the body. */
export function newSettingsNamingBody(name: string, eol = "\n"): string {
  return `{${eol}  "bodyNames": [${JSON.stringify(name)}]${eol}}${eol}`;
}

/**
 * The edit of settings `text` that puts `name` first among the body's names (the first stands
 * for the body in messages and where the minutes do not name it), adding `bodyNames` when the
 * file has none; undefined when the file is no JSON object, its `bodyNames` is no list, or the
 * name is already there.
 */
export function bodyNameEdit(text: string, name: string): TextEdit | undefined {
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return undefined;
  const names = (settings as Record<string, unknown>).bodyNames;
  const quoted = JSON.stringify(name);
  if (names !== undefined) {
    if (!Array.isArray(names) || names.includes(name)) return undefined;
    const open = listOpening(text, "bodyNames");
    if (open < 0) return undefined;
    const at = open + 1;
    return { range: { start: at, end: at }, newText: names.length === 0 ? quoted : `${quoted}, ` };
  }
  const brace = text.indexOf("{");
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
  const empty = Object.keys(settings).length === 0;
  const at = brace + 1;
  return { range: { start: at, end: at }, newText: empty ? `${eol}${indent}"bodyNames": [${quoted}]${eol}` : `${eol}${indent}"bodyNames": [${quoted}],` };
}

/**
 * Where the `[` of the top-level member `key` stands in JSON `text` (known to parse), or -1:
 * read by scanning strings and nesting, so that a key of that name inside another object, or
 * the words inside a string, are not taken for it.
 */
function listOpening(text: string, key: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    else if (c === 34) {
      const end = stringEnd(text, i);
      if (depth === 1 && JSON.parse(text.slice(i, end + 1)) === key) {
        // A key: its colon next (a value equal to the key's name has none).
        let j = end + 1;
        while (j < text.length && /\s/.test(text.charAt(j))) j++;
        if (text.charCodeAt(j) === 58) {
          j++;
          while (j < text.length && /\s/.test(text.charAt(j))) j++;
          if (text.charCodeAt(j) === 91) return j;
        }
      }
      i = end;
    }
  }
  return -1;
}

/** Where the string that opens at `open` closes (its closing quote). */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return text.length - 1;
}
