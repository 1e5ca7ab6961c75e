import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type ExportFormat, type ExportResponse } from "../protocol";
import { messageOf } from "./messages";

const FORMATS: { label: string; format: ExportFormat; description: string }[] = [
  { label: "HTML", format: "html", description: "one printable page" },
  { label: "Word", format: "docx", description: "a .docx document to circulate and edit" },
  { label: "Markdown", format: "md", description: "GitHub-flavoured Markdown" },
  { label: "JSON", format: "json", description: "the meeting's data, for other tools" },
];

export interface ExportArgs {
  uri?: string;
  format?: ExportFormat;
  confidential?: boolean;
  draft?: boolean;
  /** Tests and scripts pass this to skip the questions a refused export asks. */
  interactive?: boolean;
}

/** Minutes: Export… — asks for the format and the version, then exports through the server. */
export async function exportCommand(client: LanguageClient, args: ExportArgs = {}): Promise<ExportResponse | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const uri = args.uri ?? (active?.languageId === "minutes" ? active.uri.toString() : undefined);
  if (!uri) {
    void vscode.window.showWarningMessage("Open a .minutes file to export it.");
    return undefined;
  }
  const format = args.format ?? (await vscode.window.showQuickPick(FORMATS, { title: "Export minutes: format" }))?.format;
  if (!format) return undefined;
  const confidential =
    args.confidential ??
    (await vscode.window.showQuickPick(
      [
        { label: "Public", confidential: false, description: "withholds confidential items and passages" },
        { label: "Confidential", confidential: true, description: "everything, marked CONFIDENTIAL" },
      ],
      { title: "Export minutes: version" },
    ))?.confidential;
  if (confidential === undefined) return undefined;
  const source = vscode.Uri.parse(uri);
  if (source.scheme !== "file") {
    // An export is written beside its minutes (or in the export folder, named after them).
    const reason = "save the minutes as a .minutes file first: an export is named after its file";
    if (args.interactive !== false) {
      void vscode.window.showWarningMessage(`Not exported: ${reason}.`, "Save As…").then((choice) => choice && vscode.commands.executeCommand("workbench.action.files.saveAs"));
    }
    return refused(reason);
  }
  try {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (document?.isDirty) await document.save();
    const outputFolder = exportFolder(source);
    const request = (draft: boolean) => client.sendRequest<ExportResponse>(Requests.export, { uri, format, confidential, draft, ...(outputFolder ? { outputFolder } : {}) });
    let response = await request(args.draft === true);
    if (!response.exported) {
      if (args.interactive === false) return response;
      const choice = await vscode.window.showErrorMessage(`Not exported: ${response.reason}`, "Export as Draft", "Show Problems");
      if (choice === "Show Problems") {
        await vscode.commands.executeCommand("workbench.actions.view.problems");
        return response;
      }
      if (choice !== "Export as Draft") return response;
      response = await request(true);
      if (!response.exported) return response;
    }
    if (args.interactive !== false) void offerToOpen(response.outputUri, format);
    return response;
  } catch (error) {
    // A write that fails (a full disk, a read-only folder) or a server that cannot answer: said
    // in words, instead of VS Code's "command resulted in an error".
    const reason = messageOf(error);
    if (args.interactive !== false) void vscode.window.showErrorMessage(`Not exported: ${reason}`);
    return refused(reason);
  }
}

function refused(reason: string): ExportResponse {
  return { exported: false, reason, errors: [] };
}

/**
 * The folder of the `minutes.export.folder` setting, as a URI, or undefined for beside the
 * minutes. A relative setting is taken from the workspace folder of the minutes (from their
 * own folder when they are outside the workspace). The server names the file and makes the
 * folder when it is missing.
 */
function exportFolder(source: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getConfiguration("minutes", source).get<string>("export.folder", "").trim();
  if (!folder) return undefined;
  const base = vscode.workspace.getWorkspaceFolder(source)?.uri.fsPath ?? path.dirname(source.fsPath);
  return vscode.Uri.file(path.isAbsolute(folder) ? folder : path.join(base, folder)).toString();
}

async function offerToOpen(outputUri: string, format: ExportFormat): Promise<void> {
  const uri = vscode.Uri.parse(outputUri);
  const choice = await vscode.window.showInformationMessage(`Exported ${path.basename(uri.fsPath)}`, "Open");
  if (choice !== "Open") return;
  if (format === "md" || format === "json") await vscode.window.showTextDocument(uri);
  else await vscode.env.openExternal(uri);
}
