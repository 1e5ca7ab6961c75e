import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests } from "../protocol";
import { messageOf } from "./messages";

/**
 * Minutes: New Meeting from Previous — drafts the next meeting's file from the active one:
 * the header carried over, attendees to confirm, open actions carried forward. It never
 * replaces an existing file: if the suggested name is taken, it asks for another.
 */
export async function newMeetingCommand(client: LanguageClient, previous = vscode.window.activeTextEditor?.document.uri.toString()): Promise<vscode.Uri | undefined> {
  if (!previous) {
    void vscode.window.showWarningMessage("Open the previous meeting's .minutes file first.");
    return undefined;
  }
  if (vscode.Uri.parse(previous).scheme !== "file") {
    void vscode.window.showWarningMessage("Save the previous meeting as a .minutes file first: the next meeting's file is made beside it.");
    return undefined;
  }
  try {
    const { text, suggestedUri } = await client.sendRequest<{ text: string; suggestedUri: string }>(Requests.newMeeting, { uri: previous });
    let target = vscode.Uri.parse(suggestedUri);
    if (await exists(target)) {
      const chosen = await vscode.window.showSaveDialog({ defaultUri: target, filters: { Minutes: ["minutes"] }, title: "The next meeting's file already exists: save the draft as" });
      if (!chosen) return undefined;
      target = chosen;
    }
    // Created only where no file is: a workspace edit that may not overwrite, so a file that
    // appeared meanwhile (or one chosen in the dialog and confirmed) is never replaced.
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(target, { overwrite: false, contents: new TextEncoder().encode(text) });
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showWarningMessage(`The next meeting was not drafted: ${vscode.workspace.asRelativePath(target)} already exists, and a draft never replaces a file. Choose another name.`);
      return undefined;
    }
    await vscode.window.showTextDocument(target);
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(`The next meeting was not drafted: ${messageOf(error)}`);
    return undefined;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
