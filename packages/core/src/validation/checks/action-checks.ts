import type { NewAction } from "../../model/ast.js";
import { blocksOf, proseOf } from "../../model/walk.js";
import type { Token } from "../../text/range.js";
import { correctActionId, formatActionId, parseActionId } from "../../workspace/action-ids.js";
import { findOrganisation } from "../people.js";
import { replaceFix, type CheckContext } from "../context.js";

function newActions(context: CheckContext): NewAction[] {
  const out: NewAction[] = [];
  for (const item of context.doc.items) for (const block of blocksOf(item.blocks)) if (block.kind === "action") out.push(block);
  return out;
}

/** Every action ID in the document: new actions, updates, supersessions and prose. */
function allIds(context: CheckContext): Token[] {
  const ids: Token[] = [];
  for (const item of context.doc.items) {
    for (const block of blocksOf(item.blocks)) if ((block.kind === "action" || block.kind === "update") && block.id.text) ids.push(block.id);
  }
  for (const { prose } of proseOf(context.doc)) ids.push(...prose.actionRefs);
  return ids;
}

/** `action-id-malformed`: an ID that does not follow the scheme (`SEC76/01` for `SECP76/01`). */
export function actionIdMalformed(context: CheckContext): void {
  const { prefix, sequenceDigits } = context.config.actionIds;
  const example = formatActionId(context.doc.header.number?.value ?? 1, 1, context.config);
  for (const id of allIds(context)) {
    if (parseActionId(id.text, context.config)) continue;
    const corrected = correctActionId(id.text, context.config);
    context.report(
      "action-id-malformed",
      "error",
      id.range,
      `\`${id.text}\` is not a well-formed action ID: expected \`${prefix}\`, the meeting number, \`/\` and a ${sequenceDigits}-digit number, as in \`${example}\`.` +
        (corrected ? ` Did you mean \`${corrected}\`?` : ""),
      { fixes: corrected ? [replaceFix(`Change \`${id.text}\` to \`${corrected}\``, id.range, corrected, true)] : [] },
    );
  }
}

/** `action-id-other-meeting`, `action-duplicate`, `action-numbering`: the new actions of this meeting. */
export function newActionIds(context: CheckContext): void {
  const number = context.doc.header.number?.value;
  const seen = new Map<string, NewAction>();
  let expected = 1;
  const actions = newActions(context);
  const misnumbered: NewAction[] = [];
  for (const action of actions) {
    const parts = parseActionId(action.id.text, context.config);
    if (!parts) continue;
    if (number !== undefined && parts.meeting !== number) {
      const own = formatActionId(number, expected, context.config);
      context.report(
        "action-id-other-meeting",
        "error",
        action.id.range,
        `\`${action.id.text}\` is an ID of meeting ${parts.meeting}, but this is meeting ${number}: a new action takes this meeting's number, as in \`${own}\`. To report on an earlier action, write \`update ${action.id.text}: ...\`.`,
        { fixes: [replaceFix(`Change to \`${own}\``, action.id.range, own, false)] },
      );
      continue;
    }
    const earlier = seen.get(action.id.text);
    if (earlier) {
      context.report("action-duplicate", "error", action.id.range, `\`${action.id.text}\` is raised twice in this meeting; each new action needs its own number.`, {
        related: [{ message: `\`${action.id.text}\` first raised here`, range: earlier.id.range }],
      });
      continue;
    }
    seen.set(action.id.text, action);
    if (parts.sequence !== expected) misnumbered.push(action);
    expected = Math.max(expected, parts.sequence) + 1;
  }
  if (misnumbered.length > 0 && number !== undefined) {
    const own = actions.filter((a) => parseActionId(a.id.text, context.config)?.meeting === number);
    const renumber = {
      title: `Renumber this meeting's actions ${formatActionId(number, 1, context.config)} to ${formatActionId(number, own.length, context.config)}`,
      edits: own.map((a, i) => ({ range: a.id.range, newText: formatActionId(number, i + 1, context.config) })).filter((e, i) => own[i]!.id.text !== e.newText),
      certain: false,
    };
    for (const action of misnumbered) {
      const at = own.indexOf(action);
      const want = formatActionId(number, at + 1, context.config);
      context.report(
        "action-numbering",
        "warning",
        action.id.range,
        `\`${action.id.text}\` breaks the numbering: the new actions of a meeting run 01, 02, 03 … in order, so this one would be \`${want}\`.`,
        { fixes: [renumber] },
      );
    }
  }
}

/** `action-owner-unknown`: the owner is neither an attendee (initials or name) nor a known organisation. */
export function actionOwner(context: CheckContext): void {
  for (const action of newActions(context)) {
    const owner = action.owner;
    if (!owner) continue;
    const text = owner.text.replace(/^the\s+/i, "").trim();
    const known =
      context.people.withInitials(text).length > 0 ||
      context.people.all.some((p) => p.attendee.name.text === text) ||
      findOrganisation(text, context.config.organisations) !== undefined ||
      context.config.bodyNames.some((b) => b.replace(/^the\s+/i, "").toLowerCase() === text.toLowerCase());
    if (known || context.config.organisations.length === 0 && !/^[A-Z]{2,4}[a-z]?$/.test(text)) continue;
    context.report(
      "action-owner-unknown",
      "warning",
      owner.range,
      `The owner \`${owner.text}\` of ${action.id.text || "this action"} is neither an attendee nor a known organisation. Write an attendee's initials or an organisation from minutes.config.json.`,
    );
  }
}

/** `absent-owner`: an action owned by someone recorded with apologies or as absent. */
export function absentOwner(context: CheckContext): void {
  for (const action of newActions(context)) {
    const owner = action.owner?.text;
    if (!owner) continue;
    const person = context.people.withInitials(owner)[0] ?? context.people.all.find((p) => p.attendee.name.text === owner);
    if (!person || person.attendee.attendance === "present") continue;
    context.report(
      "absent-owner",
      "warning",
      action.owner!.range,
      `${person.attendee.name.text} (\`${person.attendee.initials.text}\`) owns ${action.id.text} but is recorded as ${person.attendee.attendance === "apologies" ? "having sent apologies" : "absent"}. Confirm the owner.`,
    );
  }
}
