import {
  AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, WidthType, type IParagraphOptions,
} from "docx";
import {
  CONFIDENTIAL_BANNER, DRAFT_BANNER, GENERATOR, WITHHELD_LABEL, classificationLabel, classificationSentence, groupUpdates, longDate, minutesStatus, newActions, referenceLine, sectionName,
  capitalised, pageMark, statusCell, whenText, itemNumberMark,
} from "./format.js";
import type { Inline, MinutesView, RenderOptions, ViewAttendeeSection, ViewBlock, ViewItem, ViewUpdate } from "./view-types.js";

/*
 * A Word document of the minutes with the `docx` package: real headings (Heading 1 the title,
 * Heading 2 the items, Heading 3 the sub-headings), real tables, bullet lists, A4 pages, and
 * the DRAFT / CONFIDENTIAL mark in the header of every page. Packed as a Uint8Array, which
 * needs no Node API, so it runs in a browser or a webview as well.
 */

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1020; // 18 mm
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const HEAD = "1F3A5F";
const SHADE = "EEF2F6";
const MARK = "B00020";
const MUTED = "5A5A5A";

type Child = Paragraph | Table;

/**
 * The characters XML 1.0 does not allow that the `docx` package writes as they are: the
 * noncharacters U+FFFE and U+FFFF (it drops control characters itself, and the UTF-8 encoder
 * writes a lone surrogate as U+FFFD). Word refuses to open a document with one, so each becomes
 * U+FFFD, the replacement character, where the reader can see that something stood (found by
 * fuzzing, tests/fuzz/export.test.ts).
 */
const NOT_XML = /[\uFFFE\uFFFF]/g;

/** `value` (the view: plain objects, lists and strings) with every string's `NOT_XML` characters replaced. */
function wordSafe<T>(value: T): T {
  if (typeof value === "string") return value.replace(NOT_XML, "\uFFFD") as T;
  if (Array.isArray(value)) return value.map(wordSafe) as T;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, wordSafe(v)])) as T;
  return value;
}

export async function renderDocx(written: MinutesView, options: RenderOptions = {}): Promise<Uint8Array> {
  const view = wordSafe(written);
  const confidential = view.confidential || options.confidential === true;
  const draft = options.draft === true;
  const h = view.header;
  const title = h.title ?? "Minutes";
  const reference = referenceLine(h);
  const classification = classificationSentence(h);
  const children: Child[] = [
    ...banners(draft, confidential),
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(title)] }),
    ...[whenText(h), h.venue].filter((t): t is string => !!t).map((t) => centred([new TextRun(t)])),
    centred([new TextRun({ text: reference, bold: true })]),
    ...(classification ? [centred([new TextRun({ text: classification, color: MUTED, size: 18 })])] : []),
    ...attendees(view.attendees),
    ...view.items.flatMap(item),
    ...(h.nextMeeting ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun({ text: `Next Meeting: ${longDate(h.nextMeeting) ?? ""}`, bold: true })] })] : []),
    ...actionSummary(view),
  ];
  const mark = pageMark(draft, confidential);
  const document = new Document({
    creator: GENERATOR,
    title: `${title} – ${minutesStatus(h)}`,
    description: confidential ? "Confidential minutes" : "Public minutes",
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21 }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: { run: { font: "Arial", size: 36, bold: true, color: HEAD }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { font: "Arial", size: 25, bold: true, color: HEAD }, paragraph: { spacing: { before: 300, after: 120 }, keepNext: true } },
        heading3: { run: { font: "Arial", size: 22, bold: true, italics: true, color: "1A1A1A" }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: 1134, bottom: 1134, left: MARGIN, right: MARGIN, header: 567, footer: 567 } } },
        headers: {
          default: new Header({
            children: [
              ...(mark ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: mark, bold: true, color: MARK, size: 20, characterSpacing: 40 })] })] : []),
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: reference, color: MUTED, size: 16 })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: h.classification ? `Classification: ${h.classification}   ·   ` : "", color: MUTED, size: 16 }),
                  new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], color: MUTED, size: 16 }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}

function banners(draft: boolean, confidential: boolean): Paragraph[] {
  const banner = (text: string, fill: string) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      shading: { type: ShadingType.CLEAR, color: "auto", fill },
      children: [new TextRun({ text, bold: true, color: "FFFFFF" })],
    });
  return [...(draft ? [banner(DRAFT_BANNER, "8A5A00")] : []), ...(confidential ? [banner(CONFIDENTIAL_BANNER, MARK)] : [])];
}

function centred(children: TextRun[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 40 }, children });
}

function runs(content: readonly Inline[], base: { bold?: boolean } = {}): TextRun[] {
  return content.map((i) => {
    if (i.kind === "verb") return new TextRun({ text: i.text, bold: true });
    if (i.kind === "note") return new TextRun({ text: `[Post-meeting note: ${i.text}]`, italics: true, shading: { type: ShadingType.CLEAR, color: "auto", fill: "F6F1DF" } });
    return new TextRun({ text: i.text, ...base });
  });
}

function cell(children: Paragraph[], options: { width?: number; fill?: string; columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [new Paragraph("")],
    ...(options.width ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.fill } } : {}),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
  });
}

function text(value: string, options: { bold?: boolean; color?: string; size?: number } = {}): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: value, ...options })] });
}

function table(widths: readonly number[], head: readonly string[], rows: TableRow[]): Table {
  const headRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: head.map((h, i) => cell([text(h, { bold: true, color: "FFFFFF", size: 19 })], { width: widths[i]!, fill: HEAD })),
  });
  return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: [...widths], rows: [headRow, ...rows] });
}

function attendees(sections: readonly ViewAttendeeSection[]): Child[] {
  if (sections.length === 0) return [];
  const widths = [Math.round(TEXT_WIDTH * 0.34), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.34)];
  const rows: TableRow[] = [];
  for (const section of sections) {
    const name = sectionName(section);
    const hasGroups = section.groups.some((g) => g.name !== undefined);
    if (hasGroups && name) rows.push(new TableRow({ children: [cell([text(name, { bold: true, color: HEAD })], { columnSpan: 2, fill: "DDE4EC" })] }));
    for (const group of section.groups) {
      const label = group.name ?? (hasGroups ? "" : name);
      group.attendees.forEach((a, index) => {
        const who = new Paragraph({
          spacing: { after: 0 },
          children: [new TextRun(`${a.name} (${a.initials})`), ...a.notes.map((n) => new TextRun({ text: ` (${n})`, color: MUTED }))],
        });
        const cells = index === 0 ? [cell([text(label)], { width: widths[0]!, fill: SHADE, rowSpan: group.attendees.length }), cell([who], { width: widths[1]! })] : [cell([who], { width: widths[1]! })];
        rows.push(new TableRow({ cantSplit: true, children: cells }));
      });
    }
  }
  return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun("Attendees")] }), table(widths, ["Category", "Name"], rows)];
}

function item(it: ViewItem): Child[] {
  const level = it.classification?.trim();
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [
      new TextRun(`${itemNumberMark(it.label)}\t${it.title}`),
      ...(level ? [new TextRun({ text: ` (${classificationLabel(level)})`, color: level.toUpperCase() === "RED" ? MARK : MUTED })] : []),
    ],
    tabStops: [{ type: "left", position: 567 }],
  });
  return [heading, ...blocks(it.blocks)];
}

function blocks(list: readonly ViewBlock[], paragraph: Partial<IParagraphOptions> = {}): Child[] {
  // An empty paragraph after a table keeps the next paragraph from touching its last row.
  return groupUpdates(list).flatMap((b) => (b.kind === "updates" ? [updates(b.updates), spacer()] : one(b, paragraph)));
}

function one(b: ViewBlock, extra: Partial<IParagraphOptions>): Child[] {
  switch (b.kind) {
    case "paragraph":
      return [new Paragraph({ ...extra, children: runs(b.content) })];
    case "list":
      return [
        ...(b.leadIn ? [new Paragraph({ ...extra, keepNext: true, spacing: { after: 60 }, children: runs(b.leadIn) })] : []),
        ...b.items.map((i) =>
          // A number (`(a)`, `1.`) is printed as written, hanging in the indent a bullet would take.
          i.marker
            ? new Paragraph({ ...extra, indent: { left: 720, hanging: 360 }, spacing: { after: 60 }, children: [new TextRun(`${i.marker}\t`), ...runs(i.content)] })
            : new Paragraph({ ...extra, bullet: { level: 0 }, spacing: { after: 60 }, children: runs(i.content) }),
        ),
      ];
    case "heading":
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(b.text)] })];
    case "action": {
      const meta = [b.owner ? `Owner: ${b.owner}` : "", b.due ? `Due: ${longDate(b.due) ?? ""}` : ""].filter(Boolean).join(" · ");
      const box: Partial<IParagraphOptions> = {
        shading: { type: ShadingType.CLEAR, color: "auto", fill: SHADE },
        border: { left: { style: BorderStyle.SINGLE, size: 24, color: HEAD, space: 6 } },
        indent: { left: 120 },
      };
      return [
        new Paragraph({ ...box, keepNext: meta !== "", spacing: { before: 120, after: meta ? 0 : 160 }, children: [new TextRun({ text: `${b.id}: `, bold: true, color: HEAD }), ...runs(b.content)] }),
        ...(meta ? [new Paragraph({ ...box, spacing: { after: 160 }, children: [new TextRun({ text: meta, color: MUTED, size: 17 })] })] : []),
      ];
    }
    case "update":
      return [updates([b]), spacer()];
    case "notice":
      return [new Paragraph({ ...extra, children: [new TextRun({ text: b.text, italics: true })] })];
    case "withheld": {
      const marked: Partial<IParagraphOptions> = { border: { left: { style: BorderStyle.SINGLE, size: 24, color: MARK, space: 8 } }, indent: { left: 160 } };
      return [
        new Paragraph({ ...marked, keepNext: true, children: [new TextRun({ text: WITHHELD_LABEL[b.reason].toUpperCase(), bold: true, color: MARK, size: 16 })] }),
        ...blocks(b.blocks, marked),
      ];
    }
  }
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
}

/** An update's status cell: its status, then the successors it does not name, smaller, each a paragraph. */
function statusRuns(u: ViewUpdate): Paragraph[] {
  const { status, superseded } = statusCell(u);
  return [text(status, { bold: u.status?.state === "open" }), ...(superseded ? [text(capitalised(superseded), { color: MUTED, size: 17 })] : [])];
}

function updates(list: readonly ViewUpdate[]): Table {
  const widths = [0.13, 0.27, 0.45, 0.15].map((f) => Math.round(TEXT_WIDTH * f));
  const rows = list.map(
    (u) =>
      new TableRow({
        children: [
          cell([text(u.id, { bold: true })], { width: widths[0]! }),
          cell([new Paragraph({ spacing: { after: 0 }, children: runs(u.original) })], { width: widths[1]! }),
          cell(u.paragraphs.map((p) => new Paragraph({ spacing: { after: 80 }, children: runs(p) })), { width: widths[2]! }),
          cell(
            [
              ...statusRuns(u),
            ],
            { width: widths[3]! },
          ),
        ],
      }),
  );
  return table(widths, ["Action Reference", "Action", "Update", "Status"], rows);
}

function actionSummary(view: MinutesView): Child[] {
  const actions = newActions(view);
  if (actions.length === 0) return [];
  const widths = [0.15, 0.14, 0.63, 0.08].map((f) => Math.round(TEXT_WIDTH * f));
  const rows = actions.map(
    (a) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([text(a.id, { bold: true })], { width: widths[0]! }),
          cell([text(a.owner ?? "")], { width: widths[1]! }),
          cell([new Paragraph({ spacing: { after: 0 }, children: [...runs(a.content), ...(a.due ? [new TextRun({ text: ` (due ${longDate(a.due) ?? ""})`, italics: true })] : [])] })], { width: widths[2]! }),
          cell([new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun(a.item)] })], { width: widths[3]! }),
        ],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun("Summary of New Actions")] }),
    table(widths, ["Action", "Owner", "Description", "Item"], rows),
  ];
}
