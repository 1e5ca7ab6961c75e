/**
 * @minutes/core: the minutes language. Parser, model, checks, the folder index and the
 * renderers. It knows nothing of LSP, VS Code or the file system (see ARCHITECTURE.md).
 */
export * from "./text/line-index.js";
export * from "./text/range.js";
export * from "./text/similarity.js";
export * from "./diagnostics.js";
export * from "./config/config.js";
export { isConfiguredReference } from "./config/derived.js";
export * from "./model/ast.js";
export { isoDate, formatLongDate, readDate } from "./model/dates.js";
export { parse, parseSteps, type ParseOptions } from "./parse.js";
export { validate, validateSteps, hasErrors, CHECKS, type ValidateOptions } from "./validation/validate.js";
export { PUBLIC_EXPORT_GUARDS } from "./validation/checks/slip-checks.js";
export { People, type Person } from "./validation/people.js";
export { findMentions, type Mention, type Qualifier } from "./validation/mentions.js";
export { carryForwardFix, missingCarriedActions } from "./validation/carry-forward.js";
export * from "./workspace/folder-index.js";
export * from "./workspace/action-ids.js";
export * from "./model/walk.js";
export { readConfig, type ConfigResult } from "./config/read-config.js";
export { bodyNameEdit, newSettingsNamingBody } from "./config/settings-edits.js";
export { applyEdits, certainEdits, differenceEdit, fixInRounds } from "./text/edits.js";
export { commonLineEnd, inLineEndsOf } from "./text/line-ends.js";
export { semanticsOf, type Semantics } from "./services/semantics.js";
export { KeptSlot, keptOn } from "./kept.js";
export { locate, type Target } from "./services/locate.js";
export { initialsOccurrences, actionOccurrences, type Occurrence } from "./services/occurrences.js";
export { hover, describeAction, type HoverResult } from "./services/hover.js";
export { complete, type CompletionCandidate, type CandidateKind } from "./services/completion.js";
export { outline, foldingRanges, type OutlineNode } from "./services/outline.js";
export { formatDocument } from "./services/format.js";
export { initialsRenameEdits, renameProblem } from "./services/rename.js";
export * from "./export/index.js";
export { publicRefusal, guardFindings, describeRefusal, type PublicRefusal, type RefusalWording } from "./export/public-guard.js";
export { registerRows } from "./workspace/register.js";
export { newMeetingText, nextMeetingFileName } from "./services/new-meeting.js";
export { InMemoryFiles, indexFolder, type MinutesFiles } from "./workspace/workspace.js";
