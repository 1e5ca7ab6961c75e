import { escapeMarkdown as md } from "./escape.js";
import {
  CONFIDENTIAL_BANNER, DRAFT_BANNER, WITHHELD_LABEL, classificationLabel, classificationSentence, groupUpdates, longDate, newActions, referenceLine, sectionName, statusCell, whenText, itemNumberMark,
} from "./format.js";
import type { Inline, MinutesView, RenderOptions, ViewAttendeeSection, ViewBlock, ViewItem, ViewUpdate } from "./view-types.js";

/*
 * GitHub-flavoured Markdown with the content of the HTML minutes. User text goes through
 * `md`, which escapes what would change the structure (a `|` in a table cell, a `#` or `-`
 * at the start of a block, `<` that would open raw HTML); the rest stays as typed.
 */

export function renderMarkdown(view: MinutesView, options: RenderOptions = {}): string {
  const confidential = view.confidential || options.confidential === true;
  const h = view.header;
  const out: string[] = [];
  if (options.draft) out.push(`> **DRAFT** – ${DRAFT_BANNER.replace(/^DRAFT – /, "")}`);
  if (confidential) out.push(`> **CONFIDENTIAL** – ${CONFIDENTIAL_BANNER.replace(/^CONFIDENTIAL – /, "")}`);
  out.push(`# ${heading(h.title ?? "Minutes")}`);
  const details = [
    whenText(h),
    h.venue,
    referenceLine(h),
    classificationSentence(h),
  ].filter((line): line is string => line !== undefined && line.length > 0);
  out.push(details.map((line) => md(line)).join("  \n"));
  if (view.attendees.length > 0) out.push("## Attendees", attendees(view.attendees));
  for (const item of view.items) out.push(...itemMarkdown(item));
  if (h.nextMeeting) out.push(`**Next Meeting:** ${md(longDate(h.nextMeeting) ?? "", false)}`);
  const actions = newActions(view);
  if (actions.length > 0) {
    out.push(
      "## Summary of New Actions",
      table(
        ["Action", "Owner", "Description", "Item"],
        actions.map((a) => [md(a.id, false), md(a.owner ?? "", false), inlines(a.content, false) + due(a.due ? longDate(a.due) : undefined), md(a.item, false)]),
      ),
    );
  }
  return `${out.join("\n\n")}\n`;
}

function heading(text: string): string {
  return md(text, false).replace(/#$/, "\\#");
}

function attendees(sections: readonly ViewAttendeeSection[]): string {
  const rows: string[][] = [];
  for (const section of sections) {
    const name = sectionName(section);
    let firstOfSection = true;
    for (const group of section.groups) {
      group.attendees.forEach((a, index) => {
        const notes = a.notes.map((n) => ` (${md(n, false)})`).join("");
        rows.push([
          firstOfSection && name ? `**${md(name, false)}**` : "",
          index === 0 ? md(group.name ?? "", false) : "",
          `${md(a.name, false)} (${md(a.initials, false)})${notes}`,
        ]);
        firstOfSection = false;
      });
    }
  }
  return table(["Category", "Group", "Name"], rows);
}

function itemMarkdown(item: ViewItem): string[] {
  const level = item.classification?.trim();
  const suffix = level ? ` (${md(classificationLabel(level), false)})` : "";
  return [`## ${md(itemNumberMark(item.label), false)} ${heading(item.title)}${suffix}`, ...blocks(item.blocks)];
}

function blocks(list: readonly ViewBlock[]): string[] {
  return groupUpdates(list).map((block) => (block.kind === "updates" ? updates(block.updates) : one(block)));
}

function one(block: ViewBlock): string {
  switch (block.kind) {
    case "paragraph":
      return inlines(block.content);
    case "list": {
      // A number (`(a)`, `1.`) is printed as written, escaped: Markdown would renumber its own.
      // A list numbered throughout is lines with hard breaks; one with bullets among its numbers
      // is a bulleted list, the numbers after the bullets.
      const numbered = block.items.every((i) => i.marker !== undefined);
      const items = numbered
        ? block.items.map((i) => `${md(i.marker!)} ${inlines(i.content, false)}`).join("  \n")
        : block.items.map((i) => `- ${i.marker ? `${md(i.marker)} ` : ""}${inlines(i.content)}`).join("\n");
      return block.leadIn ? `${inlines(block.leadIn)}\n\n${items}` : items;
    }
    case "heading":
      return `### ${heading(block.text)}`;
    case "action": {
      const meta = [block.owner ? `Owner: ${md(block.owner, false)}` : "", block.due ? `Due: ${md(longDate(block.due) ?? "", false)}` : ""]
        .filter(Boolean)
        .join(" · ");
      return `> **${md(block.id, false)}:** ${inlines(block.content, false)}${meta ? `  \n> *${meta}*` : ""}`;
    }
    case "update":
      return updates([block]);
    case "notice":
      return `*${md(block.text, false)}*`;
    case "withheld": {
      const inner = [`**${WITHHELD_LABEL[block.reason]}**`, ...blocks(block.blocks)].join("\n\n");
      return inner
        .split("\n")
        .map((line) => (line.length > 0 ? `> ${line}` : ">"))
        .join("\n");
    }
  }
}

function inlines(content: readonly Inline[], atBlockStart = true): string {
  return content
    .map((i, index) => {
      if (i.kind === "verb") return `**${md(i.text, false)}**`;
      if (i.kind === "note") return `*\\[Post-meeting note: ${md(i.text, false)}\\]*`;
      return md(i.text, atBlockStart && index === 0);
    })
    .join("");
}

function due(date: string | undefined): string {
  return date ? ` *(due ${md(date, false)})*` : "";
}

function updates(list: readonly ViewUpdate[]): string {
  return table(
    ["Action Reference", "Action", "Update", "Status"],
    list.map((u) => [
      `**${md(u.id, false)}**`,
      inlines(u.original, false),
      u.paragraphs.map((p) => inlines(p, false)).join("<br><br>"),
      Object.values(statusCell(u)).filter(Boolean).map((words) => md(words, false)).join(", "),
    ]),
  );
}

/** A GFM table; cells are already escaped (`|` included) and on one line. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || " ").join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
