import { contentsOf } from "../../model/walk.js";
import { fileNameOf } from "../../text/file-name.js";
import { parseActionId } from "../../workspace/action-ids.js";
import type { CheckContext } from "../context.js";
import { neverRaised, raisedBy } from "./update-checks.js";

/*
 * `action-reference-unknown` (warning): an action ID written in prose (`see SECP76/04`, `apart
 * from TB111/15, which remains open`) that no meeting raised, where the folder can tell: one of
 * this meeting's that it does not raise, one of a later meeting's, or one of an earlier meeting
 * the folder holds, which did not raise it. Found by a review of false positives: such
 * references pointed nowhere, with no finding. A malformed ID is `action-id-malformed`'s, a
 * successor named by `superseded by` `superseded-unknown`'s; an ID of a meeting the folder does
 * not hold is left alone.
 */
export function actionReferences(context: CheckContext): void {
  const { actions, updates, prose } = contentsOf(context.doc);
  const own = context.doc.header.number?.value;
  const raisedHere = new Set(actions.map((action) => action.id.text));
  const successors = new Set(updates.flatMap((update) => update.supersededBy.map((ref) => ref.start)));
  for (const { prose: text } of prose) {
    for (const ref of text.actionRefs) {
      const parts = parseActionId(ref.text, context.config);
      if (!parts || successors.has(ref.start)) continue;
      let message: string | undefined;
      if (own !== undefined && parts.meeting === own) {
        if (raisedHere.has(ref.text)) continue;
        const here = actions.filter((action) => parseActionId(action.id.text, context.config)?.meeting === own).map((action) => action.id.text);
        message = `\`${ref.text}\` has this meeting's number (${own}), but this meeting raises no such action (${here.length === 0 ? "it raises none" : here.length === 1 ? `it raises ${here[0]}` : `it raises ${here[0]} to ${here.at(-1)}`}). Check the ID.`;
      } else if (own !== undefined && parts.meeting > own) {
        message = `\`${ref.text}\` is an action of meeting ${parts.meeting}, after this one (${own}): no meeting has raised it yet. Check the ID.`;
      } else {
        const raising = neverRaised(context, ref.text);
        if (!raising) continue;
        message = `There is no action \`${ref.text}\`: meeting ${parts.meeting} is in this folder as ${fileNameOf(raising.uri)} (it raised ${raisedBy(context.index, parts.meeting)}). Check the ID against those minutes.`;
      }
      context.report("action-reference-unknown", "warning", ref, message);
    }
  }
}
