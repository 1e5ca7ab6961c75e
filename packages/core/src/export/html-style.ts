import type { pageMark } from "./format.js";

/*
 * The stylesheet of the HTML minutes: a printable A4 document in the house style of published
 * committee minutes. Only constant text goes into it (the page mark is chosen from a fixed set),
 * so no user text ever lands inside <style>.
 */

export type PageMark = ReturnType<typeof pageMark>;

export function htmlStyle(mark: PageMark): string {
  const topMark = mark === "" ? "" : `\n  @top-center { content: "${mark}"; color: #b00020; font: bold 9pt Arial, sans-serif; letter-spacing: 0.2em; }`;
  return `
:root { --ink: #1a1a1a; --muted: #5a5a5a; --rule: #b8c2cc; --head: #1f3a5f; --shade: #eef2f6; --mark: #b00020; }
* { box-sizing: border-box; }
html { background: #f3f3f1; }
body { margin: 0; color: var(--ink); font: 10.5pt/1.45 Arial, "Helvetica Neue", Helvetica, "Liberation Sans", sans-serif; }
.page { max-width: 210mm; margin: 0 auto; padding: 18mm 18mm 14mm; background: #fff; box-shadow: 0 0 6px rgba(0,0,0,0.12); }
.banner { max-width: 210mm; margin: 0 auto; padding: 6px 18mm; font-weight: bold; letter-spacing: 0.08em; color: #fff; text-align: center; }
.banner-draft { background: #8a5a00; }
.banner-confidential { background: var(--mark); }
.watermark { display: none; }

.title-block { text-align: center; border-bottom: 2px solid var(--head); padding-bottom: 10pt; margin-bottom: 14pt; }
.title-block h1 { font-size: 20pt; color: var(--head); margin: 0 0 6pt; }
.title-block p { margin: 2pt 0; }
.title-block .reference { font-weight: bold; margin-top: 6pt; }
.title-block .classification { color: var(--muted); font-size: 9pt; }

h2 { font-size: 12.5pt; color: var(--head); margin: 18pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 12pt 0 4pt; font-style: italic; break-after: avoid; page-break-after: avoid; }
p { margin: 0 0 7pt; orphans: 3; widows: 3; }
.item-number { display: inline-block; min-width: 2.2em; }
.item-classification { font-weight: normal; color: var(--muted); }
.item-classification.level-red { color: var(--mark); font-weight: bold; }
.item-classification.level-amber { color: #a05a00; font-weight: bold; }
.item-classification.level-green { color: #2e7d32; font-weight: bold; }

table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9.5pt; }
th, td { border: 1px solid var(--rule); padding: 4pt 6pt; vertical-align: top; text-align: left; }
thead th { background: var(--head); color: #fff; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
td p { margin: 0 0 4pt; }
td p:last-child { margin-bottom: 0; }

table.attendees th, table.attendees td { padding: 2.5pt 6pt; }
table.attendees th[scope="row"] { width: 34%; background: var(--shade); font-weight: normal; }
table.attendees tr.category th { background: #dde4ec; color: var(--head); font-weight: bold; }
.attendee-note { color: var(--muted); }

table.updates th.ref { width: 12%; white-space: nowrap; }
table.updates td.original { width: 27%; }
table.updates td.status { width: 15%; }
.status-open { font-weight: bold; }
.status-closed, .status-superseded { color: var(--muted); }
.superseded { display: block; font-size: 8.5pt; color: var(--muted); }

.resolutions { margin: 6pt 0 9pt; break-inside: avoid; page-break-inside: avoid; }
.resolutions .lead-in { margin-bottom: 3pt; }
ul { margin: 2pt 0 8pt; padding-left: 20pt; }
ol.numbered { margin: 2pt 0 8pt; padding-left: 20pt; list-style: none; }
li .marker { display: inline-block; min-width: 2em; margin-left: -0.2em; }
li { margin: 0 0 3pt; }
.verb { font-weight: bold; letter-spacing: 0.02em; }

.action { margin: 6pt 0 10pt; padding: 5pt 8pt; border-left: 4px solid var(--head); background: var(--shade); break-inside: avoid; page-break-inside: avoid; }
.action p { margin: 0; }
.action-id { font-weight: bold; color: var(--head); }
.action-meta { font-size: 8.5pt; color: var(--muted); margin-top: 2pt !important; }

.note { font-style: italic; background: #f6f1df; padding: 0 2pt; }
.notice { font-style: italic; }
.withheld { margin: 6pt 0 10pt; padding: 4pt 8pt; border: 1px dashed var(--mark); border-left: 4px solid var(--mark); }
.withheld-label { font-size: 8pt; font-weight: bold; letter-spacing: 0.1em; text-transform: uppercase; color: var(--mark); margin-bottom: 4pt; }

.next-meeting { margin-top: 16pt; font-weight: bold; }
.action-summary { margin-top: 20pt; }
.action-summary td.id { white-space: nowrap; font-weight: bold; }
.action-summary td.item { text-align: center; width: 7%; }
.doc-footer { margin-top: 18pt; padding-top: 6pt; border-top: 1px solid var(--rule); color: var(--muted); font-size: 8.5pt; display: flex; justify-content: space-between; gap: 12pt; }

@page {
  size: A4;
  margin: 20mm 18mm 20mm 18mm;${topMark}
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; color: #5a5a5a; }
}
@media print {
  html { background: #fff; }
  body { font-size: 10pt; }
  .page { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .banner { max-width: none; padding: 4pt; margin-bottom: 8pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead th, .action, .note, table.attendees th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .watermark { display: block; position: fixed; top: 42%; left: 0; right: 0; text-align: center; font: bold 96pt Arial, sans-serif; color: rgba(176, 0, 32, 0.09); transform: rotate(-30deg); z-index: 0; pointer-events: none; }
  .item { break-inside: auto; }
  .action-summary { break-before: page; page-break-before: always; }
}
`;
}
