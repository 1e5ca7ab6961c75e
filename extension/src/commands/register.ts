import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type RegisterRow } from "../protocol";
import { messageOf } from "./messages";

interface ActionPick extends vscode.QuickPickItem {
  row: RegisterRow;
}

/**
 * Minutes: Show Action Register — every action of the workspace in a filterable list: type a
 * status (`Open`), an owner (`SECAS`) or any words of the action. Choosing one opens the line
 * where it was raised.
 */
export async function registerCommand(client: LanguageClient, options: { pick?: (items: ActionPick[]) => Promise<ActionPick | undefined> } = {}): Promise<RegisterRow[]> {
  const uri = vscode.window.activeTextEditor?.document.languageId === "minutes" ? vscode.window.activeTextEditor.document.uri.toString() : undefined;
  let rows: RegisterRow[];
  try {
    ({ rows } = await client.sendRequest<{ rows: RegisterRow[] }>(Requests.register, uri ? { uri } : {}));
  } catch (error) {
    void vscode.window.showErrorMessage(`The action register could not be shown: ${messageOf(error)}`);
    return [];
  }
  const items: ActionPick[] = rows.map((row) => ({
    label: row.id,
    description: `${row.status}${row.statusRemark ? ` – ${row.statusRemark}` : ""} · ${row.owner || "no owner"}${row.due ? ` · due ${row.due}` : ""}${row.meeting ? ` · meeting ${row.meeting}` : ""}`,
    detail: row.text,
    row,
  }));
  const pick = options.pick ?? ((list: ActionPick[]) => Promise.resolve(vscode.window.showQuickPick(list, { title: `Action register (${rows.length})`, matchOnDescription: true, matchOnDetail: true, placeHolder: "Filter by ID, status, owner or text" })));
  const chosen = await pick(items);
  if (chosen?.row.definition) {
    const position = new vscode.Position(chosen.row.definition.line, 0);
    try {
      await vscode.window.showTextDocument(vscode.Uri.parse(chosen.row.definition.uri), { selection: new vscode.Range(position, position) });
    } catch (error) {
      // The meeting was moved or deleted since the register was read.
      void vscode.window.showErrorMessage(`The minutes that raised ${chosen.row.id} could not be opened: ${messageOf(error)}`);
    }
  }
  return rows;
}
