import type { Range } from "./text/range.js";

export type Severity = "error" | "warning" | "information" | "hint";

/** A replacement of the text in `range` by `newText`; ranges of one fix never overlap. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface Fix {
  /** What the fix does, in the user's words: "Change `DKi` to `DKa` (Del Kang, DCC)". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Certain fixes are applied by `minutes check --fix`; the others only offered in the editor. */
  readonly certain: boolean;
}

export interface RelatedInformation {
  readonly message: string;
  readonly range: Range;
  /** Another document, by its URI or path; absent for the same document. */
  readonly uri?: string;
}

export interface Diagnostic {
  /** Stable and searchable: see docs/diagnostics.md. */
  readonly code: string;
  readonly severity: Severity;
  readonly range: Range;
  readonly message: string;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedInformation[];
}
