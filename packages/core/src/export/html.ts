import { escapeHtml as e } from "./escape.js";
import {
  CONFIDENTIAL_BANNER, DRAFT_BANNER, GENERATOR, WITHHELD_LABEL, classificationLabel, classificationSentence, groupUpdates, longDate, minutesStatus, newActions, referenceLine, sectionName,
  capitalised, pageMark, statusCell, statusText, whenText, itemNumberMark,
} from "./format.js";
import { htmlStyle } from "./html-style.js";
import type {
  Inline, MinutesView, RenderOptions, ViewAction, ViewAttendee, ViewAttendeeSection, ViewBlock, ViewItem, ViewList, ViewUpdate,
} from "./view-types.js";

/*
 * One self-contained, printable HTML page that reads like the published minutes. No scripts,
 * no external resources (the Content-Security-Policy says so to any viewer), and every piece
 * of user text escaped through `e`.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderHtml(view: MinutesView, options: RenderOptions = {}): string {
  const confidential = view.confidential || options.confidential === true;
  const draft = options.draft === true;
  const mark = pageMark(draft, confidential);
  const h = view.header;
  const title = [h.title ?? "Minutes", minutesStatus(h)].join(" – ");
  const bodyClass = [draft ? "draft" : "", confidential ? "confidential" : ""].filter(Boolean).join(" ");
  return [
    "<!DOCTYPE html>",
    `<html lang="en-GB">`,
    "<head>",
    `<meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="${GENERATOR}">`,
    `<title>${e(title)}</title>`,
    `<style>${htmlStyle(mark)}</style>`,
    "</head>",
    `<body${bodyClass ? ` class="${bodyClass}"` : ""}>`,
    mark ? `<div class="watermark" aria-hidden="true">${draft ? "DRAFT" : "CONFIDENTIAL"}</div>` : "",
    draft ? `<div class="banner banner-draft" role="note">${DRAFT_BANNER}</div>` : "",
    confidential
      ? `<div class="banner banner-confidential" role="note">${CONFIDENTIAL_BANNER}</div>`
      : "",
    `<main class="page">`,
    titleBlock(view),
    attendees(view.attendees),
    ...view.items.map((item, index) => itemSection(item, index)),
    h.nextMeeting ? `<p class="next-meeting">Next Meeting: ${e(longDate(h.nextMeeting) ?? "")}</p>` : "",
    actionSummary(view),
    footer(view, confidential),
    "</main>",
    "</body>",
    "</html>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n");
}

function titleBlock(view: MinutesView): string {
  const h = view.header;
  const when = whenText(h);
  const reference = referenceLine(h);
  const classification = classificationSentence(h);
  return [
    `<header class="title-block">`,
    `<h1>${e(h.title ?? "Minutes")}</h1>`,
    when ? `<p class="when">${e(when)}</p>` : "",
    h.venue ? `<p class="venue">${e(h.venue)}</p>` : "",
    `<p class="reference">${e(reference)}</p>`,
    classification ? `<p class="classification">${e(classification)}</p>` : "",
    `</header>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function attendees(sections: readonly ViewAttendeeSection[]): string {
  if (sections.length === 0) return "";
  const rows: string[] = [];
  for (const section of sections) {
    const name = sectionName(section);
    const hasGroups = section.groups.some((g) => g.name !== undefined);
    // A category with groups gets a heading row; one without is a group of its own, as published.
    if (hasGroups && name) rows.push(`<tr class="category"><th colspan="2" scope="rowgroup">${e(name)}</th></tr>`);
    for (const group of section.groups) {
      const label = group.name ?? (hasGroups ? "" : name);
      group.attendees.forEach((attendee, index) => {
        const head = index === 0 ? `<th scope="row" rowspan="${group.attendees.length}">${e(label)}</th>` : "";
        rows.push(`<tr>${head}<td>${attendeeText(attendee)}</td></tr>`);
      });
    }
  }
  return tableSection("attendees", "Attendees", ` class="attendees"`, ["Category", "Name"], rows);
}

/** A titled section holding one table: the column headings and the rows (already HTML). */
function tableSection(sectionClass: string, title: string, tableAttributes: string, headings: readonly string[], rows: readonly string[]): string {
  return [
    `<section class="${sectionClass}">`,
    `<h2>${title}</h2>`,
    `<table${tableAttributes}>`,
    `<thead><tr>${headings.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    `</section>`,
  ].join("\n");
}

function attendeeText(a: ViewAttendee): string {
  const notes = a.notes.map((n) => ` <span class="attendee-note">(${e(n)})</span>`).join("");
  return `${e(a.name)} (${e(a.initials)})${notes}`;
}

function itemSection(item: ViewItem, index: number): string {
  const level = item.classification?.trim();
  const levelClass = level ? ` level-${level.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : "";
  const classification = level ? ` <span class="item-classification${levelClass}">(${e(classificationLabel(level))})</span>` : "";
  return [
    `<section class="item" id="item-${index + 1}">`,
    `<h2><span class="item-number">${e(itemNumberMark(item.label))}</span> ${e(item.title)}${classification}</h2>`,
    blocks(item.blocks),
    `</section>`,
  ].join("\n");
}

function blocks(list: readonly ViewBlock[]): string {
  return groupUpdates(list)
    .map((block) => (block.kind === "updates" ? updatesTable(block.updates) : one(block)))
    .join("\n");
}

function one(block: ViewBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p${block.resolution ? ` class="resolution"` : ""}>${inlines(block.content)}</p>`;
    case "list":
      return listHtml(block);
    case "heading":
      return `<h3>${e(block.text)}</h3>`;
    case "action":
      return actionHtml(block);
    case "update":
      return updatesTable([block]);
    case "notice":
      return `<p class="notice">${e(block.text)}</p>`;
    case "withheld":
      return [
        `<div class="withheld">`,
        `<p class="withheld-label">${WITHHELD_LABEL[block.reason]}</p>`,
        blocks(block.blocks),
        `</div>`,
      ].join("\n");
  }
}

function inlines(content: readonly Inline[]): string {
  return content
    .map((i) => {
      if (i.kind === "verb") return `<strong class="verb">${e(i.text)}</strong>`;
      if (i.kind === "note") return `<span class="note">[Post-meeting note: ${e(i.text)}]</span>`;
      return e(i.text);
    })
    .join("");
}

function listHtml(list: ViewList): string {
  // A numbered list keeps the secretary's own numbers (`(a)`, `iv)`), printed as written.
  const items = list.items.map((item) => `<li>${item.marker ? `<span class="marker">${e(item.marker)}</span> ` : ""}${inlines(item.content)}</li>`).join("\n");
  const leadIn = list.leadIn ? `<p class="lead-in">${inlines(list.leadIn)}</p>\n` : "";
  const numbered = list.items.every((item) => item.marker !== undefined);
  const classes = [list.resolutions ? "resolution-list" : "", numbered ? "numbered" : ""].filter(Boolean).join(" ");
  const tag = numbered ? "ol" : "ul";
  const ul = `<${tag}${classes ? ` class="${classes}"` : ""}>\n${items}\n</${tag}>`;
  return list.resolutions ? `<div class="resolutions">\n${leadIn}${ul}\n</div>` : `${leadIn}${ul}`;
}

function actionHtml(action: ViewAction): string {
  const meta = [action.owner ? `Owner: ${e(action.owner)}` : "", action.due ? `Due: ${e(longDate(action.due) ?? "")}` : ""]
    .filter(Boolean)
    .join(" · ");
  return [
    `<div class="action">`,
    `<p><span class="action-id">${e(action.id)}:</span> ${inlines(action.content)}</p>`,
    meta ? `<p class="action-meta">${meta}</p>` : "",
    `</div>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function updatesTable(updates: readonly ViewUpdate[]): string {
  const rows = updates.map((u) => {
    const state = u.status?.state ?? "unknown";
    const cell = statusCell(u);
    const superseded = cell.superseded ? `<span class="superseded">${e(capitalised(cell.superseded))}</span>` : "";
    const status = e(cell.status);
    const update = u.paragraphs.map((p) => `<p>${inlines(p)}</p>`).join("");
    return `<tr><th scope="row" class="ref">${e(u.id)}</th><td class="original">${inlines(u.original)}</td><td class="update">${update}</td><td class="status status-${state}" title="${e(statusText(u))}">${status}${superseded}</td></tr>`;
  });
  return [
    `<table class="updates">`,
    `<thead><tr><th scope="col">Action Reference</th><th scope="col">Action</th><th scope="col">Update</th><th scope="col">Status</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
  ].join("\n");
}

function actionSummary(view: MinutesView): string {
  const actions = newActions(view);
  if (actions.length === 0) return "";
  const rows = actions.map(
    (a) =>
      `<tr><td class="id">${e(a.id)}</td><td>${e(a.owner ?? "")}</td><td>${inlines(a.content)}${a.due ? ` <em>(due ${e(longDate(a.due) ?? "")})</em>` : ""}</td><td class="item">${e(a.item)}</td></tr>`,
  );
  return tableSection("action-summary", "Summary of New Actions", "", ["Action", "Owner", "Description", "Item"], rows);
}

function footer(view: MinutesView, confidential: boolean): string {
  const h = view.header;
  const left = referenceLine(h);
  const right = [
    classificationSentence(h) ?? "",
    confidential ? "Confidential version" : "",
  ]
    .filter(Boolean)
    .join(" · ");
  return `<footer class="doc-footer"><span>${e(left)}</span><span>${e(right)}</span></footer>`;
}
