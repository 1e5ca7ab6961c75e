/*
 * A snippet written out as plain text, for a client that says it cannot take snippets
 * (`completionItem.snippetSupport` false or absent): each placeholder becomes its default
 * text, a choice its first value, a tab stop nothing, and the date variables today's date.
 * Without this, such a client would insert `${1:Title}` literally.
 */

export function snippetAsText(snippet: string, today: Date = new Date()): string {
  return read(snippet, 0, false, today)[0];
}

const NAME = /[0-9]+|[A-Za-z_][A-Za-z0-9_]*/y;

/** Reads from `at` to the end, or to the `}` that closes the placeholder being read; returns the text and where it stopped. */
function read(s: string, at: number, inPlaceholder: boolean, today: Date): [string, number] {
  let out = "";
  let i = at;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c === "\\") {
      out += s.charAt(i + 1);
      i += 2;
      continue;
    }
    if (inPlaceholder && c === "}") return [out, i];
    if (c === "$") {
      const braced = s.charAt(i + 1) === "{";
      NAME.lastIndex = i + (braced ? 2 : 1);
      const name = NAME.exec(s)?.[0];
      if (name) {
        const after = NAME.lastIndex;
        if (!braced) {
          out += variable(name, today) ?? "";
          i = after;
          continue;
        }
        const next = s.charAt(after);
        if (next === "}") {
          out += variable(name, today) ?? "";
          i = after + 1;
          continue;
        }
        if (next === ":") {
          const [inner, end] = read(s, after + 1, true, today);
          out += variable(name, today) ?? inner;
          i = end + 1;
          continue;
        }
        if (next === "|") {
          const close = s.indexOf("|}", after + 1);
          if (close >= 0) {
            out += firstChoice(s.slice(after + 1, close));
            i = close + 2;
            continue;
          }
        }
      }
    }
    out += c;
    i++;
  }
  return [out, i];
}

/** The first value of a choice list `a,b\,c`, its escapes undone. */
function firstChoice(list: string): string {
  let out = "";
  for (let i = 0; i < list.length; i++) {
    const c = list.charAt(i);
    if (c === "\\") out += list.charAt(++i);
    else if (c === ",") break;
    else out += c;
  }
  return out;
}

/** The snippet variables the minutes' snippets use; undefined for a tab stop or an unknown name. */
function variable(name: string, today: Date): string | undefined {
  switch (name) {
    case "CURRENT_YEAR":
      return String(today.getFullYear());
    case "CURRENT_MONTH":
      return String(today.getMonth() + 1).padStart(2, "0");
    case "CURRENT_DATE":
      return String(today.getDate()).padStart(2, "0");
    default:
      return undefined;
  }
}
