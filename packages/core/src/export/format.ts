import { afterDate, formatLongDate } from "../model/dates.js";
import type { MinutesView, ViewAction, ViewAttendeeSection, ViewBlock, ViewDate, ViewHeader, ViewUpdate } from "./view-types.js";

/* What every renderer prints the same way: dates, times, the status line, the lists at the end. */

/** `14 February 2020` for a real date, else the date as written. */
export function longDate(date: ViewDate | undefined): string | undefined {
  if (!date) return undefined;
  // The day of the week written before the date, and a time or a remark written after it
  // (`Tuesday 9 April 2024 at 7.30pm`, `4 July 2024, 7.30pm, Village Hall`), are kept.
  if (!date.iso) return date.text;
  const weekday = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s/i.exec(date.text.trim())?.[1];
  const day = weekday ? `${weekday.charAt(0).toUpperCase()}${weekday.slice(1).toLowerCase()} ` : "";
  return `${day}${formatLongDate(date.iso)}${afterDate(date.text)}`;
}

/** `10:00 – 13:00`; the time as written when it is not a range, or uses am and pm (`7.30pm–9.05pm`, as the committee writes it). */
export function timeText(header: ViewHeader): string | undefined {
  const time = header.time;
  if (!time) return undefined;
  return time.start && time.end && !/[ap]\.?m/i.test(time.text) ? `${time.start} – ${time.end}` : time.text.trim();
}

/** `Final Minutes`, `Draft Minutes`: how the published minutes name themselves. */
export function minutesStatus(header: ViewHeader): string {
  const status = header.status?.trim();
  if (!status) return "Minutes";
  return `${status.charAt(0).toUpperCase()}${status.slice(1).toLowerCase()} Minutes`;
}

/** The title block's reference line: `SECP_77_1402 – Final Minutes`. */
export function referenceLine(header: ViewHeader): string {
  return [header.reference, minutesStatus(header)].filter(Boolean).join(" – ");
}

/** `This document has a Classification of WHITE`, or undefined when the header gives none. */
export function classificationSentence(header: ViewHeader): string | undefined {
  return header.classification ? `This document has a Classification of ${header.classification}` : undefined;
}

/** A section of the attendee list by its name, or by what it records when it has none (`Apologies`). */
export function sectionName(section: ViewAttendeeSection): string {
  return section.name || (section.kind === "apologies" ? "Apologies" : section.kind === "absent" ? "Absent" : "");
}

/** The title block's date line: `10:00 – 13:00, 14 February 2020`. */
export function whenText(header: ViewHeader): string | undefined {
  const parts = [timeText(header), longDate(header.date)].filter((p): p is string => p !== undefined && p.length > 0);
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** Every block, depth first, including those inside withheld sections. */
export function* allBlocks(blocks: readonly ViewBlock[]): Generator<ViewBlock> {
  for (const block of blocks) {
    yield block;
    if (block.kind === "withheld") yield* allBlocks(block.blocks);
  }
}

export function newActions(view: MinutesView): ViewAction[] {
  return view.items.flatMap((item) => [...allBlocks(item.blocks)].filter((b): b is ViewAction => b.kind === "action"));
}

/** `CLOSED`, `Open`; with `superseded by SECP77/01` when the update says so. */
export function statusText(update: ViewUpdate): string {
  const { status, superseded } = statusCell(update);
  return [status || (superseded ? "" : "(no status)"), superseded].filter(Boolean).join(", ");
}

/** The successors a status cell adds: those its status does not already name (`Status: Superseded by SECP78/01`). */
export function successorsToPrint(update: ViewUpdate): readonly string[] {
  const status = update.status?.text ?? "";
  return update.supersededBy.filter((id) => !status.includes(id));
}

/** `words` with a capital first letter, as a cell's own line starts. */
export function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An update's status cell as words: its status, and the successors it does not name
 * (`superseded by SECP79/07`). A status that is the word alone (`Superseded.`) takes them in
 * its own case (`Superseded by SECP79/07`), not `Superseded, superseded by ...` (found by a
 * secretary's test).
 */
export function statusCell(update: ViewUpdate): { readonly status: string; readonly superseded: string } {
  const successors = successorsToPrint(update);
  const status = update.status?.text ?? "";
  if (successors.length === 0) return { status, superseded: "" };
  if (/^superseded\.?$/i.test(status.trim())) return { status: "", superseded: `${status.trim().replace(/\.$/, "")} by ${successors.join(", ")}` };
  return { status, superseded: `superseded by ${successors.join(", ")}` };
}

/** Groups runs of consecutive action updates, so each run is one table. */
export function groupUpdates(blocks: readonly ViewBlock[]): (ViewBlock | { kind: "updates"; updates: ViewUpdate[] })[] {
  const out: (ViewBlock | { kind: "updates"; updates: ViewUpdate[] })[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === "update") {
      if (last?.kind === "updates") last.updates.push(block);
      else out.push({ kind: "updates", updates: [block] });
    } else {
      out.push(block);
    }
  }
  return out;
}

export const GENERATOR = "minutes export";

/** An item's classification as printed: a level as written, the keyword `confidential` as `Confidential`. */
export function classificationLabel(level: string): string {
  // The keyword `[confidential]`, written in lower case, is printed as a word; a level as written,
  // a committee's own `CONFIDENTIAL` included (found by a secretary's test: the heading said
  // `(Confidential)` where the sentence under it said `CONFIDENTIAL`).
  return level === "confidential" ? "Confidential" : level;
}

/** The text of the generated mark for every page. */
export function pageMark(draft: boolean, confidential: boolean): "" | "DRAFT" | "CONFIDENTIAL" | "DRAFT – CONFIDENTIAL" {
  return draft && confidential ? "DRAFT – CONFIDENTIAL" : draft ? "DRAFT" : confidential ? "CONFIDENTIAL" : "";
}

export const DRAFT_BANNER = "DRAFT – these minutes have not been approved";
export const CONFIDENTIAL_BANNER = "CONFIDENTIAL – not for publication: contains text withheld from the public minutes";
export const WITHHELD_LABEL = { item: "Confidential minutes – withheld from the public version", passage: "Confidential – withheld from the public version" } as const;

/**
 * An item's number as a heading prints it: `7.` for item 7, `3a.` for a part written with a
 * letter, and `7.1` for a part written with a point, which takes no second point (found by a
 * secretary's test: `7.1.`).
 */
export function itemNumberMark(label: string): string {
  return label.includes(".") ? label : `${label}.`;
}
