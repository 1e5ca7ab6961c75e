import { escapeRegExp } from "../text/trim.js";
import { verbsOf, type MinutesConfig, type Organisation, type ReferencePattern } from "./config.js";
import { keptFor } from "../kept.js";
import { straightApostrophes } from "../text/letters.js";

/*
 * Lookup tables computed from a committee's settings once, not per document or per mention:
 * a folder's config object lives as long as its settings file is unchanged, and every meeting
 * of the folder is checked against the same one.
 */

export interface ConfigTables {
  /** Every organisation by each of its names, normalised (`the` dropped, spaces collapsed, lower case). */
  readonly organisationByName: ReadonlyMap<string, Organisation>;
  /** Every name and alias as written, longest first: the first that ends a phrase is the longest. */
  readonly organisationNames: readonly { readonly name: string; readonly organisation: Organisation }[];
  /** Names and aliases without a leading `the`, as written: `(DCC)` names an organisation. */
  readonly organisationWords: ReadonlySet<string>;
  /** Role words in lower case. */
  readonly roleWords: ReadonlySet<string>;
  /** The body's names in lower case, without a leading `the`. */
  readonly bodyNames: ReadonlySet<string>;
  /** The resolution verbs, in capitals. */
  readonly verbs: readonly string[];
  /** Any of the verbs, anywhere: one search of a paragraph, where a search for each verb took three times as long. */
  readonly anyVerb: RegExp;
  /** The classification levels in capitals, with `CONFIDENTIAL` (the word an item may be marked with). */
  readonly levels: ReadonlySet<string>;
  /** The levels the settings mark confidential, in capitals. */
  readonly confidentialLevels: ReadonlySet<string>;
  readonly references: readonly (ReferencePattern & { readonly regex: RegExp })[];
}

const tables = new WeakMap<MinutesConfig, ConfigTables>();

export function tablesOf(config: MinutesConfig): ConfigTables {
  return keptFor(tables, config, build);
}

/** How organisation names are compared: `The DCC` and `dcc` are the same name, and `Students’ Union` is `Students' Union`. */
export function normaliseName(text: string): string {
  return straightApostrophes(text.replace(/^the\s+/i, "").replace(/\s+/g, " ")).toLowerCase();
}

function build(config: MinutesConfig): ConfigTables {
  const organisationByName = new Map<string, Organisation>();
  const organisationNames: { name: string; organisation: Organisation }[] = [];
  const organisationWords = new Set<string>();
  for (const organisation of config.organisations) {
    for (const name of [organisation.name, ...(organisation.aliases ?? [])]) {
      const key = normaliseName(name);
      // The first organisation to claim a name keeps it, as a search in config order would.
      if (!organisationByName.has(key)) organisationByName.set(key, organisation);
      organisationNames.push({ name, organisation });
      // The text before a mention is read with straight apostrophes (`Students’ Union`), and so is a name written curled.
      const straight = straightApostrophes(name);
      if (straight !== name) organisationNames.push({ name: straight, organisation });
      organisationWords.add(name.replace(/^the\s+/i, ""));
    }
  }
  // Longest first; a stable sort keeps config order among names of one length.
  organisationNames.sort((a, b) => b.name.length - a.name.length);
  return {
    organisationByName,
    organisationNames,
    organisationWords,
    roleWords: new Set(config.roleWords.map((r) => r.toLowerCase())),
    bodyNames: new Set(config.bodyNames.map((b) => b.replace(/^the\s+/i, "").toLowerCase())),
    verbs: verbsOf(config),
    // (No verb matches nothing: an empty alternation would match everywhere.)
    anyVerb: verbsOf(config).length > 0 ? new RegExp(verbsOf(config).map(escapeRegExp).join("|")) : /(?!)/,
    levels: new Set([...config.classification.levels, "confidential"].map((l) => l.toUpperCase())),
    confidentialLevels: new Set(config.classification.confidential.map((l) => l.toUpperCase())),
    references: config.references.map((r) => ({ ...r, regex: new RegExp(`^(?:${r.pattern})$`) })),
  };
}

/** Whether `text` is a reference of one of the committee's patterns (`MP081`), as the settings define them. */
export function isConfiguredReference(text: string, config: MinutesConfig): boolean {
  return tablesOf(config).references.some((pattern) => pattern.regex.test(text));
}
