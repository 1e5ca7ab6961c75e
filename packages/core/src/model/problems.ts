import type { Diagnostic, Fix, Severity } from "../diagnostics.js";
import { type Range, spanOf } from "../text/range.js";

/** Collects problems while a tree is built or checked; one sink per pass. */
export class Problems {
  readonly list: Diagnostic[] = [];

  report(code: string, severity: Severity, range: Range, message: string, fixes?: Fix[]): void {
    // A copy of the offsets: the range given is often a model node, which a diagnostic must not keep.
    const at = spanOf(range);
    this.list.push(fixes && fixes.length > 0 ? { code, severity, range: at, message, fixes } : { code, severity, range: at, message });
  }

  error(code: string, range: Range, message: string, fixes?: Fix[]): void {
    this.report(code, "error", range, message, fixes);
  }
}
