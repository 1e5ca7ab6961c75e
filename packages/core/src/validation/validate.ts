import { DEFAULT_CONFIG, type MinutesConfig } from "../config/config.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Document } from "../model/ast.js";
import { FolderIndex } from "../workspace/folder-index.js";
import { duplicateInitials, malformedInitials, initialsOrganisation } from "./checks/attendee-checks.js";
import { absentOwner, actionIdMalformed, actionOwner, dueDates, newActionIds } from "./checks/action-checks.js";
import { header, items, references } from "./checks/document-checks.js";
import { absentMentioned, ambiguousInitials, organisationMismatch, unknownInitials } from "./checks/mention-checks.js";
import { bodyNameUnknown } from "./checks/body-name-checks.js";
import { actionReferences } from "./checks/action-references.js";
import { bulletsWithheld, decisionsWithheld, itemOutcome, resolutionListSplit, resolutionMidParagraph, resolutionVerbs } from "./checks/resolution-checks.js";
import { keywordsAsProse, misplacedClassification } from "./checks/slip-checks.js";
import { decisionRunsOn } from "./checks/run-on-checks.js";
import { withholdingMarks } from "./checks/withholding-marks.js";
import { exclusionsUnclassified } from "./checks/exclusion-checks.js";
import { keywordsInSentences } from "./checks/wrapped-keyword-lines.js";
import { duplicateMeeting, meetingDateOrder } from "./checks/folder-checks.js";
import { openActionsCarried, successorWithheld, supersession, updateReportJoined, updateClosedAction, updateRepeated, updateStatus, updateUnknownAction, updateWithheldAction } from "./checks/update-checks.js";
import { CheckContext, type Check } from "./context.js";
import { applySettings } from "./suppressions.js";
import { runToEnd } from "../steps.js";

/** Every check, in the order their findings are easiest to read. Each is data in, diagnostics out. */
export const CHECKS: readonly (readonly [string, Check])[] = [
  ["header", header],
  ["items", items],
  ["keyword-as-prose", keywordsAsProse],
  ["classification-misplaced", misplacedClassification],
  // (After the two above, whose findings it leaves to them.)
  ["keyword-as-prose", withholdingMarks],
  ["keyword-in-sentence", keywordsInSentences],
  ["exclusion-unclassified", exclusionsUnclassified],
  ["meeting-number-duplicate", duplicateMeeting],
  ["meeting-date-order", meetingDateOrder],
  ["duplicate-initials", duplicateInitials],
  ["malformed-initials", malformedInitials],
  ["initials-organisation", initialsOrganisation],
  ["unknown-initials", unknownInitials],
  ["ambiguous-initials", ambiguousInitials],
  ["organisation-mismatch", organisationMismatch],
  ["absent-mentioned", absentMentioned],
  ["action-id-malformed", actionIdMalformed],
  ["new-action-ids", newActionIds],
  ["action-owner", actionOwner],
  ["absent-owner", absentOwner],
  ["due-date-invalid", dueDates],
  ["update-unknown-action", updateUnknownAction],
  ["action-reference-unknown", actionReferences],
  ["update-closed-action", updateClosedAction],
  ["update-withheld-action", updateWithheldAction],
  ["update-status", updateStatus],
  ["update-repeated", updateRepeated],
  ["update-report-joined", updateReportJoined],
  ["supersession", supersession],
  ["successor-withheld", successorWithheld],
  ["open-action-not-carried", openActionsCarried],
  ["resolution-verbs", resolutionVerbs],
  ["body-name-unknown", bodyNameUnknown],
  ["resolution-list-split", resolutionListSplit],
  ["resolution-mid-paragraph", resolutionMidParagraph],
  ["decision-runs-on", decisionRunsOn],
  ["bullet-withheld", bulletsWithheld],
  ["decision-withheld", decisionsWithheld],
  ["item-no-outcome", itemOutcome],
  ["reference-malformed", references],
];

export interface ValidateOptions {
  readonly config?: MinutesConfig;
  /** The document's URI or path, as the index knows it. */
  readonly uri?: string;
  /** The folder the meeting belongs to; without it, the meeting is checked as the only one of its folder. */
  readonly index?: FolderIndex;
  /** Only these checks, by name (see `CHECKS`); the syntax problems are always given. Default: every check. */
  readonly only?: ReadonlySet<string>;
}

/**
 * The syntax problems of the parse and the findings of every check, with the committee's
 * severities and the document's suppressions applied, in document order. Never throws: a
 * check that fails becomes a diagnostic naming it, and the others still run.
 */
export function validate(doc: Document, options: ValidateOptions = {}): Diagnostic[] {
  return runToEnd(validateSteps(doc, options));
}

/**
 * `validate` in slices: it pauses after each check, and where a long check pauses (see `Check`),
 * so a caller can interleave other work.
 */
export function* validateSteps(doc: Document, options: ValidateOptions = {}): Generator<void, Diagnostic[]> {
  const config = options.config ?? options.index?.config ?? DEFAULT_CONFIG;
  const uri = options.uri ?? "untitled.minutes";
  let index = options.index;
  if (!index) {
    index = new FolderIndex(config);
    index.set(uri, doc);
  }
  const context = new CheckContext(doc, config, uri, index);
  for (const [name, check] of CHECKS) {
    if (options.only && !options.only.has(name)) continue;
    try {
      const slices = check(context);
      if (slices) for (let slice = slices.next(); !slice.done; slice = slices.next()) yield;
    } catch (error) {
      context.report("internal-check-error", "error", { start: 0, end: 0 }, `The check \`${name}\` failed on this document (${(error as Error).message}); the other checks ran. Please report it with this file.`);
    }
    yield;
  }
  return applySettings([...doc.diagnostics, ...context.problems], doc, config);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
