import type { MinutesConfig } from "../../config/config.js";
import { tablesOf } from "../../config/derived.js";
import { keptFor } from "../../kept.js";
import { escapeRegExp } from "../../text/trim.js";
import { startsOf } from "./keyword-shapes.js";
import type { Item } from "../../model/ast.js";
import type { Fix } from "../../diagnostics.js";
import { replaceFix } from "../context.js";

/*
 * A classification written as a phrase, as secretaries mark a part of the minutes withheld:
 * `PRIVATE, Part 2`, `Part 2 - PRIVATE`, `RED - commercially sensitive`, `PRIVATE AND
 * CONFIDENTIAL`, `Private`. Read where `classification-misplaced` looks for a level that does
 * not classify its item: in brackets and after a dash in the title, and on the line under it
 * (found by a secretary's test; each of these published the item whole, with no finding).
 */

/** The levels, and those of them that are confidential, in capitals. */
export interface Levels {
  readonly all: ReadonlySet<string>;
  readonly confidential: ReadonlySet<string>;
  /**
   * Any level as a word, in any case: a line without one holds no level, and is not read
   * further (these readings run on every item at every check).
   */
  readonly named: RegExp;
  /**
   * A line that opens a passage in the committee's own words: a confidential level or
   * `Strictly confidential`, `Private and confidential`, alone with a colon (`PRIVATE:`).
   */
  readonly opener: RegExp;
  /**
   * `Strictly confidential: text`, `Private and Confidential` alone: the committee's own words in
   * a paragraph's first line, with text after a colon or a dash, or with nothing after them.
   */
  readonly phraseOpener: RegExp;
  /** The first three letters of the words `opener` starts with, for the keyword search's first look. */
  readonly openerStarts: ReadonlySet<number>;
}

const LEVELS = new WeakMap<MinutesConfig["classification"], Levels>();

export function levelsOf(config: MinutesConfig): Levels {
  return keptFor(LEVELS, config.classification, () => {
    const all = tablesOf(config).levels;
    const confidential = config.classification.confidential.filter((level) => level.toLowerCase() !== "confidential");
    return {
      all,
      confidential: new Set([...confidential, "confidential"].map((level) => level.toUpperCase())),
      named: new RegExp(`(?<![A-Za-z])(?:${[...all].map(escapeRegExp).join("|")})(?![A-Za-z])`, "i"),
      // A level in capitals (`PRIVATE:`; `Red:` heads a line of a RAG breakdown), or `Strictly
      // confidential:`, `Private and confidential:` in any case (found by a review).
      opener: new RegExp(`^(?:(?:[Ss]trictly|[Pp]rivate\\s+and|STRICTLY|PRIVATE\\s+AND)\\s+(?:[Cc]onfidential|CONFIDENTIAL)${confidential.length > 0 ? `|(?:${confidential.map((level) => escapeRegExp(level.toUpperCase())).join("|")})(?:\\s+AND\\s+CONFIDENTIAL)?` : ""})[ \\t]*[:：꞉][ \\t]*$`),
      phraseOpener: /^(?:strictly|private\s+and)\s+confidential(?:[ \t]*[:：꞉–—-][ \t]*(?=\S)|[ \t]*\.?[ \t]*$)/i,
      openerStarts: startsOf(["strictly", "private", ...confidential]),
    };
  });
}

/** What may stand beside a level in such a phrase and is not a level: `Part 2`, `exempt information`, `not for publication`. */
const QUALIFIER = /^(?:part\s+(?:\d+|[ivx]+|[a-z])|strictly(?:\s+confidential)?|exempt(?:\s+information)?|not\s+for\s+publication|(?:commercially\s+)?sensitive|commercial(?:\s+in\s+confidence)?|restricted|para(?:graph)?\s+\d+[a-z]?(?:\s+of\s+schedule\s+\d+[a-z]?)?)$/i;

/** The parts of a phrase: between commas, semicolons, colons, dashes with space around them, `and` and `&`. */
const SEPARATOR = /\s*[,;:]\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+and\s+|\s*&\s*/i;

export interface LevelPhrase {
  /** The level, in capitals, or `confidential`. */
  readonly level: string;
  /** The parts that are not levels, as written (`Part 2`). */
  readonly others: readonly string[];
}

/**
 * The level a phrase names, or undefined: a level alone or among qualifiers and other levels
 * (`PRIVATE`, `PRIVATE, Part 2`, `PRIVATE AND CONFIDENTIAL`; not `Private sector`, which is one
 * part, nor `RED and AMBER risks`). In capitals any level names it; in another case a
 * confidential one (`Private`), or any level alone in brackets when `bracketed` (`(Green)`).
 */
export function levelPhrase(text: string, levels: Levels, bracketed = false): LevelPhrase | undefined {
  const written = text.trim().replace(/[.:]$/, "").trim();
  if (written.length === 0 || written.length > 80) return undefined;
  const parts = written.split(SEPARATOR).filter((part) => part.length > 0);
  const isLevel = (part: string) => levels.all.has(part.toUpperCase());
  // A level of the settings before the word `confidential`: `PRIVATE AND CONFIDENTIAL` is PRIVATE.
  const level = parts.find((part) => isLevel(part) && part.toUpperCase() !== "CONFIDENTIAL") ?? parts.find(isLevel);
  if (!level) return undefined;
  const upper = level.toUpperCase();
  const others = parts.filter((part) => !isLevel(part));
  // Beside other words, only qualifiers: `RED and AMBER risks were reviewed` is prose (found by a review).
  if (!others.every((part) => QUALIFIER.test(part))) return undefined;
  const capitals = level === upper && /[A-Z]{3,}/.test(level);
  if (!capitals && !levels.confidential.has(upper) && !(bracketed && parts.length === 1)) return undefined;
  return { level: upper === "CONFIDENTIAL" ? "confidential" : upper, others };
}

/** The level a finding tells the secretary to write: the one marked, or for `confidential` or marks in words the settings' first confidential level. */
export function levelToWrite(levels: Levels, marked?: string): string {
  const upper = marked?.toUpperCase();
  return upper === undefined || upper === "CONFIDENTIAL" ? [...levels.confidential][0] ?? "CONFIDENTIAL" : upper;
}

/** The fix (not certain) that classifies `item` at `level`, at the end of its line, under `title`. */
export function classifyFix(item: Item, level: string, title = `Classify item ${item.number.text.trim() || "?"} \`[${level}]\``): Fix {
  return replaceFix(title, { start: item.title.end, end: item.title.end }, ` [${level}]`, false);
}
