import type { Diagnostic } from "../diagnostics.js";
import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import { confidentialLevel } from "./public-view.js";
import { PUBLIC_EXPORT_GUARDS } from "../validation/checks/slip-checks.js";
import { validate, type ValidateOptions } from "../validation/validate.js";

/*
 * The one rule for whether anything public may be given out: the public export (command line
 * and editor, draft or not), the in-memory public render and the circulated register all ask
 * it. What is withheld depends on the lines that open and close confidential parts and on the
 * settings that say which classifications are confidential; when either may be wrong, the
 * public version waits. Each client words the alternative its own way (a flag, a command).
 */

/** Why the public version may not be given out yet. */
export type PublicRefusal =
  /** Lines meant to withhold text are read as prose, or restate what their meeting withheld: it would be published. */
  | { readonly cause: "withholding-read-as-prose"; readonly findings: readonly Diagnostic[] }
  /** The settings file could not be read, so the defaults would decide what is confidential. */
  | { readonly cause: "settings-unreadable"; readonly findings: readonly [] }
  /** The whole document is classified at a level the settings keep confidential (or do not know): it has no public version. */
  | { readonly cause: "document-classified"; readonly findings: readonly []; readonly level: string };

/**
 * The refusal for a meeting with these diagnostics (those of `validate`, or of `guardFindings`)
 * under settings with these problems (those that may change what is withheld: core's
 * `ConfigResult.withholding`), or undefined when its public version may be given out.
 */
export function publicRefusal(
  diagnostics: readonly Diagnostic[],
  withholdingProblems: readonly string[],
  meeting?: { readonly doc: Document; readonly config: MinutesConfig },
): PublicRefusal | undefined {
  const findings = diagnostics.filter((d) => PUBLIC_EXPORT_GUARDS.has(d.code));
  if (findings.length > 0) return { cause: "withholding-read-as-prose", findings };
  if (withholdingProblems.length > 0) return { cause: "settings-unreadable", findings: [] };
  const level = meeting && documentLevel(meeting.doc, meeting.config);
  if (level !== undefined) return { cause: "document-classified", findings: [], level };
  return undefined;
}

/** The document's own classification (`classification: RED`) when the settings keep it confidential, or do not know it. */
export function documentLevel(doc: Document, config: MinutesConfig): string | undefined {
  const level = doc.header.classification?.text.trim();
  return level && confidentialLevel(level, config) !== "public" ? level : undefined;
}

/**
 * The guard's findings for one meeting, with the committee's severities and the meeting's
 * suppressions applied as `validate` applies them, running only the checks the guard reads:
 * the register of a folder asks it of every meeting.
 */
export function guardFindings(doc: Document, options: ValidateOptions = {}): Diagnostic[] {
  return validate(doc, { ...options, only: PUBLIC_EXPORT_GUARDS }).filter((d) => PUBLIC_EXPORT_GUARDS.has(d.code));
}

export interface RefusalWording {
  /** What would be given out: `the public version`, `the register`. */
  readonly subject: string;
  /** What to do instead, as a clause: `export the confidential version with --confidential`. */
  readonly instead: string;
  /** Whether the findings and the settings' problems are shown just above the sentence. */
  readonly detailsAbove?: boolean;
  /** Whether the subject has drafts, which wait too (a draft's public version is still public). */
  readonly draftsWait?: boolean;
}

/** The refusal in one sentence for a secretary: what stops it, and what to do. */
export function describeRefusal(refusal: PublicRefusal, wording: RefusalWording): string {
  const above = wording.detailsAbove === true;
  if (refusal.cause === "document-classified") {
    return `the whole meeting is classified \`${refusal.level}\` (its \`classification:\` line), which the settings keep confidential: it has no public version. Correct the classification if it is wrong, or ${wording.instead}.`;
  }
  if (refusal.cause === "settings-unreadable") {
    return `which parts are confidential comes from the settings file, and it has problems${above ? " (see the warnings above)" : ""}. Correct minutes.config.json, or ${wording.instead}.`;
  }
  const one = refusal.findings.length === 1;
  const lines = one ? "a line" : `${refusal.findings.length} lines`;
  const restating = refusal.findings.filter((d) => d.code === "update-withheld-action").length;
  const asProse = refusal.findings.filter((d) => d.code === "keyword-as-prose" || d.code === "classification-misplaced").length;
  const runOn = refusal.findings.filter((d) => d.code === "decision-runs-on").length;
  const afterExclusion = refusal.findings.filter((d) => d.code === "exclusion-unclassified").length;
  const what =
    asProse === refusal.findings.length ? `${lines} meant to withhold text ${one ? "is" : "are"} read as prose`
    : restating === refusal.findings.length ? `${one ? "an update restates an action" : `${lines} restate actions`} withheld where ${one ? "it was" : "they were"} raised`
    : runOn === refusal.findings.length ? `${one ? "a sentence runs" : `${lines} run`} on into a decision or action of an item recorded in the confidential minutes`
    : afterExclusion === refusal.findings.length ? "an item after the press and public were excluded is not classified"
    : `${lines} would publish what was withheld: read as prose, closing no passage, run on into a decision, restating actions withheld where they were raised, or an item after the press and public were excluded left unclassified`;
  return (
    `${wording.subject} could publish what was meant to be withheld: ${what}${above ? " (above)" : ""}. ` +
    `Correct ${one ? "it" : "them"}${wording.draftsWait ? ", even for a draft," : ""} or ${wording.instead}.`
  );
}
