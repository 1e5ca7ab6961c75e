import { GENERATOR } from "./format.js";
import { plainText } from "./source-text.js";
import type { Inline, MinutesView, RenderOptions, ViewAction, ViewBlock, ViewDate, ViewUpdate } from "./view-types.js";

/*
 * The meeting as stable JSON for other tools: schema/minutes-document.schema.json describes it.
 * Every key is always present (null when the minutes do not say), keys keep one order, and
 * there are no source offsets: the public version must not even hint at how much was withheld.
 * Bump SCHEMA_VERSION on any change that is not a pure addition.
 */

export const SCHEMA_VERSION = 1;

export function renderJson(view: MinutesView, options: RenderOptions = {}): string {
  return `${JSON.stringify(jsonDocument(view, options), null, 2)}\n`;
}

export function jsonDocument(view: MinutesView, options: RenderOptions = {}) {
  const h = view.header;
  const collected = collect(view);
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    version: view.confidential ? "confidential" : "public",
    draft: options.draft === true,
    meeting: {
      title: h.title ?? null,
      number: h.number ?? null,
      reference: h.reference ?? null,
      status: h.status ?? null,
      date: h.date?.iso ?? null,
      dateText: h.date?.text ?? null,
      startTime: h.time?.start ?? null,
      endTime: h.time?.end ?? null,
      timeText: h.time?.text ?? null,
      venue: h.venue ?? null,
      classification: h.classification ?? null,
      nextMeeting: h.nextMeeting?.iso ?? null,
      nextMeetingText: h.nextMeeting?.text ?? null,
    },
    attendees: view.attendees.flatMap((section) =>
      section.groups.flatMap((group) =>
        group.attendees.map((a) => ({
          initials: a.initials,
          name: a.name,
          category: a.category ?? null,
          group: a.group ?? null,
          attendance: a.attendance,
          part: a.part,
          remote: a.remote,
          alternateFor: a.alternateFor ?? null,
          organisation: a.organisation ?? null,
          roles: a.roles,
          notes: a.notes,
        })),
      ),
    ),
    items: view.items.map((item) => ({
      number: item.number ?? null,
      label: item.label,
      title: item.title,
      classification: item.classification ?? null,
      recordedInConfidentialMinutes: item.recordedInConfidentialMinutes,
      blocks: item.blocks.map(block),
    })),
    actions: collected.actions,
    updates: collected.updates,
    resolutions: collected.resolutions,
  };
}

function date(d: ViewDate | undefined) {
  return d?.iso ?? null;
}

function notes(content: readonly Inline[]): string[] {
  return content.flatMap((i) => (i.kind === "note" ? [i.text] : []));
}

function action(a: ViewAction) {
  return { id: a.id, owner: a.owner ?? null, due: date(a.due), dueText: a.due?.text ?? null, text: plainText(a.content) };
}

function update(u: ViewUpdate) {
  return {
    id: u.id,
    originalText: plainText(u.original),
    update: u.paragraphs.map(plainText),
    status: u.status?.text ?? null,
    state: u.status?.state ?? null,
    supersededBy: u.supersededBy,
  };
}

function block(b: ViewBlock): object {
  switch (b.kind) {
    case "paragraph":
      return {
        kind: "paragraph",
        text: plainText(b.content),
        postMeetingNotes: notes(b.content),
        resolution: b.resolution ? { body: b.resolution.body, verbs: b.resolution.verbs } : null,
      };
    case "list":
      return {
        kind: "list",
        leadIn: b.leadIn ? plainText(b.leadIn) : null,
        resolutions: b.resolutions,
        body: b.body ?? null,
        items: b.items.map((i) => ({ text: plainText(i.content), verb: i.verb ?? null, marker: i.marker ?? null, postMeetingNotes: notes(i.content) })),
      };
    case "heading":
      return { kind: "heading", text: b.text };
    case "action":
      return { kind: "action", ...action(b) };
    case "update":
      return { kind: "update", ...update(b) };
    case "notice":
      return { kind: "notice", text: b.text, generated: true };
    case "withheld":
      return { kind: "withheld", reason: b.reason, blocks: b.blocks.map(block) };
  }
}

/** The meeting's actions, updates and resolutions in order; `withheld` marks those the public version leaves out. */
function collect(view: MinutesView) {
  const actions: object[] = [];
  const updates: object[] = [];
  const resolutions: object[] = [];
  const walk = (blocks: readonly ViewBlock[], item: string, withheld: boolean) => {
    for (const b of blocks) {
      if (b.kind === "withheld") walk(b.blocks, item, true);
      else if (b.kind === "action") actions.push({ ...action(b), item, withheld });
      else if (b.kind === "update") updates.push({ ...update(b), item, withheld });
      else if (b.kind === "paragraph" && b.resolution) {
        resolutions.push({ item, form: "inline", body: b.resolution.body, verbs: b.resolution.verbs, text: plainText(b.content), withheld });
      } else if (b.kind === "list" && b.resolutions) {
        for (const i of b.items) {
          resolutions.push({ item, form: "bullet", body: b.body ?? null, verbs: i.verb ? [i.verb] : [], text: plainText(i.content), withheld });
        }
      }
    }
  };
  for (const item of view.items) walk(item.blocks, item.label, false);
  return { actions, updates, resolutions };
}
