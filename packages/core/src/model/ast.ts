import type { LineIndex } from "../text/line-index.js";
import type { Range, Token } from "../text/range.js";
import type { Diagnostic } from "../diagnostics.js";
import type { HeaderKey } from "../syntax/header-fields.js";

/*
 * The typed model of one meeting. Every node and every reference token is its own source
 * range: `start` and `end` are offsets on the node itself (it extends `Range`); lines and
 * columns come from `Document.lines`. The model is plain data:
 * it can be serialised, compared in golden tests, and rendered without the parser.
 */

export type { HeaderKey } from "../syntax/header-fields.js";

export interface HeaderField extends Range {
  readonly kind: "field";
  readonly key: HeaderKey;
  readonly keyRange: Range;
  /** The value as written, trimmed; empty when nothing follows the colon. */
  readonly value: Token;
}

/** A date as written, with its calendar reading when it is a real date. */
export interface DateValue extends Token {
  /** `YYYY-MM-DD`, or undefined when the text is not a real date. */
  readonly iso: string | undefined;
}

export interface TimeRange extends Token {
  readonly startTime: string | undefined;
  readonly endTime: string | undefined;
}

export interface Header {
  readonly fields: readonly HeaderField[];
  readonly title?: Token;
  readonly number?: Token<number | undefined>;
  readonly reference?: Token;
  readonly status?: Token;
  readonly date?: DateValue;
  readonly time?: TimeRange;
  readonly venue?: Token;
  readonly classification?: Token;
  readonly nextMeeting?: DateValue;
}

export type Attendance = "present" | "apologies" | "absent";

export interface AttendeeGroup extends Range {
  readonly kind: "category" | "group" | "apologies" | "absent";
  readonly name: Token;
}

export interface AttendeeNote extends Token {
  readonly note: "part" | "remote" | "alternate" | "organisation" | "role" | "other";
  /** For `alternate for NAME` the name, for `of ORG` the organisation, for a role its word. */
  readonly argument?: string;
}

export interface Attendee extends Range {
  readonly kind: "attendee";
  readonly initials: Token;
  readonly name: Token;
  readonly notes: readonly AttendeeNote[];
  /** The category and group it is listed under (either may be absent). */
  readonly category?: AttendeeGroup;
  readonly group?: AttendeeGroup;
  readonly attendance: Attendance;
  readonly part: boolean;
  readonly remote: boolean;
  readonly alternateFor?: string;
  /** From an `of ORG` note; the organisation from the groups is resolved with the config. */
  readonly organisationNote?: string;
  readonly roles: readonly string[];
}

export interface AttendeeSection extends Range {
  readonly kind: "attendees";
  readonly attendees: readonly Attendee[];
  readonly groups: readonly AttendeeGroup[];
}

/**
 * An initials-shaped word in parentheses, `(PD)`; whether it names a person is the checker's call.
 * Its range is the word's: the parentheses stand just outside it, at `start - 1` and `end`.
 */
export interface InitialsRef extends Token {
  readonly kind: "initials";
}

/** A full name in parentheses, `(Charlotte Semp)`, the parentheses just outside its range. */
export interface NameRef extends Token {
  readonly kind: "name";
}

/** Anything shaped like an action ID: letters, a number, a slash, a number (`SECP77/01`, `SEC76/01`). */
export interface ActionRef extends Token {
  readonly kind: "action-ref";
}

/** An identifier-shaped word with a digit (`MP081`, `DP101`, `SECMP0062`, `MP0O81`). */
export interface OtherRef extends Token {
  readonly kind: "reference";
}

export interface PostMeetingNote extends Range {
  readonly kind: "post-meeting-note";
  readonly text: Token;
  readonly closed: boolean;
}

/** What the inline scanner finds in a run of prose. */
export interface Inlines {
  readonly initials: readonly InitialsRef[];
  readonly names: readonly NameRef[];
  readonly actionRefs: readonly ActionRef[];
  readonly references: readonly OtherRef[];
  readonly notes: readonly PostMeetingNote[];
}

/** A run of prose lines; `text` is the source slice from its first to its last character. */
export interface Prose extends Inlines, Range {
  readonly text: string;
}

export interface Paragraph extends Range {
  readonly kind: "paragraph";
  readonly prose: Prose;
  /** Set when the paragraph is an inline resolution, `The Panel NOTED the report.` */
  readonly resolution?: Resolution;
}

export interface Resolution extends Range {
  readonly kind: "resolution";
  readonly form: "bullet" | "inline";
  /**
   * Set on a decision whose verb follows `and` in the body's sentence (`The Committee was
   * assured by the report and NOTED ...`): an item recorded in the confidential minutes
   * withholds it, since what the body heard stands in its sentence.
   */
  readonly coordinated?: true;
  /**
   * Set on a decision written in the passive (`The minutes ... were APPROVED`): the body is
   * unnamed (its `body` is empty, at the paragraph's start), and it is `coordinated` too.
   */
  readonly passive?: true;
  /** The body as written in the lead-in or at the start of the paragraph. */
  readonly body: Token;
  /** The verbs: one for a bullet, one or more for an inline decision. May be misspelt. */
  readonly verbs: readonly Token[];
}

export interface ListItem extends Range {
  readonly kind: "list-item";
  readonly marker: Token;
  readonly prose: Prose;
  readonly resolution?: Resolution;
}

export interface List extends Range {
  readonly kind: "list";
  /** The paragraph that introduces the list, when it ends with a colon. */
  readonly leadIn?: Paragraph;
  /** True when the lead-in is the body (`The Panel:`): every bullet is a resolution. */
  readonly resolutions: boolean;
  readonly items: readonly ListItem[];
}

export interface Heading extends Range {
  readonly kind: "heading";
  readonly text: Token;
}

export interface NewAction extends Range {
  readonly kind: "action";
  /** The ID as written (may be malformed, or missing: empty text). */
  readonly id: Token;
  readonly owner?: Token;
  readonly due?: DateValue;
  readonly prose: Prose;
  /**
   * Where the action's own words end and the list it takes as its sub-tasks begins: the offset
   * just after the colon that ends the line above the list (`AB to:`), as the lexer found it.
   * Absent when the action has no sub-tasks, or when they stand straight under `action ID:`.
   */
  readonly subTasksAfter?: number;
}

export interface ActionUpdate extends Range {
  readonly kind: "update";
  readonly id: Token;
  /** The action's original text, restated. */
  readonly original: Prose;
  /**
   * The update paragraphs, up to and including the status. A list or a `confidential:` passage
   * among them is part of the update when the update's status follows it (`Status: Closed`
   * after it); otherwise the update ends before it.
   */
  readonly paragraphs: readonly UpdatePart[];
  readonly status?: Token;
  readonly supersededBy: readonly ActionRef[];
}

/** What an update's text is made of: its paragraphs, and the lists and passages among them. */
export type UpdatePart = Paragraph | List | ConfidentialPassage;

export interface Summary extends Range {
  readonly kind: "summary";
  readonly blocks: readonly Block[];
  readonly closed: boolean;
}

export interface ConfidentialPassage extends Range {
  readonly kind: "confidential";
  readonly blocks: readonly Block[];
  readonly closed: boolean;
  /**
   * A `status:` line that ends the passage, claimed by no update inside it: the status of the
   * update the passage is part of, withheld with it.
   */
  readonly status?: Token;
}

export type Block = Paragraph | List | Heading | NewAction | ActionUpdate | Summary | ConfidentialPassage;

export interface Item extends Range {
  readonly kind: "item";
  readonly number: Token<number | undefined>;
  readonly title: Token;
  /** The level in brackets (`RED`), or `confidential` when the colour is not known. */
  readonly classification?: Token;
  readonly headerRange: Range;
  readonly blocks: readonly Block[];
}

export interface Comment extends Range {
  readonly text: string;
}

/** A directive in a comment: `// minutes-disable-next-line code, code`. */
export interface Suppression extends Range {
  readonly scope: "next-line" | "file";
  readonly codes: readonly Token[];
  /** For next-line: the zero-based line the suppression applies to. */
  readonly line: number;
}

export interface Document {
  readonly kind: "document";
  readonly text: string;
  readonly lines: LineIndex;
  readonly header: Header;
  readonly attendees?: AttendeeSection;
  readonly items: readonly Item[];
  readonly comments: readonly Comment[];
  readonly suppressions: readonly Suppression[];
  /** Syntax problems: a broken line is reported here and the rest is still read. */
  readonly diagnostics: readonly Diagnostic[];
}
