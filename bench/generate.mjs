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

/** A meeting of about `bytes` characters, meeting number `number`, valid apart from the reference's own slips. */
export function generateMeeting(bytes, number = 77) {
  const parts = [head.replace(/number: 77/, `number: ${number}`).replace(/Meeting 77/, `Meeting ${number}`)];
  let size = parts[0].length;
  let item = 0;
  let action = 0;
  while (size < bytes) {
    const chunk = body
      .replace(/^item (\d+):/gm, () => `item ${++item}:`)
      .replace(/^action SECP77\/\d+:/gm, () => `action SECP${number}/${String(++action).padStart(3, "0")}:`);
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join("");
}
