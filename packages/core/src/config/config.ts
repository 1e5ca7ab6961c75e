import type { Severity } from "../diagnostics.js";

/*
 * What holds across a committee's meetings: read from `minutes.config.json` beside its
 * minutes (schema: schema/minutes.config.schema.json). Every field has a default, so a
 * folder with no config file still checks sensibly.
 */

export interface Organisation {
  /** The name minutes write: `DCC`, `SECAS`, `Ofgem`. */
  readonly name: string;
  /** Other ways it is written: `BEIS (Secretary of State)`, `The DCC`. */
  readonly aliases?: readonly string[];
  readonly description?: string;
}

export interface ReferencePattern {
  /** What the identifiers are: `modification proposal`. */
  readonly name: string;
  /** A regular expression for one identifier, without anchors: `MP\\d{3}`. */
  readonly pattern: string;
}

export type StatusState = "open" | "closed" | "superseded";

export interface MinutesConfig {
  /** The body's names as minutes write them before its decisions: `The Panel`, `The SEC Panel`. */
  readonly bodyNames: readonly string[];
  /** Each resolution verb, in capitals, with what it means (shown on hover). */
  readonly resolutionVerbs: Readonly<Record<string, string>>;
  readonly organisations: readonly Organisation[];
  /** Words that, before initials, name a role rather than an organisation: `The Chair (PD)`. */
  readonly roleWords: readonly string[];
  /** Action IDs are the prefix, the meeting number, `/`, and a sequence of this many digits. */
  readonly actionIds: { readonly prefix: string; readonly sequenceDigits: number };
  /** Classification levels, and those whose items are recorded in the confidential minutes. */
  readonly classification: { readonly levels: readonly string[]; readonly confidential: readonly string[] };
  /** Status words of action updates, by the state they put the action in. */
  readonly statuses: Readonly<Record<string, StatusState>>;
  readonly references: readonly ReferencePattern[];
  /** Per check code: a severity, or `off`. */
  readonly severity: Readonly<Record<string, Severity | "off">>;
}

export const DEFAULT_CONFIG: MinutesConfig = {
  bodyNames: ["The Panel", "The Committee", "The Board"],
  resolutionVerbs: {
    AGREED: "The body agreed: a decision that binds it.",
    APPROVED: "The body approved a proposal, document or spend put to it.",
    NOTED: "The body took note; no decision was made.",
    CONFIRMED: "The body confirmed an earlier decision or a fact.",
    REQUESTED: "The body asked someone to do something.",
    RESOLVED: "The body passed a formal resolution.",
    ENDORSED: "The body endorsed a recommendation made to it.",
    DECIDED: "The body decided.",
    RECOMMENDED: "The body recommended a course of action to another body.",
  },
  organisations: [],
  roleWords: ["Chair", "Member", "Representative", "Secretary", "Observer", "Chairman", "Chairperson", "Vice-Chair"],
  actionIds: { prefix: "ACT", sequenceDigits: 2 },
  classification: { levels: ["RED", "AMBER", "GREEN", "WHITE"], confidential: ["RED"] },
  statuses: {
    open: "open",
    "in progress": "open",
    "on hold": "open",
    ongoing: "open",
    // The action logs of councils and boards (found by a review of false positives: each was an error).
    "on track": "open",
    "not started": "open",
    overdue: "open",
    delayed: "open",
    deferred: "open",
    "carried forward": "open",
    "propose closure": "open",
    closed: "closed",
    complete: "closed",
    completed: "closed",
    done: "closed",
    withdrawn: "closed",
    cancelled: "closed",
    superseded: "superseded",
  },
  references: [],
  severity: {},
};

/** The config with `overrides` laid over the defaults, field by field. */
export function resolveConfig(overrides: Partial<MinutesConfig> | undefined): MinutesConfig {
  if (!overrides) return DEFAULT_CONFIG;
  return {
    ...DEFAULT_CONFIG,
    ...overrides,
    actionIds: { ...DEFAULT_CONFIG.actionIds, ...overrides.actionIds },
    classification: { ...DEFAULT_CONFIG.classification, ...overrides.classification },
    statuses: overrides.statuses ?? DEFAULT_CONFIG.statuses,
    severity: { ...overrides.severity },
  };
}

/**
 * The state a status word puts an action in (`Closed.`, `in  progress`), or undefined for a word
 * the settings do not know: compared in lower case, with its spaces collapsed.
 */
export function statusStateOf(word: string, config: MinutesConfig): StatusState | undefined {
  // `Open – carried forward to June`, `Closed (see item 4)`: a status word, then a remark.
  const split = splitStatus(word, config);
  return split ? config.statuses[statusKey(split.word)] : undefined;
}

/** A status word as the settings key it: in lower case, its spaces collapsed (`in  Progress` is `in progress`). */
export function statusKey(word: string): string {
  return word.toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * A status as written, split into its word, one the settings know (`Open`, `in progress`), and
 * the remark after it without its mark (`carried forward to June` of `Open – carried forward
 * to June`; `(due April)` keeps its brackets); undefined when no status word starts it.
 */
export function splitStatus(written: string, config: MinutesConfig): { readonly word: string; readonly remark: string } | undefined {
  const whole = written.trim();
  // Own keys only: `Status: Constructor.` must not find Object.prototype.constructor.
  if (Object.hasOwn(config.statuses, statusKey(whole))) return { word: whole, remark: "" };
  const at = statusRemarkAt(whole);
  if (at <= 0) return undefined;
  const word = whole.slice(0, at);
  if (!Object.hasOwn(config.statuses, statusKey(word))) return undefined;
  return { word, remark: whole.slice(at).replace(/^[\s–—,;:-]+/, "") };
}

/**
 * Where a remark after a status word starts, or -1: the white space before ` – `, `,`, `;`, `:`
 * or `(`, or before a word that opens a phrase (`Superseded by SECP78/01`, `Closed on 3 March`,
 * `Open pending the review`).
 */
export function statusRemarkAt(status: string): number {
  return status.search(STATUS_REMARK);
}

// Tried only where a run of white space starts (or at a mark), so that a long run costs linear time.
const STATUS_REMARK = /(?<!\s)\s*(?:[–—,;:(]|\s-\s)|(?<!\s)\s+(?=(?:by|on|at|in|until|pending|following|after|since|from|per|as|with|to|for)\s)/i;

export function verbsOf(config: MinutesConfig): string[] {
  return Object.keys(config.resolutionVerbs);
}
