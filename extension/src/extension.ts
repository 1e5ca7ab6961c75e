import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { createClient } from "./client";
import { exportCommand, type ExportArgs } from "./commands/export";
import { newMeetingCommand } from "./commands/new-meeting";
import { Preview } from "./commands/preview";
import { registerCommand } from "./commands/register";
import { MinutesStatusBar } from "./status-bar";

/** What `activate` returns, for the integration tests. */
export interface MinutesApi {
  readonly client: LanguageClient;
  readonly preview: Preview;
  readonly statusBar: MinutesStatusBar;
}

export async function activate(context: vscode.ExtensionContext): Promise<MinutesApi> {
  const client = createClient(context);
  await client.start();
  const preview = new Preview(client);
  const statusBar = new MinutesStatusBar(client);
  context.subscriptions.push(
    client,
    statusBar,
    vscode.commands.registerCommand("minutes.export", (args?: ExportArgs) => exportCommand(client, args)),
    vscode.commands.registerCommand("minutes.openPreviewToSide", (uri?: vscode.Uri | string) => preview.open(typeof uri === "string" ? uri : uri?.toString())),
    vscode.commands.registerCommand("minutes.newMeetingFromPrevious", (uri?: vscode.Uri | string) => newMeetingCommand(client, typeof uri === "string" ? uri : uri?.toString())),
    vscode.commands.registerCommand("minutes.showActionRegister", () => registerCommand(client)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.languageId === "minutes") preview.changed(e.document.uri.toString());
    }),
  );
  return { client, preview, statusBar };
}

export function deactivate(): void {
  // The client is disposed with the context's subscriptions.
}
