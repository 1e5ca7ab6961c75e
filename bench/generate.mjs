// Realistic generated minutes for benchmarks: the reference meeting's header and attendees,
// then its items repeated (renumbered, with fresh action IDs) until the text reaches a size.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reference = readFileSync(path.join(root, "examples/sec-panel-77.minutes"), "utf8");
const firstItem = reference.indexOf("\nitem 1:");
const head = reference.slice(0, firstItem + 1);
const body = reference.slice(firstItem + 1).replace(/\nnext meeting:.*\n?$/, "\n");
const ACTIONS_PER_BODY = (body.match(/^action /gm) ?? []).length;
const UPDATES_PER_BODY = (body.match(/^update /gm) ?? []).length;

/**
 * A meeting of about `bytes` characters with meeting number `number`. Its action updates
 * update actions of meeting `number - 1` (as a committee's next meeting does), each a different
 * one, and its new actions are numbered in order: with more than 99 of them the sequence takes
 * three digits (four past 999), and so do the IDs its prose mentions; a benchmark of a long
 * meeting sets `actionIds.sequenceDigits` to match (see `sequenceDigitsOf`). (Until each update
 * had an action of its own, the eleven updates of each copy cycled over its seven actions, and a
 * meeting of 1 MB updated actions twice with statuses that disagree: 322 findings that the
 * reference does not have.)
 */
export function generateMeeting(bytes, number = 77) {
  const parts = [head.replace(/number: 77/, `number: ${number}`).replace(/Meeting 77/, `Meeting ${number}`)];
  let size = parts[0].length;
  const copies = Math.max(1, Math.ceil((bytes - size) / body.length));
  const digits = sequenceDigitsFor(copies * Math.max(ACTIONS_PER_BODY, UPDATES_PER_BODY));
  const id = (meeting, seq) => `SECP${meeting}/${String(seq).padStart(digits, "0")}`;
  let item = 0;
  let action = 0;
  let update = 0;
  for (let copy = 0; copy < copies; copy++) {
    const chunk = body
      // Every well-formed ID the reference writes takes the digits of this meeting's IDs, so
      // that a long generated meeting keeps only the reference's own slips.
      .replace(/\bSECP(\d+)\/(\d+)\b/g, (_, meeting, seq) => id(meeting, Number(seq)))
      .replace(/^item (\d+):/gm, () => `item ${++item}:`)
      // Each update is of an action of its own: a meeting updates an action once.
      .replace(/^update S[A-Z]*\d+\/\d+:/gm, () => `update ${id(number - 1, ++update)}:`)
      .replace(/superseded by SECP77\/01/g, `superseded by ${id(number, action + 1)}`)
      .replace(/^action SECP77\/\d+:/gm, () => `action ${id(number, ++action)}:`);
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join("");
}

/** Digits enough for the highest sequence number (at least two, as the reference writes them). */
export function sequenceDigitsFor(actions) {
  return Math.max(2, String(actions).length);
}

/** The sequence digits a generated meeting of `bytes` uses. */
export function sequenceDigitsOf(text) {
  const match = /^action SECP\d+\/(\d+):/m.exec(text);
  return match ? match[1].length : 2;
}
