import type { MinutesConfig } from "../config/config.js";
import type { Document } from "../model/ast.js";
import type { MinutesView, RenderOptions } from "./view-types.js";
import { renderHtml } from "./html.js";
import { renderJson } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { visibleContent } from "./public-view.js";
import { utf8 } from "./utf8.js";

/*
 * The renderers: pure functions from a view of the meeting to text or bytes. `visibleContent`
 * decides what a version may show; every renderer sees only that view (see public-view.ts).
 */

export { visibleContent, confidentialLevel, standardSentence, type ViewOptions } from "./public-view.js";
export { renderHtml } from "./html.js";
export { renderMarkdown } from "./markdown.js";
export { renderJson, jsonDocument, SCHEMA_VERSION } from "./json.js";

/**
 * The Word renderer, loaded on first use: the `docx` package it builds on takes longer to load
 * than the rest of core, and checking minutes never needs it.
 */
export async function renderDocx(view: MinutesView, options: RenderOptions = {}): Promise<Uint8Array> {
  const word = await import("./docx.js");
  return word.renderDocx(view, options);
}
export { renderRegisterCsv, REGISTER_COLUMNS, type RegisterRow, type RegisterCsvOptions } from "./register-csv.js";
export { escapeHtml, escapeMarkdown } from "./escape.js";
export type * from "./view-types.js";

export type ExportFormat = "html" | "md" | "json" | "docx";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["html", "md", "json", "docx"];

export interface ExportOptions {
  readonly format: ExportFormat;
  /** The confidential minutes: everything but comments. Default false: the public minutes. */
  readonly confidential?: boolean;
  /** Marks every page DRAFT. */
  readonly draft?: boolean;
  readonly config?: MinutesConfig;
}

export interface ExportResult {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  /** Without the dot: `html`, `md`, `json`, `docx`. */
  readonly extension: ExportFormat;
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  html: "text/html; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The export's file name beside its source: `sec-panel-77.minutes` gives `sec-panel-77.html`, `sec-panel-77.confidential.docx`. */
export function exportFileName(source: string, format: ExportFormat, confidential: boolean): string {
  return `${source.replace(/\.minutes$/, "")}${confidential ? ".confidential" : ""}.${format}`;
}

/** One meeting in one format: the public version unless `confidential` is set. */
export async function exportDocument(doc: Document, options: ExportOptions): Promise<ExportResult> {
  const confidential = options.confidential === true;
  const view = visibleContent(doc, { confidential, ...(options.config ? { config: options.config } : {}) });
  const render = { draft: options.draft === true, confidential };
  const bytes =
    options.format === "docx"
      ? await renderDocx(view, render)
      : utf8(options.format === "html" ? renderHtml(view, render) : options.format === "md" ? renderMarkdown(view, render) : renderJson(view, render));
  return { bytes, mediaType: MEDIA_TYPES[options.format], extension: options.format };
}
