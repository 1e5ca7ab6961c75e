import type { Diagnostic, Fix, Severity } from "../diagnostics.js";
import type { Range } from "../text/range.js";

/** Collects problems while a tree is built or checked; one sink per pass. */
export class Problems {
  readonly list: Diagnostic[] = [];

  report(code: string, severity: Severity, range: Range, message: string, fixes?: Fix[]): void {
    this.list.push(fixes && fixes.length > 0 ? { code, severity, range, message, fixes } : { code, severity, range, message });
  }

  error(code: string, range: Range, message: string, fixes?: Fix[]): void {
    this.report(code, "error", range, message, fixes);
  }
}
