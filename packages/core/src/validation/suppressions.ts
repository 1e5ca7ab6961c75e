import type { MinutesConfig } from "../config/config.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Document } from "../model/ast.js";
import { PUBLIC_EXPORT_GUARDS } from "./checks/slip-checks.js";

/**
 * The committee's severities (`severity` in minutes.config.json: a level, or `off`) and the
 * document's own suppressions (`// minutes-disable-next-line CODE`, `// minutes-disable-file CODE`).
 * Syntax problems cannot be switched off: a line the parser cannot read is never silently dropped;
 * nor can the public export's guards (`PUBLIC_EXPORT_GUARDS`).
 */
export function applySettings(diagnostics: Diagnostic[], doc: Document, config: MinutesConfig): Diagnostic[] {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  for (const s of doc.suppressions) {
    const codes = s.codes.map((c) => c.text);
    if (s.scope === "file") codes.forEach((c) => fileWide.add(c));
    else {
      const set = byLine.get(s.line) ?? new Set<string>();
      codes.forEach((c) => set.add(c));
      byLine.set(s.line, set);
    }
  }
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    // Nor can the findings that keep confidential text from the public: a setting or a comment
    // that hid them would publish what the line was meant to withhold.
    const fixed = d.code.startsWith("syntax-") || d.code.startsWith("internal-") || PUBLIC_EXPORT_GUARDS.has(d.code);
    if (!fixed) {
      if (fileWide.has(d.code)) continue;
      // Lines are counted only when a next-line suppression needs them (the index is built on first use).
      if (byLine.size > 0 && byLine.get(doc.lines.positionAt(d.range.start).line)?.has(d.code)) continue;
      const setting = config.severity[d.code];
      if (setting === "off") continue;
      if (setting) {
        out.push({ ...d, severity: setting });
        continue;
      }
    }
    out.push(d);
  }
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.code.localeCompare(b.code));
}
