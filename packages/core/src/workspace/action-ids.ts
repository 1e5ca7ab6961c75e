import type { MinutesConfig } from "../config/config.js";
import { keptFor } from "../kept.js";
import { escapeRegExp } from "../text/trim.js";

/** What a well-formed action ID says: the meeting that raised it and its place in that meeting. */
export interface ActionIdParts {
  readonly meeting: number;
  readonly sequence: number;
}

const cache = new WeakMap<MinutesConfig, RegExp>();

function wellFormed(config: MinutesConfig): RegExp {
  return keptFor(cache, config, () => new RegExp(`^${escapeRegExp(config.actionIds.prefix)}(\\d+)\\/(\\d{${config.actionIds.sequenceDigits}})$`));
}

/** Whether an ID is well formed, without reading its parts. */
export function isWellFormedActionId(id: string, config: MinutesConfig): boolean {
  return wellFormed(config).test(id);
}

/** The parts of a well-formed ID (`SECP77/01`), or undefined for anything else (`SEC76/01`). */
export function parseActionId(id: string, config: MinutesConfig): ActionIdParts | undefined {
  const match = wellFormed(config).exec(id);
  return match ? { meeting: Number(match[1]), sequence: Number(match[2]) } : undefined;
}

export function formatActionId(meeting: number, sequence: number, config: Pick<MinutesConfig, "actionIds">): string {
  return `${config.actionIds.prefix}${meeting}/${sequence.toString().padStart(config.actionIds.sequenceDigits, "0")}`;
}

/** `TB112/O2` as `TB112/02`, `PC4l/03` as `PC41/03`: O, o, l and I read as digits where they stand beside a digit or the slash. */
function digitsForLetters(id: string): string {
  return id.replace(/(?<=[\d/])[OolI]+|[OolI]+(?=[\d/])/g, (letters, at: number) => (at === 0 ? letters : letters.replace(/[Oo]/g, "0").replace(/[lI]/g, "1")));
}

/**
 * The well-formed ID a malformed one most likely meant: the same numbers under the
 * configured prefix (`SEC76/01` -> `SECP76/01`, `secp77/1` -> `SECP77/01`).
 */
export function correctActionId(id: string, config: MinutesConfig): string | undefined {
  // The letter O or l typed for a digit among the numbers (`TB112/O2`, `PC4l/03`: found by a review).
  const match = /^[A-Za-z_]*?(\d+)\s*\/\s*(\d+)$/.exec(id) ?? /^[A-Za-z_]*?(\d+)\s*\/\s*(\d+)$/.exec(digitsForLetters(id));
  if (!match) return undefined;
  const sequence = Number(match[2]);
  if (match[2]!.length > config.actionIds.sequenceDigits && sequence >= 10 ** config.actionIds.sequenceDigits) return undefined;
  return formatActionId(Number(match[1]), sequence, config);
}
