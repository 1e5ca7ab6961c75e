/** The server's custom requests (see docs/editors.md), as the extension calls them. */
export type ExportFormat = "html" | "docx" | "md" | "json";

export type ExportResponse =
  | { exported: true; outputUri: string; draft: boolean; confidential: boolean }
  | { exported: false; reason: string; errors: unknown[] };

export interface RegisterRow {
  id: string;
  meeting: string;
  dateRaised: string;
  owner: string;
  due: string;
  text: string;
  status: string;
  statusRemark: string;
  lastUpdateMeeting: string;
  supersededBy: string;
  /** Open after the latest meeting, by its status's state (`In progress` is open too). */
  open: boolean;
  definition?: { uri: string; line: number };
}

export const Requests = {
  export: "minutes/export",
  preview: "minutes/preview",
  register: "minutes/register",
  newMeeting: "minutes/newMeeting",
} as const;
