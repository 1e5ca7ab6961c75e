import { findNodeAtLocation, parse as parseJson, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { DEFAULT_CONFIG, resolveConfig, type MinutesConfig } from "./config.js";
import { CHECK_CODES } from "../validation/codes.js";
import { PUBLIC_EXPORT_GUARDS } from "../validation/checks/slip-checks.js";

export interface ConfigResult {
  readonly config: MinutesConfig;
  /** What is wrong with the file, in words; the defaults stand in for anything unreadable. */
  readonly problems: readonly string[];
  /**
   * Those of `problems` that may change what is withheld from the public: the file unread (the
   * defaults decide), the classification settings, a setting not known (a misspelt
   * `classification`), or body names and verbs that could not be read (the defaults would decide
   * which paragraphs of a confidential item are resolutions, and public). A misspelt check code
   * or a verb in the wrong case is not among them.
   */
  readonly withholding: readonly string[];
}

const SEVERITIES = new Set(["error", "warning", "information", "hint", "off"]);

/** Reads `minutes.config.json` text. Never throws: a broken file gives the defaults and says why. */
export function readConfig(source: string): ConfigResult {
  // A byte order mark (Notepad writes one) is not part of the settings.
  const text = source.replace(/^\uFEFF/, "");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const problems = [`${describeJsonError(text)}; using the default settings`];
    return { config: DEFAULT_CONFIG, problems, withholding: problems };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    const problems = ["expected a JSON object of settings; using the default settings"];
    return { config: DEFAULT_CONFIG, problems, withholding: problems };
  }
  const problems: string[] = [];
  // Each problem says where it stands in the file, as a position a secretary can go to.
  let tree: JsonNode | undefined;
  const withholding: string[] = [];
  const problem = (path: (string | number)[], message: string, affectsWithholding = path[0] === "classification" || !Object.hasOwn(DEFAULT_CONFIG, path[0]!)) => {
    tree ??= parseTree(text) ?? undefined;
    const node = tree && findNodeAtLocation(tree, path);
    const at = node?.parent?.type === "property" ? node.parent.offset : node?.offset;
    const said = at === undefined ? message : `${message} (line ${lineColumn(text, at)})`;
    problems.push(said);
    if (affectsWithholding) withholding.push(said);
  };
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // A key given twice: JSON takes the last, without a word. Said, at the second.
  tree ??= parseTree(text) ?? undefined;
  for (const { path, offset } of repeatedKeys(tree)) {
    const said = `\`${path.join(".")}\` is given twice; the last one is used: delete one of them (line ${lineColumn(text, offset)})`;
    problems.push(said);
    if (path[0] === "classification" || path.length === 1) withholding.push(said);
  }
  const stringList = (key: string) => {
    const v = input[key];
    if (v === undefined) return;
    if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[key] = v;
    // The body's names decide which paragraphs are resolutions, public in a confidential item.
    else problem([key], `\`${key}\` must be a list of strings`, key === "bodyNames");
  };
  stringList("bodyNames");
  stringList("roleWords");
  const verbs = input["resolutionVerbs"];
  if (verbs !== undefined) {
    if (Array.isArray(verbs) && verbs.every((v) => typeof v === "string")) out["resolutionVerbs"] = Object.fromEntries(verbs.map((v) => [v, ""]));
    else if (isRecordOf(verbs, "string")) out["resolutionVerbs"] = verbs;
    else problem(["resolutionVerbs"], "`resolutionVerbs` must map each verb to its meaning, or list the verbs", true);
    // A resolution's verb is written in capitals (`The Panel RESOLVED`): a verb set otherwise never matches one.
    for (const verb of Object.keys((out["resolutionVerbs"] as Record<string, string> | undefined) ?? {})) {
      if (verb !== verb.toUpperCase()) problem(["resolutionVerbs"], `the resolution verb \`${verb}\` must be written in capitals, as the minutes write it: \`${verb.toUpperCase()}\``);
    }
  }
  const orgs = input["organisations"];
  if (orgs !== undefined) {
    if (Array.isArray(orgs)) {
      out["organisations"] = orgs.flatMap((o, i) => {
        if (typeof o === "string") return [{ name: o }];
        if (!o || typeof o !== "object" || typeof (o as { name?: unknown }).name !== "string") {
          problem(["organisations", i], `\`organisations[${i}]\` needs a \`name\``);
          return [];
        }
        // The organisation is kept with what can be read of it: a field of the wrong kind is said and left out.
        const { name, aliases, description } = o as { name: string; aliases?: unknown; description?: unknown };
        const read: { name: string; aliases?: string[]; description?: string } = { name };
        if (Array.isArray(aliases) && aliases.every((a) => typeof a === "string")) read.aliases = aliases;
        else if (aliases !== undefined) problem(["organisations", i, "aliases"], `\`organisations[${i}].aliases\` must be a list of strings (ignored)`);
        if (typeof description === "string") read.description = description;
        else if (description !== undefined) problem(["organisations", i, "description"], `\`organisations[${i}].description\` must be a string (ignored)`);
        return [read];
      });
    } else problem(["organisations"], "`organisations` must be a list");
  }
  const ids = input["actionIds"];
  if (ids !== undefined) {
    const v = ids as { prefix?: unknown; sequenceDigits?: unknown };
    if (typeof v !== "object" || v === null || (v.prefix !== undefined && typeof v.prefix !== "string") || (v.sequenceDigits !== undefined && !(Number.isInteger(v.sequenceDigits) && (v.sequenceDigits as number) >= 1 && (v.sequenceDigits as number) <= 4))) {
      problem(["actionIds"], "`actionIds` must be `{ \"prefix\": \"SECP\", \"sequenceDigits\": 2 }`");
    } else out["actionIds"] = v;
  }
  const classification = input["classification"];
  if (classification !== undefined) {
    const v = classification as { levels?: unknown; confidential?: unknown };
    const ok = (x: unknown) => x === undefined || (Array.isArray(x) && x.every((s) => typeof s === "string"));
    if (typeof v === "object" && v !== null && !Array.isArray(v) && ok(v.levels) && ok(v.confidential)) {
      // What is confidential decides what is published: a slip here must not pass in silence.
      // Levels are read without the spaces around them (`"AMBER "` is AMBER).
      const levels = (v.levels as string[] | undefined)?.map((l) => l.trim());
      const confidential = (v.confidential as string[] | undefined)?.map((l) => l.trim());
      out["classification"] = { ...(levels ? { levels } : {}), ...(confidential ? { confidential } : {}) };
      for (const key of Object.keys(v)) {
        if (key !== "levels" && key !== "confidential") problem(["classification", key], `unknown setting \`classification.${key}\` (ignored): expected \`levels\` and \`confidential\``);
      }
      const known = new Set((levels ?? DEFAULT_CONFIG.classification.levels).map((l) => l.toUpperCase()));
      for (const level of confidential ?? []) {
        if (!known.has(level.toUpperCase())) problem(["classification", "confidential"], `\`classification.confidential\` names \`${level}\`, which is not among \`classification.levels\``);
      }
    } else problem(["classification"], "`classification` must be `{ \"levels\": [...], \"confidential\": [...] }`");
  }
  const statuses = input["statuses"];
  if (statuses !== undefined) {
    if (isRecordOf(statuses, "string") && Object.values(statuses).every((s) => s === "open" || s === "closed" || s === "superseded")) {
      out["statuses"] = Object.fromEntries(Object.entries(statuses).map(([k, v]) => [k.toLowerCase(), v]));
    } else problem(["statuses"], "`statuses` must map each status word to `open`, `closed` or `superseded`");
  }
  const references = input["references"];
  if (references !== undefined) {
    if (Array.isArray(references)) {
      out["references"] = references.filter((r, i) => {
        const ok = r && typeof r.name === "string" && typeof r.pattern === "string" && compiles(r.pattern);
        if (!ok) problem(["references", i], `\`references[${i}]\` needs a \`name\` and a valid regular expression \`pattern\``);
        return ok;
      });
    } else problem(["references"], "`references` must be a list");
  }
  const severity = input["severity"];
  if (severity !== undefined) {
    if (isRecordOf(severity, "string")) {
      const kept: Record<string, string> = {};
      for (const [code, level] of Object.entries(severity)) {
        if (!SEVERITIES.has(level)) problem(["severity", code], `\`severity.${code}\` is \`${level}\`: expected \`error\`, \`warning\`, \`information\`, \`hint\` or \`off\` (ignored)`);
        else if (code.startsWith("syntax-")) problem(["severity", code], `\`severity.${code}\` is ignored: a line the parser cannot read is always an error, so that nothing written is dropped unseen`);
        else if (PUBLIC_EXPORT_GUARDS.has(code)) problem(["severity", code], `\`severity.${code}\` is ignored: this finding keeps confidential text out of the public minutes, and stays an error`);
        else if (!CHECK_CODES.has(code)) problem(["severity", code], `\`severity\` names \`${code}\`, which is no check's code (ignored): see docs/diagnostics.md for the codes`);
        else kept[code] = level;
      }
      out["severity"] = kept;
    } else problem(["severity"], "`severity` must map check codes to `error`, `warning`, `information`, `hint` or `off`");
  }
  for (const key of Object.keys(input)) {
    if (key !== "$schema" && !Object.hasOwn(DEFAULT_CONFIG, key)) {
      problem([key], `unknown setting \`${key}\` (ignored)`);
    }
  }
  return { config: resolveConfig(out as Partial<MinutesConfig>), problems, withholding };
}

function isRecordOf(value: unknown, type: "string"): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === type);
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** What each syntax error of the locating parser means, in words. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "a number written wrongly",
  PropertyNameExpected: "expected a setting's name in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected `:` after the setting's name",
  CommaExpected: "expected a comma between two entries",
  CloseBraceExpected: "expected `}` to close the settings",
  CloseBracketExpected: "expected `]` to close the list",
  EndOfFileExpected: "unexpected text after the closing `}`",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a string is not closed: expected `\"`",
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "a wrong `\\u` escape in a string",
  InvalidEscapeCharacter: "a wrong `\\` escape in a string",
  InvalidCharacter: "a line break or tab inside a string (write `\\n` or `\\t`)",
};

/**
 * Where and why `text` (which `JSON.parse` refused) is not valid JSON, in words with a line and
 * column. `JSON.parse` gives at most a character position, and for many slips (a trailing comma
 * in a list, a single quote) none, so the error is located with jsonc-parser, strictly (no
 * comments, no trailing commas).
 */
/** Every key an object of the settings gives a second time, by its path and where the repeat stands. */
function repeatedKeys(node: JsonNode | undefined, path: string[] = []): { path: string[]; offset: number }[] {
  if (!node || node.type !== "object") return [];
  const out: { path: string[]; offset: number }[] = [];
  const seen = new Set<string>();
  for (const property of node.children ?? []) {
    const key = property.children?.[0]?.value;
    if (typeof key !== "string") continue;
    if (seen.has(key)) out.push({ path: [...path, key], offset: property.offset });
    seen.add(key);
    out.push(...repeatedKeys(property.children?.[1], [...path, key]));
  }
  return out;
}

/** `12, column 5`: where an offset of the text stands, counted from 1. */
function lineColumn(text: string, offset: number): string {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `${lines.length}, column ${lines.at(-1)!.length + 1}`;
}

function describeJsonError(text: string): string {
  if (text.trim().length === 0) return "the file is empty (write `{}` in it to say so)";
  const errors: ParseError[] = [];
  parseJson(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return "not valid JSON";
  let at = first.offset;
  // By name: the library's codes are a const enum, which this build cannot read at run time.
  const code = printParseErrorCode(first.error);
  let what = JSON_ERRORS[code] ?? "not valid here";
  const before = text.slice(0, at).trimEnd();
  if ((code === "PropertyNameExpected" || code === "ValueExpected") && before.endsWith(",") && /^\s*[}\]]/.test(text.slice(at))) {
    // The commonest slip in a hand-edited file: a comma after the last entry. Point at the comma.
    at = before.length - 1;
    what = "a comma after the last entry is not allowed: delete it";
  } else if (code === "InvalidSymbol" || code === "ValueExpected") {
    const found = text.slice(at, at + Math.max(1, Math.min(first.length, 20)));
    if (found.trim().length > 0) what = found.startsWith("'") ? "unexpected `'`: JSON strings are written in double quotes" : `${what}: found \`${found}\``;
  }
  const lines = text.slice(0, at).split(/\r\n|\r|\n/);
  return `not valid JSON at line ${lines.length}, column ${lines.at(-1)!.length + 1} (${what})`;
}
