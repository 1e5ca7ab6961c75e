import type { ActionUpdate, Block, Document, List, NewAction, UpdatePart } from "../../model/ast.js";
import { fileNameOf } from "../../text/file-name.js";
import { contentsOf, inConfidentialPassage, publicSupersessions } from "../../model/walk.js";
import { closest } from "../../text/similarity.js";
import { parseActionId } from "../../workspace/action-ids.js";
import type { ActionRaised, FolderIndex } from "../../workspace/folder-index.js";
import { replaceFix, type CheckContext } from "../context.js";
import { carryForwardFix, missingCarriedActions } from "../carry-forward.js";
import { statusStateOf, type MinutesConfig } from "../../config/config.js";
import { tablesOf } from "../../config/derived.js";
import { hasPublicVersion, publicActionText, publicBlocks } from "../../export/public-view.js";
import { lastStatusLabel } from "../../model/assemble-blocks.js";
import { spanOf, type Range } from "../../text/range.js";
import { escapeRegExp } from "../../text/trim.js";
import { keptFor } from "../../kept.js";
import { LIST_MARKER } from "../../syntax/bullets.js";

function updates(context: CheckContext): readonly ActionUpdate[] {
  return contentsOf(context.doc).updates;
}


/** The meeting of the folder that would have raised the action `id`, when it did not; else undefined. */
export function neverRaised(context: CheckContext, id: string): { readonly uri: string } | undefined {
  const parts = parseActionId(id, context.config);
  if (!parts || context.index.action(id)?.raised) return undefined;
  return context.index.meetingsNumbered(parts.meeting).find((m) => m.uri !== context.uri);
}

/** `update-unknown-action`: the folder holds the meeting that would have raised the action, and it did not. */
export function updateUnknownAction(context: CheckContext): void {
  const index = context.index;
  const own = context.doc.header.number?.value;
  for (const update of updates(context)) {
    const parts = parseActionId(update.id.text, context.config);
    if (!parts) continue;
    // An update of an action of this meeting or a later one (`TR9/01` written in meeting 5):
    // no action can be updated before it is raised.
    if (own !== undefined && parts.meeting >= own) {
      context.report(
        "update-unknown-action",
        "error",
        update.id,
        parts.meeting === own
          ? contentsOf(context.doc).actions.some((action) => action.id.text === update.id.text)
            ? `\`${update.id.text}\` is an action of this meeting (${own}), raised here with \`action ${update.id.text}:\`: it is updated at the meetings after this one. Check the ID.`
            : // Found by a user's test: the message said it was raised here when nothing raised it.
              `\`${update.id.text}\` has this meeting's number (${own}), and this meeting raises no such action: an action is updated only at the meetings after the one that raised it. Check the ID.`
          : `\`${update.id.text}\` is an action of meeting ${parts.meeting}, after this one (${own}): an action is updated only after the meeting that raised it. Check the ID.`,
      );
      continue;
    }
    const raising = neverRaised(context, update.id.text);
    if (!raising) continue;
    const range = ` (it raised ${raisedBy(index, parts.meeting)})`;
    context.report(
      "update-unknown-action",
      "error",
      update.id,
      `There is no action \`${update.id.text}\`: meeting ${parts.meeting} is in this folder as ${fileNameOf(raising.uri)}${range}. Check the ID against those minutes.`,
    );
  }
}

/** What a meeting of the folder raised, for messages: `SECP75/01 to SECP75/03`, `SECP75/01`, `no actions`. */
export function raisedBy(index: FolderIndex, meeting: number): string {
  const raised = index.actionsRaisedAt(meeting);
  if (raised.length === 0) return "no actions";
  return raised.length === 1 ? raised[0]! : `${raised[0]} to ${raised.at(-1)}`;
}

/** `update-closed-action`: an update of an action that an earlier meeting closed or superseded. */
export function updateClosedAction(context: CheckContext): void {
  const index = context.index;
  for (const update of updates(context)) {
    const before = index.stateBefore(update.id.text, context.uri);
    if (!before || before.state === "open" || !before.by) continue;
    // An action its meeting never raised is `update-unknown-action`'s: closed or not, it is no
    // action (found by a secretary's test: the two findings contradicted each other).
    if (neverRaised(context, update.id.text)) continue;
    const by = before.by;
    const successor = before.state === "superseded" ? by.update.supersededBy[0]?.text : undefined;
    const how = successor ? `closed and superseded by ${successor}` : "closed";
    const advice = successor
      ? `Report the progress under \`update ${successor}: ...\`, the action that replaced it`
      : "Delete this update if it was carried by mistake";
    context.report(
      "update-closed-action",
      "warning",
      update.id,
      `\`${update.id.text}\` was ${how} at meeting ${by.meeting.number ?? "?"} (${by.meeting.date ?? fileNameOf(by.meeting.uri)}), so it is no longer open; an update here reopens it. ` +
        `${advice}; if the action is reopened on purpose, silence this with \`// minutes-disable-next-line update-closed-action\`.`,
      { related: [{ message: `${update.id.text} ${how} here`, range: spanOf(by.update.status ?? by.update.id), uri: by.meeting.uri }] },
    );
  }
}

/** `status-unknown` and `update-no-status`: the status word of each update. */
/**
 * `update-repeated`: one action updated twice in a meeting, with statuses that disagree
 * (`Closed` in one item, `Open` in another). The register and the next meeting take the last,
 * which may not be what the committee decided.
 */
export function updateRepeated(context: CheckContext): void {
  const seen = new Map<string, ActionUpdate>();
  for (const update of updates(context)) {
    const id = update.id.text;
    if (!id || !update.status) continue;
    const earlier = seen.get(id);
    seen.set(id, update);
    if (!earlier?.status) continue;
    const before = statusStateOf(earlier.status.text, context.config);
    const now = statusStateOf(update.status.text, context.config);
    if (before === now) continue;
    const line = context.doc.lines.positionAt(earlier.id.start).line + 1;
    context.report(
      "update-repeated",
      "warning",
      update.id,
      `\`${id}\` is updated twice in these minutes: \`${earlier.status.text}\` on line ${line}, then \`${update.status.text}\` here. The register and the next meeting take the last; keep one update, or give both the status the committee decided.`,
      { related: [{ message: `The first update of \`${id}\`: \`${earlier.status.text}\``, range: spanOf(earlier.id) }] },
    );
  }
}

/** Where a remark after a status word starts: a dash between spaces, a comma, a bracket, a colon or a semicolon. */
const REMARK_MARK = /\s[–—-]\s|[,(:;]/;

export function updateStatus(context: CheckContext): void {
  const words = Object.keys(context.config.statuses);
  for (const update of updates(context)) {
    if (!update.status || update.status.text.length === 0) {
      const slip = statusWithoutColon(update, context.config.statuses, context.doc.text);
      const early = slip ? undefined : statusNotLast(update, context.doc.text, context.config.statuses);
      const unlabelled = slip || early ? undefined : statusUnlabelled(update, context.config.statuses);
      context.report(
        "update-no-status",
        "warning",
        update.id,
        `${update.id.text ? `The update of \`${update.id.text}\`` : "This update"} records no status: ` +
          (slip
            ? `\`${slip.written}\` is written without the colon of \`Status:\`, so it is not read; write \`Status: ${slip.word}\`. `
            : early
              ? `\`${early}\` is followed by more of its paragraph, on the lines below, so it is not read: the status ends the update's last paragraph. Move it to the end, or leave a blank line after its sentence. `
              : unlabelled
                ? `its report opens with \`${unlabelled.word}\`, a status word, without the label, so it is not read as the status; write \`Status: ${unlabelled.word}\`. `
                : "end its last paragraph with `Status: Open.` or `Status: Closed.` (or add a line `status: open`). ") +
          "Until then every paragraph after it, up to the next action, update, heading, list, passage or item, is read as part of this update.",
        slip
          ? { fixes: [replaceFix(`Write \`Status: ${slip.word}\``, slip.label, "Status: ", true)] }
          : unlabelled
            ? { fixes: [replaceFix(`Write \`Status: ${unlabelled.word}\``, { start: unlabelled.at, end: unlabelled.at }, "Status: ", false)] }
            : {},
      );
      continue;
    }
    if (statusStateOf(update.status.text, context.config)) continue;
    // The word before a remark (`Clsed – circulated to all members`), as written: the finding
    // and its fix are about it, and the remark is kept (found on reading a secretary's test: the
    // whole status was compared, and no word offered).
    const source = context.doc.text.slice(update.status.start, update.status.end);
    // A status word with prose run on after it (`Open entries were reviewed`): the remark wants its mark.
    const opening = /^\S+/.exec(source)?.[0] ?? "";
    if (Object.hasOwn(context.config.statuses, opening.toLowerCase())) {
      context.report(
        "status-unknown",
        "error",
        update.status,
        `\`${update.status.text}\` is not read as a status: after \`${opening}\`, a remark follows a dash, a comma or a bracket, or a word such as \`by\`, \`on\` or \`pending\` (\`Status: ${opening} – ...\`).`,
        { fixes: [replaceFix(`Write \`${opening} – ...\``, { start: update.status.start + opening.length, end: update.status.start + opening.length }, " –", false)] },
      );
      continue;
    }
    let head = REMARK_MARK.exec(source)?.index ?? -1;
    let near = closest((head > 0 ? source.slice(0, head) : update.status.text).toLowerCase().replace(/\s+/g, " ").trim(), words, 2);
    // A remark as a phrase (`Supersed by SECP78/01`): the first word alone.
    const firstWord = /^\S+(?=\s)/.exec(source)?.[0];
    if (near.length === 0 && firstWord) {
      const nearFirst = closest(firstWord.toLowerCase(), words, 2);
      if (nearFirst.length > 0) [head, near] = [firstWord.length, nearFirst];
    }
    const written = head > 0 ? source.slice(0, head).trimEnd() : update.status.text;
    const range = head > 0 ? { start: update.status.start, end: update.status.start + written.length } : update.status;
    const styled = (w: string) => (written === written.toUpperCase() ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1));
    context.report(
      "status-unknown",
      "error",
      range,
      `\`${written}\` is not a status: expected one of ${words.map((w) => `\`${styled(w)}\``).join(", ")}.` + (near[0] ? ` Did you mean \`${styled(near[0])}\`?` : ""),
      { fixes: near.slice(0, 2).map((w, i) => replaceFix(`Change to \`${styled(w)}\``, range, styled(w), i === 0 && near.length === 1)) },
    );
  }
}

/**
 * `Status – Closed`, `Status - Open`, `Status Closed`: a status word after `Status` with a dash or
 * nothing where the colon belongs, in an update that records none (found by a secretary's test:
 * the update was said to record no status, with no word of why). `label` is `Status` and what
 * stands between it and the word.
 */
function statusWithoutColon(update: ActionUpdate, statuses: Readonly<Record<string, string>>, text: string): { written: string; word: string; label: Range } | undefined {
  const words = Object.keys(statuses);
  if (words.length === 0) return undefined;
  const pattern = keptFor(STATUS_WITHOUT_COLON, statuses, () => new RegExp(`\\b(Status|STATUS)(?:[ \\t]*[-–—=][ \\t]*|[ \\t]+)(${words.map(escapeRegExp).join("|")})\\b`, "i"));
  const found = pattern.exec(text.slice(update.start, update.end));
  if (!found || found[1] !== "Status" && found[1] !== "STATUS") return undefined;
  const start = update.start + found.index;
  const word = found[2]!.charAt(0).toUpperCase() + found[2]!.slice(1).toLowerCase();
  return { written: found[0], word, label: { start, end: start + found[0].length - found[2]!.length } };
}

/**
 * `Status: Closed.` written on a line of an update's paragraph with more lines of it below (found
 * by a review of the documents: the message said only to write a status): the label and its
 * first word, or undefined.
 */
function statusNotLast(update: ActionUpdate, text: string, statuses: Readonly<Record<string, string>>): string | undefined {
  const found = /\b(?:Status|STATUS):[ \t]*([^\s.,;:–—(]*)/.exec(text.slice(update.start, update.end));
  return found && Object.hasOwn(statuses, found[1]!.toLowerCase()) ? found[0] : undefined;
}

/**
 * `Complete – see item 5.`, `Ongoing.`: an update's report, one line, that opens with a status word
 * and nothing but a remark after it, written without the label (found by a review of false
 * positives: the message said only to write a status). The word as written and where it stands.
 */
function statusUnlabelled(update: ActionUpdate, statuses: Readonly<Record<string, string>>): { word: string; at: number } | undefined {
  const first = update.paragraphs[0];
  if (first?.kind !== "paragraph" || first.prose.text.includes("\n")) return undefined;
  const text = first.prose.text;
  // The first word, or the first two (`Carried forward`), then only a remark or the end.
  const words = /^([A-Za-z]+)(?:\s+[A-Za-z]+)?/.exec(text);
  if (!words) return undefined;
  for (const word of new Set([words[0], words[1]!])) {
    if (Object.hasOwn(statuses, word.toLowerCase().replace(/\s+/g, " ")) && REMARK_OR_END.test(text.slice(word.length))) return { word, at: first.prose.start };
  }
  return undefined;
}
/** What may follow a status word written without its label: a remark after a mark, or nothing. */
const REMARK_OR_END = /^\s*(?:[–—-]\s|[,.(;]|$)/;

/** The pattern of `statusWithoutColon`, made once per setting of the status words. */
const STATUS_WITHOUT_COLON = new WeakMap<Readonly<Record<string, string>>, RegExp>();

/** `superseded-unknown` and `supersession-cycle`. */
export function supersession(context: CheckContext): void {
  const index = context.index;
  const number = context.doc.header.number?.value;
  const raisedHere = new Set<string>();
  for (const action of contentsOf(context.doc).actions) raisedHere.add(action.id.text);
  // Said in the message of every unknown successor: made once, on the first (it was made for
  // each, which was quadratic in a long document's actions).
  let raisedHereSaid: string | undefined;
  for (const update of updates(context)) {
    for (const ref of update.supersededBy) {
      const parts = parseActionId(ref.text, context.config);
      if (!parts) continue;
      const inThisMeeting = parts.meeting === number;
      const known = inThisMeeting ? raisedHere.has(ref.text) : index.action(ref.text)?.raised !== undefined;
      const checkable = inThisMeeting || index.meetingsNumbered(parts.meeting).length > 0;
      if (!known && checkable) {
        const suggestion = inThisMeeting
          ? ` This meeting raises ${(raisedHereSaid ??= listOfIds([...raisedHere].filter((x) => parseActionId(x, context.config)).sort()))}.`
          : ` Meeting ${parts.meeting} (${index.meetingsNumbered(parts.meeting).map((m) => fileNameOf(m.uri)).join(", ")}) raised ${raisedBy(index, parts.meeting)}.`;
        context.report(
          "superseded-unknown",
          "error",
          ref,
          `\`${update.id.text}\` is superseded by \`${ref.text}\`, but no action \`${ref.text}\` was raised.${suggestion}`,
        );
      }
      if (ref.text === update.id.text || leadsBack(index, ref.text, update.id.text)) {
        context.report(
          "supersession-cycle",
          "error",
          ref,
          ref.text === update.id.text
            ? `\`${update.id.text}\` is superseded by itself: name the new action that replaces it.`
            : `Supersession goes round in a circle: \`${update.id.text}\` is superseded by \`${ref.text}\`, which is itself superseded, directly or through others, by \`${update.id.text}\`. Name the action that really replaces it.`,
        );
      }
    }
  }
}

/** IDs for a message: all of them when there are a few, else the first few and how many more. */
function listOfIds(ids: readonly string[]): string {
  if (ids.length === 0) return "no actions";
  const shown = 8;
  if (ids.length <= shown + 1) return ids.join(", ");
  return `${ids.slice(0, shown).join(", ")} and ${ids.length - shown} more`;
}

function leadsBack(index: FolderIndex, from: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === target) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const event of index.action(id)?.updates ?? []) stack.push(...event.update.supersededBy.map((r) => r.text));
  }
  return false;
}

/** `open-action-not-carried` (information): open at the end of the previous meeting, and neither updated nor mentioned here. */
export function openActionsCarried(context: CheckContext): void {
  const missing = missingCarriedActions(context.doc, context.uri, context.index);
  if (!missing || missing.ids.length === 0) return;
  const at = context.doc.items[0]?.headerRange ?? context.doc.header.fields[0] ?? { start: 0, end: 0 };
  const fix = carryForwardFix(context.doc, context.uri, context.index, missing);
  context.report(
    "open-action-not-carried",
    "information",
    at,
    `${missing.ids.length === 1 ? "An action" : `${missing.ids.length} actions`} open at the end of meeting ${missing.previous.number ?? "?"} ${missing.ids.length === 1 ? "is" : "are"} neither updated nor mentioned here: ${missing.ids.join(", ")}.`,
    { fixes: fix ? [fix] : [] },
  );
}


/**
 * `update-withheld-action`: a public update that restates an action its own meeting withheld
 * (raised inside a `confidential:` passage, or at a meeting classified confidential): as
 * written, the action's text is published with the update. An update that gives only the ID
 * (`update SECP90/02:`) restates nothing, and is not reported.
 */
export function updateWithheldAction(context: CheckContext): void {
  let listsAfter: ReadonlyMap<ActionUpdate, List> | undefined;
  const blockAfter = (update: ActionUpdate) => (listsAfter ??= listsAfterUpdates(context.doc)).get(update);
  for (const update of updates(context)) {
    // What it restates: its first paragraph, and a list under it (found by a leak hunt).
    const words = hasWords(update);
    const list = restatingList(update, words, blockAfter);
    if (!words && !list && !update.paragraphs.some((part) => part.kind === "paragraph")) continue;
    const first = context.index.action(update.id.text)?.raised;
    if (!first) continue;
    const found = restatedRaising(update, words, list, first, context.config);
    if (!found) continue;
    const { action, shown, report } = found;
    const meeting = first.meeting.uri === context.uri ? "this meeting" : `meeting ${first.meeting.number ?? "?"}`;
    // (What this meeting shows is asked only now: most updates restate public actions.)
    if (!publicBlocks(context.doc, context.config).has(update)) continue;
    context.report(
      "update-withheld-action",
      "error",
      report ?? update.id,
      report
        ? `\`${update.id.text}\` was withheld from the public minutes of ${meeting}, where it was raised; this report of its update repeats its words in public, so they would be published. ` +
          "Move the report into a `confidential:` passage, or write it without the action's words."
        : (shown
          ? `The sub-tasks of \`${update.id.text}\` were withheld from the public minutes of ${meeting}, with the confidential item it was raised in; this update restates them in public, so they would be published. `
          : `\`${update.id.text}\` was withheld from the public minutes of ${meeting}, where it was raised; this update restates it in public, so its text would be published. `) +
          "Move the update into a `confidential:` passage, or write it with the ID alone.",
      {
        fixes: [report ? {
          title: "Put the report in a confidential passage",
          edits: [
            { range: { start: report.start, end: report.start }, newText: "confidential:\n" },
            { range: { start: report.end, end: report.end }, newText: "\nend confidential" },
          ],
          certain: false,
        } : {
          title: "Put the update in a confidential passage",
          edits: [
            { range: { start: update.start, end: update.start }, newText: "confidential:\n" },
            // Without a status the update runs on over the paragraphs after it: only its own text goes in.
            { range: { start: Math.max(passageEnd(update), list?.end ?? 0), end: Math.max(passageEnd(update), list?.end ?? 0) }, newText: "\nend confidential" },
          ],
          certain: false,
        }],
        related: [{ message: `${update.id.text} raised here, withheld`, range: spanOf(action.id), uri: first.meeting.uri }],
      },
    );
  }
}

/**
 * Of the actions raised with the update's ID, the first whose withheld text the update restates,
 * with what the public minutes show of it. Every action its meeting raised with the ID (found by
 * a leak hunt: with a public action and a withheld one under one ID, only the first was read),
 * and the update's own meeting too, where a later item updates what an item before withheld.
 */
function restatedRaising(update: ActionUpdate, words: boolean, list: List | undefined, first: ActionRaised, config: MinutesConfig): { action: NewAction; shown: string; report?: UpdatePart } | undefined {
  const { doc } = first.meeting;
  const raisings = [first.action, ...contentsOf(doc).actions.filter((a) => a !== first.action && a.id.text === first.action.id.text)];
  for (const action of raisings) {
    // Withheld whole, or its sub-tasks withheld with the confidential item it was raised in
    // (`PD to consider the following:` / `(a) expelling Acme;`: found by a review, where an
    // update restating them published them).
    const shown = publicBlocks(doc, config).has(action) ? publicActionText(doc, config, action) : "";
    const withheld = action.prose.text.slice(shown.length);
    if (withheld.trim().length === 0) continue;
    const named = new Set([...ownWords(action.owner?.text, config), ...wordsOf(shown)]);
    // (A list's entry restates a sub-task when it repeats its words in order: a progress list,
    // under the ID alone as the message advises, shares words with the action as often as not,
    // `- contract awarded`: found by a review of false positives.)
    const restated = words && (restates(update.original.text, withheld, named) || repeatsWordForWord(ownText(update), withheld));
    if (restated || list?.items.some((entry) => restatesAsEntry(entry.prose.text, withheld))) return { action, shown };
    // A report under the update restates it when it repeats a run of its words that says what
    // was withheld (`PD briefed counsel on the Acme merger.` under `update SECP80/01:`, for `PD to
    // brief counsel on the Acme merger`: found by a leak hunt, under an update written with the
    // ID alone, as the message advises).
    const report = update.paragraphs.find((part) => part.kind === "paragraph" && repeatsRun(part.prose.text, withheld, named));
    if (report) return { action, shown, report };
  }
  return undefined;
}

/**
 * `successor-withheld` (warning): a public update names as its successor an action withheld where
 * it was raised (inside a `confidential:` passage, or at a meeting classified confidential). The
 * public minutes and the circulated register then point to an action they do not show (found by
 * a secretary's test). Its ID alone is printed, as for an update that gives only the ID, so it is
 * not one of the public export's guards: the secretary says whether the successor may be named.
 */
export function successorWithheld(context: CheckContext): void {
  for (const update of updates(context)) {
    for (const ref of publicSupersessions(update)) {
      const raised = context.index.action(ref.text)?.raised;
      if (!raised || !withheldWhereRaised(raised.meeting.doc, raised.action, context.config)) continue;
      // (What this meeting shows is asked only now: most successors are public.)
      if (!publicBlocks(context.doc, context.config).has(update)) continue;
      const where = raised.meeting.uri === context.uri ? "this meeting" : `meeting ${raised.meeting.number ?? "?"}`;
      context.report(
        "successor-withheld",
        "warning",
        ref,
        `\`${ref.text}\`, named here as the successor of \`${update.id.text}\`, was withheld from the public minutes of ${where}, where it was raised: the public minutes and the register name an action they do not show. ` +
          "If the new action may not be named in public, write the sentence that names it inside a `confidential:` passage before the status; the public minutes then show the action closed.",
        { related: [{ message: `${ref.text} raised here, withheld`, range: spanOf(raised.action.id), uri: raised.meeting.uri }] },
      );
    }
  }
}

/**
 * `update-report-joined` (warning): the update's report typed on the line under the action it
 * restates, with no blank line between: the two are one paragraph, read as the action restated,
 * so the minutes print the report as the action's text and the update as empty (found by a
 * secretary's test). Told where the folder holds the raising meeting and the paragraph restates
 * its action word for word, then goes on for a line or more.
 */
export function updateReportJoined(context: CheckContext): void {
  for (const update of updates(context)) {
    const raised = context.index.action(update.id.text)?.raised;
    if (!raised) continue;
    const original = update.original.text;
    const restated = endOfRestatement(original, raised.action.prose.text);
    if (restated < 0) continue;
    // The report starts on the next line; the status at its end (`Status: Open.`) is no report.
    const lineBreak = original.slice(restated).search(/\r?\n/);
    if (lineBreak < 0) continue;
    let from = restated + lineBreak;
    while (from < original.length && /\s/.test(original.charAt(from))) from++;
    const status = update.status && update.status.start >= update.original.start && update.status.end <= update.original.end ? lastStatusLabel(original) : -1;
    const report = original.slice(from, status > from ? status : original.length).trim();
    if ((report.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue;
    const start = update.original.start + from;
    context.report(
      "update-report-joined",
      "warning",
      { start, end: start + report.length },
      `This is read as part of \`${update.id.text}\` restated, not as the update: it stands on the line under the action's text, with no blank line between, so the minutes print it as the action and give the update no text. Leave a blank line above it.`,
      { fixes: [replaceFix("Leave a blank line above it", { start, end: start }, "\n", false)] },
    );
  }
}

/**
 * Where the restatement of an action ends in an update's first paragraph (`original`), when it
 * repeats the action's words in order from its start (a due date aside); -1 when it does not.
 */
function endOfRestatement(original: string, action: string): number {
  const wanted = action.replace(/\[due[^\]]*\]/gi, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (wanted.length < 3) return -1;
  const word = /[\p{L}\p{N}]+/gu;
  let k = 0;
  for (let m = word.exec(original); m && k < wanted.length; m = word.exec(original)) {
    if (m[0].toLowerCase() !== wanted[k]) return -1;
    if (++k === wanted.length) return m.index + m[0].length;
  }
  return -1;
}

/**
 * Whether the public minutes of its meeting withhold an action: those of a meeting classified
 * confidential as a whole, or a passage it stands in (an item recorded in the confidential
 * minutes still publishes its actions). Asked without `publicBlocks`, which most meetings'
 * checks never need.
 */
function withheldWhereRaised(doc: Document, action: NewAction, config: MinutesConfig): boolean {
  return !hasPublicVersion(doc, config) || inConfidentialPassage(doc, action.start);
}

/**
 * Whether an update's first paragraph holds words other than a status (`update SECP90/02:
 * Status: Closed.`) or a note in brackets (`(recorded in the confidential minutes)`).
 */
function hasWords(update: ActionUpdate): boolean {
  return /[\p{L}\p{N}]/u.test(ownText(update).replace(/\([^()]*\)|\[[^\[\]]*\]/g, ""));
}

/** An update's first paragraph without the status that ends it (`Status: Closed.`). */
function ownText(update: ActionUpdate): string {
  const text = update.original.text;
  const status = update.status;
  if (!status || status.start < update.original.start || status.end > update.original.end) return text;
  const label = lastStatusLabel(text);
  return label >= 0 ? text.slice(0, label) : text;
}

/**
 * The list under an update that may restate its action: under its first paragraph when that
 * ends with a colon, or under the ID alone (`update SECP90/01: PD to consider the following:` /
 * `- expelling Acme;`). The update's own, or, with no status to end the update before it, the
 * block under it (`blockAfter`). Not a list after its status: a review of false positives found
 * there the committee's resolutions.
 */
function restatingList(update: ActionUpdate, hasText: boolean, blockAfter: (update: ActionUpdate) => List | undefined): List | undefined {
  if (hasText && !/:\s*$/.test(update.original.text)) return undefined;
  const first = update.paragraphs[0];
  if (first?.kind === "list") return first;
  return update.status ? undefined : blockAfter(update);
}

/** The list that follows each update as a block of its own (an update with no status ends before a list under it). */
function listsAfterUpdates(doc: Document): ReadonlyMap<ActionUpdate, List> {
  const out = new Map<ActionUpdate, List>();
  const visit = (blocks: readonly Block[]): void => {
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      const next = blocks[i + 1];
      if (block.kind === "update" && next?.kind === "list") out.set(block, next);
      if (block.kind === "summary" || block.kind === "confidential") visit(block.blocks);
    }
  };
  for (const item of doc.items) visit(item.blocks);
  return out;
}

/** Where a passage around an update ends: after its status when it has one, else after its own first paragraph. */
function passageEnd(update: ActionUpdate): number {
  return update.status ? update.end : update.original.end;
}

/**
 * Whether an update's first paragraph repeats anything the action said: one of its words of
 * four letters or more, other than the words every update uses, stands in the action's text
 * (`Acme briefing.` repeats `Acme`). `Update provided under item 2.` repeats nothing of
 * `SECAS to brief on the merger`. Safe by default: one word is enough.
 */
function restates(update: string, action: string, named: ReadonlySet<string>): boolean {
  const words = (text: string) => wordsOf(text).filter((w) => !UPDATE_WORDS.has(w) && !named.has(w));
  const said = new Set(words(action));
  return words(update).some((word) => said.has(word));
}

/**
 * Whether a list's entry restates the action's text: the entry's words, three or more, stand in
 * it in the same order with nothing between (`- expelling Acme Limited;`), or five of them in a
 * row do. An entry that reports progress on a sub-task repeats its words, but not so
 * (`- consultation on the staffing structure closed`, after `consult staff on the revised
 * staffing structure`: found by a review of false positives).
 */
function restatesAsEntry(entry: string, action: string): boolean {
  const said = ` ${wordsOf(action, 1).join(" ")} `;
  const own = wordsOf(entry, 1);
  if (own.length >= 3 && said.includes(` ${own.join(" ")} `)) return true;
  // Or it is a whole point of the action's, without its mark (`- fine Acme.` for `(b) fine Acme.`;
  // found by a leak hunt: points of two words were published).
  if (own.length >= 1 && saysSomething(own) && pointsOf(action).includes(own.join(" "))) return true;
  for (let i = 0; i + 5 <= own.length; i++) if (said.includes(` ${own.slice(i, i + 5).join(" ")} `)) return true;
  return false;
}

/**
 * Whether an update's own text and the withheld text of its action are one the other's words
 * in a row: the whole of the withheld text, two words or more, in the update (`BT to pay EDF £5m
 * by May.`), or the whole of the update, three words or more, in the withheld text (`Acme
 * Holdings Ltd.`, its owner). Words of any length, the owner's too, which `restates` passes
 * over (found by a leak hunt: both were published with no finding).
 */
function repeatsWordForWord(update: string, withheld: string): boolean {
  const own = wordsOf(update, 1);
  const action = wordsOf(withheld, 1);
  const within = (outer: readonly string[], inner: readonly string[]) => ` ${outer.join(" ")} `.includes(` ${inner.join(" ")} `);
  return (action.length >= 2 && within(own, action)) || (own.length >= 3 && saysSomething(own) && within(action, own));
}

/**
 * Whether a report repeats five words in a row of the withheld text, two of them words that say
 * what it was about: not the owner or the committee named again, nor words any update says
 * (`SECAS will report back to the Panel in March` repeats nothing of `SECAS to report back to
 * the Panel on the merger`).
 */
function repeatsRun(report: string, withheld: string, named: ReadonlySet<string>): boolean {
  const own = wordsOf(report, 1);
  if (own.length < RUN) return false;
  const said = ` ${wordsOf(withheld, 1).join(" ")} `;
  const telling = (word: string) => word.length >= 3 && !UPDATE_WORDS.has(word) && !LINKING_WORDS.has(word) && !named.has(word);
  for (let i = 0; i + RUN <= own.length; i++) {
    const run = own.slice(i, i + RUN);
    if (run.filter(telling).length >= 2 && said.includes(` ${run.join(" ")} `)) return true;
  }
  return false;
}

/** How many words in a row of the withheld text a report repeats to restate it. */
const RUN = 5;

/** Whether words say more than any update may (`Report to the next meeting.` does not). */
function saysSomething(words: readonly string[]): boolean {
  return words.some((word) => word.length >= 3 && !UPDATE_WORDS.has(word) && !LINKING_WORDS.has(word));
}

/** Words that join others, and say nothing alone. */
const LINKING_WORDS = new Set(["the", "and", "for", "but", "nor", "was", "are", "its", "has", "had", "all", "any", "per", "via"]);

/** The lines of a text as their words, each without the mark of a point that opens it (`(a) expel Acme;` → `expel acme`). */
function pointsOf(text: string): string[] {
  return text.split(/\r\n?|\n/).map((line) => wordsOf(line.trimStart().replace(LEADING_MARK, ""), 1).join(" ")).filter((words) => words.length > 0);
}

const LEADING_MARK = new RegExp(`^${LIST_MARKER}`);

/** The words of a text of `shortest` letters or more (four unless said), in lower case. */
function wordsOf(text: string, shortest = 4): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= shortest);
}

/**
 * Who an action's text names as its doer (its owner, the committee's role words): an update
 * repeats them without repeating what was withheld (found by a review: `The Clerk reported the
 * matter resolved.` was said to restate `Clerk to write to the resident ...`).
 */
function ownWords(owner: string | undefined, config: MinutesConfig): ReadonlySet<string> {
  const words = new Set(tablesOf(config).roleWords);
  for (const word of wordsOf(owner ?? "")) words.add(word);
  return words;
}

/** Words any update may use without repeating its action. */
const UPDATE_WORDS = new Set(["update", "updates", "updated", "provided", "provide", "given", "under", "item", "items", "action", "actions", "status", "open", "closed", "complete", "completed", "done", "progress", "ongoing", "report", "reported", "meeting", "with", "this", "that", "will", "from", "been", "have", "further", "next", "verbal", "written", "noted", "agreed", "panel", "committee", "board", "council"]);
