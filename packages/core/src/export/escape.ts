/*
 * Escaping of user text, one function per target. Everything a secretary typed goes through
 * one of these before it reaches markup; renderers never concatenate raw user text.
 */

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** For HTML text and attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * For Markdown inline text: escapes what would change structure or start markup (emphasis,
 * code, links, raw HTML, entity references, strikethrough, table pipes) and, at the start of a
 * block, what would start a heading, a quote, a list or a rule. Quotes and apostrophes stay as
 * typed; `&` and `>` are escaped only where Markdown would read them.
 */
export function escapeMarkdown(text: string, atBlockStart = true): string {
  let out = text
    .replace(/[\\`*[\]<|~]/g, (c) => `\\${c}`)
    // An underscore between two letters or digits (`a_b`) is never emphasis; every other one,
    // a run of them (`________` for a signature) included, is escaped.
    .replace(/_/g, (u, at: number, all: string) => (isAlphanumeric(all.charCodeAt(at - 1)) && isAlphanumeric(all.charCodeAt(at + 1)) ? u : "\\_"))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, "\\&");
  if (atBlockStart) {
    out = out
      .replace(/^([#>+=-])/, "\\$1")
      .replace(/^(\d{1,9})([.)])/, "$1\\$2");
  }
  return out;
}

function isAlphanumeric(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A spreadsheet reads a cell starting with `=`, `+`, `-`, `@`, tab or CR as a formula
 * (OWASP "CSV injection"): such a field gets a leading apostrophe, which spreadsheets show as
 * text and hide.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
