import { bodyNameEdit } from "@minutes/core/settings-edits";
import * as vscode from "vscode";

/** The settings file's name (`CONFIG_NAME` of the node-files package, which the extension does not bundle). */
const SETTINGS_NAME = "minutes.config.json";

/**
 * The server reads the committee's settings file from disk to offer `Add "The Council" to the
 * body's names`; the editor applies a workspace edit to the file's buffer when it is open. With
 * unsaved changes there, offsets read on disk land elsewhere in the buffer and would break what
 * the secretary is typing. So where the file is open and changed, the edit is made again here
 * against the buffer, or the fix is withdrawn when the buffer already names the body or is not
 * JSON that can be edited safely. Other editors get the edit as the server made it (see
 * docs/editors.md: save the settings first).
 */
export function againstOpenSettings(actions: readonly (vscode.Command | vscode.CodeAction)[], document: vscode.TextDocument): (vscode.Command | vscode.CodeAction)[] {
  const result: (vscode.Command | vscode.CodeAction)[] = [];
  for (const action of actions) {
    const redone = action instanceof vscode.CodeAction ? redoBodyNameFix(action, document) : action;
    if (redone) result.push(redone);
  }
  return result;
}

function redoBodyNameFix(action: vscode.CodeAction, document: vscode.TextDocument): vscode.CodeAction | undefined {
  const finding = action.diagnostics?.find((d) => codeOf(d) === "body-name-unknown");
  const target = action.edit?.entries().find(([uri]) => uri.path.endsWith(`/${SETTINGS_NAME}`))?.[0];
  if (!finding || !target) return action;
  const buffer = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (!buffer?.isDirty) return action;
  const edit = bodyNameEdit(buffer.getText(), document.getText(finding.range));
  if (!edit) return undefined;
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.insert(target, buffer.positionAt(edit.range.start), edit.newText);
  action.edit = workspaceEdit;
  return action;
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === "object" ? String(code.value) : code === undefined ? undefined : String(code);
}
