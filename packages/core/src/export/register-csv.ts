import { csvField, neutraliseFormula } from "./escape.js";

/*
 * The action register of a committee as CSV: one row an action, across the meetings of a
 * folder (the CLI's `minutes register`). RFC 4180: a header row, CRLF after every record,
 * fields with `,` `"` CR or LF quoted with quotes doubled. A field a spreadsheet would run as
 * a formula gets a leading apostrophe (see `neutraliseFormula`).
 */

export interface RegisterRow {
  readonly id: string;
  readonly meeting: string;
  readonly dateRaised: string;
  readonly owner: string;
  /** When the action is due, from its `[due ...]`: ISO (`2024-01-19`) when the date is real, else as written. */
  readonly due: string;
  readonly text: string;
  readonly status: string;
  /** What the minutes wrote after the status word (`carried forward to June`), or empty. */
  readonly statusRemark: string;
  readonly lastUpdateMeeting: string;
  readonly supersededBy: string;
}

export const REGISTER_COLUMNS: readonly { readonly key: keyof RegisterRow; readonly title: string }[] = [
  { key: "id", title: "Action" },
  { key: "meeting", title: "Meeting" },
  { key: "dateRaised", title: "Date raised" },
  { key: "owner", title: "Owner" },
  { key: "due", title: "Due" },
  { key: "text", title: "Action text" },
  { key: "status", title: "Status" },
  { key: "statusRemark", title: "Status remark" },
  { key: "lastUpdateMeeting", title: "Last updated at meeting" },
  { key: "supersededBy", title: "Superseded by" },
];

export interface RegisterCsvOptions {
  /** Starts the file with a UTF-8 byte order mark, which Excel needs to read accents and dashes. */
  readonly bom?: boolean;
}

export function renderRegisterCsv(rows: readonly RegisterRow[], options: RegisterCsvOptions = {}): string {
  const record = (fields: readonly string[]) => `${fields.map((f) => csvField(neutraliseFormula(f))).join(",")}\r\n`;
  const lines = [record(REGISTER_COLUMNS.map((c) => c.title)), ...rows.map((row) => record(REGISTER_COLUMNS.map((c) => row[c.key] ?? "")))];
  return `${options.bom ? "\uFEFF" : ""}${lines.join("")}`;
}
