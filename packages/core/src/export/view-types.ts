import type { StatusState } from "../config/config.js";

/*
 * What a renderer sees of a meeting: plain strings and a little inline markup, copied out of
 * the document by `visibleContent`. A renderer takes only this view, never the Document, so
 * text withheld from the public version is not there to be reached by mistake: the view holds
 * no source text, no ranges and no reference back to the document.
 */

/** A run of prose: plain text, a resolution verb (shown bold), or a post-meeting note. */
export type Inline =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "verb"; readonly text: string }
  /** `[Post-meeting note: TEXT]`: `text` is what follows the colon; `closed` is false when `]` was forgotten. */
  | { readonly kind: "note"; readonly text: string; readonly closed: boolean };

export interface ViewDate {
  /** As written in the minutes. */
  readonly text: string;
  /** `YYYY-MM-DD` when it is a real date. */
  readonly iso: string | undefined;
}

export interface ViewHeader {
  readonly title: string | undefined;
  readonly number: number | undefined;
  readonly reference: string | undefined;
  /** As written: `final`, `draft`. */
  readonly status: string | undefined;
  readonly date: ViewDate | undefined;
  readonly time: { readonly text: string; readonly start: string | undefined; readonly end: string | undefined } | undefined;
  readonly venue: string | undefined;
  readonly classification: string | undefined;
  readonly nextMeeting: ViewDate | undefined;
}

export interface ViewAttendee {
  readonly initials: string;
  readonly name: string;
  /** The notes as the published minutes print them: `Part`, `Teleconference`, `Alternate for Paul Fitzgerald`. */
  readonly notes: readonly string[];
  readonly category: string | undefined;
  readonly group: string | undefined;
  readonly attendance: "present" | "apologies" | "absent";
  readonly part: boolean;
  readonly remote: boolean;
  readonly alternateFor: string | undefined;
  /** From an `of ORG` note, or the group or category the settings name as an organisation. */
  readonly organisation: string | undefined;
  readonly roles: readonly string[];
}

export interface ViewAttendeeGroup {
  /** Undefined for attendees listed directly under their category. */
  readonly name: string | undefined;
  readonly attendees: readonly ViewAttendee[];
}

export interface ViewAttendeeSection {
  readonly kind: "category" | "apologies" | "absent" | "ungrouped";
  readonly name: string;
  readonly groups: readonly ViewAttendeeGroup[];
}

export interface ViewParagraph {
  readonly kind: "paragraph";
  readonly content: readonly Inline[];
  /** Set for an inline resolution, `The Panel NOTED the report.` */
  readonly resolution?: { readonly body: string; readonly verbs: readonly string[] };
}

export interface ViewListItem {
  readonly content: readonly Inline[];
  /** The resolution verb of a bullet under `The Panel:`. */
  readonly verb?: string;
  /** The item's number as written (`1.`, `(a)`, `iv)`), when the list is numbered; a bullet has none. */
  readonly marker?: string;
}

export interface ViewList {
  readonly kind: "list";
  readonly leadIn?: readonly Inline[];
  /** True under the body's lead-in (`The Panel:`): every bullet is a resolution. */
  readonly resolutions: boolean;
  readonly body?: string;
  readonly items: readonly ViewListItem[];
}

export interface ViewHeading {
  readonly kind: "heading";
  readonly text: string;
}

export interface ViewAction {
  readonly kind: "action";
  readonly id: string;
  readonly owner: string | undefined;
  readonly due: ViewDate | undefined;
  /** The action's text after the colon, without its `[due ...]`. */
  readonly content: readonly Inline[];
  /** The label of the item that raised it. */
  readonly item: string;
}

export interface ViewUpdate {
  readonly kind: "update";
  readonly id: string;
  /** The action's original text, restated. */
  readonly original: readonly Inline[];
  /** The update, without the trailing `Status: ...` (which is in `status`). */
  readonly paragraphs: readonly (readonly Inline[])[];
  readonly status: { readonly text: string; readonly state: StatusState | undefined } | undefined;
  readonly supersededBy: readonly string[];
  readonly item: string;
}

/** The sentence the export writes for an item recorded in the confidential minutes. */
export interface ViewNotice {
  readonly kind: "notice";
  readonly text: string;
}

/**
 * Only in the confidential view: what the public version withholds (a `confidential:` passage,
 * or the discussion of an item recorded in the confidential minutes), marked so the reader sees it.
 */
export interface ViewWithheld {
  readonly kind: "withheld";
  readonly reason: "passage" | "item";
  readonly blocks: readonly ViewBlock[];
}

export type ViewBlock = ViewParagraph | ViewList | ViewHeading | ViewAction | ViewUpdate | ViewNotice | ViewWithheld;

export interface ViewItem {
  readonly number: number | undefined;
  /** The number as written, for display. */
  readonly label: string;
  readonly title: string;
  readonly classification: string | undefined;
  /** RED (or another confidential level), `confidential`, or an unknown level. */
  readonly recordedInConfidentialMinutes: boolean;
  readonly blocks: readonly ViewBlock[];
}

export interface MinutesView {
  /** False for the public version: then nothing withheld is in this view. */
  readonly confidential: boolean;
  readonly header: ViewHeader;
  readonly attendees: readonly ViewAttendeeSection[];
  readonly items: readonly ViewItem[];
}

export interface RenderOptions {
  /** Marks every page DRAFT. */
  readonly draft?: boolean;
  /** Marks every page CONFIDENTIAL (always so for a confidential view). */
  readonly confidential?: boolean;
}
