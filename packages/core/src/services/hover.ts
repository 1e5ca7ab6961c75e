import { formatLongDate } from "../model/dates.js";
import { tablesOf } from "../config/derived.js";
import type { MinutesConfig } from "../config/config.js";
import { closest } from "../text/similarity.js";
import { spanOf, type Range } from "../text/range.js";
import { likelyMeant } from "../validation/mentions.js";
import type { Person } from "../validation/people.js";
import type { FolderIndex } from "../workspace/folder-index.js";
import { actionTextOf } from "../workspace/action-text.js";
import { locate } from "./locate.js";
import type { Semantics } from "./semantics.js";
import { statusStateOf } from "../config/config.js";
import { parseActionId } from "../workspace/action-ids.js";

export interface HoverResult {
  /** Markdown. */
  readonly contents: string;
  readonly range: Range;
}

/** What a secretary wants to know about the reference under the cursor. */
export function hover(s: Semantics, index: FolderIndex | undefined, offset: number): HoverResult | undefined {
  const target = locate(s, offset);
  if (!target) return undefined;
  switch (target.kind) {
    case "initials":
      if (target.people.length === 0) {
        // The diagnostic already says what is wrong; the hover shows who was probably meant, ranked as the diagnostic ranks them.
        const near = likelyMeant(target.token.text, target.mention?.qualifier, s.people).ranked.flatMap((i) => s.people.withInitials(i));
        return {
          contents: near.length > 0 ? `Not an attendee. Closest: ${near.map((p) => `**${p.attendee.name.text}** (${p.attendee.initials.text}${p.organisation ? `, ${p.organisation}` : ""})`).join(", ")}.` : "Not an attendee of this meeting.",
          range: spanOf(target.token),
        };
      }
      return { contents: target.people.map(describePerson).join("\n\n---\n\n"), range: spanOf(target.token) };
    case "action":
      return { contents: describeAction(index, target.id), range: spanOf(target.token) };
    case "verb": {
      const meaning = s.config.resolutionVerbs[target.token.text];
      return {
        contents: meaning !== undefined ? `**${target.token.text}**: ${meaning || "a resolution verb"}` : unknownVerb(target.token.text, s.config),
        range: spanOf(target.token),
      };
    }
    case "status": {
      const state = statusStateOf(target.token.text, s.config);
      return { contents: state ? `Status **${target.token.text}**: the action is ${state}.` : `\`${target.token.text}\` is not a configured status word.`, range: spanOf(target.token) };
    }
    case "classification": {
      const level = target.token.text;
      const confidential = level === "confidential" || s.config.classification.confidential.includes(level);
      return {
        contents: confidential
          ? `**${level}**: recorded in the confidential minutes. The public version keeps only the item's summary, resolutions and actions.`
          : `**${level}**: published in full.`,
        range: spanOf(target.token),
      };
    }
  }
}

function describePerson(person: Person): string {
  const a = person.attendee;
  const lines = [`**${a.name.text}** (${a.initials.text})`];
  const where = [a.category?.name.text, a.group?.name.text].filter(Boolean).join(" › ");
  if (person.organisation) lines.push(`Organisation: ${person.organisation}`);
  if (where) lines.push(`Listed under: ${where}`);
  if (a.alternateFor) lines.push(`Alternate for ${a.alternateFor}`);
  const attendance = [a.attendance === "apologies" ? "sent apologies" : a.attendance === "absent" ? "absent" : "present", a.part ? "for part of the meeting" : "", a.remote ? "by teleconference" : ""].filter(Boolean).join(", ");
  lines.push(`Attendance: ${attendance}`);
  if (a.roles.length > 0) lines.push(`Role: ${a.roles.join(", ")}`);
  return lines.join("  \n");
}

/**
 * A verb that is not configured as written, said as the check says it: the verb in another case
 * (`Noted`), or the verbs it is one slip from (`AGRED`), from the same table of verbs.
 */
function unknownVerb(word: string, config: MinutesConfig): string {
  const verbs = tablesOf(config).verbs;
  const upper = word.toUpperCase();
  if (verbs.includes(upper)) {
    const meaning = config.resolutionVerbs[upper];
    return `\`${word}\` is the resolution verb **${upper}** written in another case: resolution verbs are written in capitals.${meaning ? ` ${upper}: ${meaning}` : ""}`;
  }
  const near = closest(upper, verbs, upper.length <= 5 ? 1 : 2);
  return `\`${word}\` is not one of the configured resolution verbs.${near[0] ? ` Did you mean **${near[0]}**?` : ""}`;
}

export function describeAction(index: FolderIndex | undefined, id: string): string {
  const record = index?.action(id);
  if (!record) return `**${id}**: not raised in any meeting of this folder.`;
  const lines: string[] = [];
  const r = record.raised;
  if (r) {
    const date = r.meeting.date ? formatLongDate(r.meeting.date) : "undated";
    lines.push(`**${id}**: raised at meeting ${r.meeting.number ?? "?"} (${date})${r.action.owner ? `, owner **${r.action.owner.text}**` : ""}`);
  } else {
    // Said as the checks say it: when the raising meeting is in the folder, it did not raise this.
    const parts = index ? parseActionId(id, index.config) : undefined;
    const raising = parts ? index!.meetingsNumbered(parts.meeting) : [];
    lines.push(
      raising.length > 0
        ? `**${id}**: no such action was raised at meeting ${parts!.meeting}, which is in this folder; known only from updates.`
        : `**${id}**: raised at a meeting not in this folder; known from its updates.`,
    );
  }
  const text = actionTextOf(record);
  if (text) lines.push("", `> ${text}`);
  if (record.updates.length > 0) {
    lines.push("", "| Meeting | Date | Status |", "| --- | --- | --- |");
    for (const u of record.updates) {
      const status = u.update.status?.text ?? "(no status)";
      const by = u.update.supersededBy.length > 0 ? `, superseded by ${u.update.supersededBy.map((x) => x.text).join(", ")}` : "";
      lines.push(`| ${u.meeting.number ?? "?"} | ${u.meeting.date ?? ""} | ${status}${by} |`);
    }
  } else {
    lines.push("", "Status: open (no update yet).");
  }
  return lines.join("\n");
}
