import * as path from "node:path";
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type ExportFormat, type ExportResponse } from "../protocol";

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
  const uri = args.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
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
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (document?.isDirty) await document.save();
  const outputUri = targetUri(vscode.Uri.parse(uri), format, confidential);
  let response = await client.sendRequest<ExportResponse>(Requests.export, { uri, format, confidential, draft: args.draft === true, ...(outputUri ? { outputUri } : {}) });
  if (!response.exported) {
    if (args.interactive === false) return response;
    const choice = await vscode.window.showErrorMessage(`Not exported: ${response.reason}`, "Export as Draft", "Show Problems");
    if (choice === "Show Problems") {
      await vscode.commands.executeCommand("workbench.actions.view.problems");
      return response;
    }
    if (choice !== "Export as Draft") return response;
    response = await client.sendRequest<ExportResponse>(Requests.export, { uri, format, confidential, draft: true, ...(outputUri ? { outputUri } : {}) });
    if (!response.exported) return response;
  }
  if (args.interactive !== false) void offerToOpen(response.outputUri, format);
  return response;
}

/** Beside the file, or in the folder of the `minutes.export.folder` setting. */
function targetUri(source: vscode.Uri, format: ExportFormat, confidential: boolean): string | undefined {
  const folder = vscode.workspace.getConfiguration("minutes", source).get<string>("export.folder", "").trim();
  if (!folder || source.scheme !== "file") return undefined;
  const workspace = vscode.workspace.getWorkspaceFolder(source)?.uri.fsPath ?? path.dirname(source.fsPath);
  const dir = path.isAbsolute(folder) ? folder : path.join(workspace, folder);
  const name = path.basename(source.fsPath).replace(/\.minutes$/, "") + (confidential ? ".confidential" : "") + `.${format}`;
  return vscode.Uri.file(path.join(dir, name)).toString();
}

async function offerToOpen(outputUri: string, format: ExportFormat): Promise<void> {
  const uri = vscode.Uri.parse(outputUri);
  const choice = await vscode.window.showInformationMessage(`Exported ${path.basename(uri.fsPath)}`, "Open");
  if (choice !== "Open") return;
  if (format === "md" || format === "json") await vscode.window.showTextDocument(uri);
  else await vscode.env.openExternal(uri);
}
