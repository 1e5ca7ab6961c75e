import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests, type RegisterRow } from "./protocol";

/** The active minutes file's problems and its committee's open actions, in the status bar. */
export class MinutesStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("minutes.status", vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[] = [];

  /** The committee's open actions, as last asked of the server. */
  private openActions = 0;

  constructor(private readonly client: LanguageClient) {
    this.item.name = "Minutes";
    this.item.command = "workbench.actions.view.problems";
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      vscode.workspace.onDidSaveTextDocument((saved) => {
        if (saved === vscode.window.activeTextEditor?.document) void this.update();
      }),
      // Diagnostics change on every keystroke: the problem counts follow them, read locally;
      // the open actions (the server builds the folder's whole register for them) are asked
      // for only when the file shown changes or is saved.
      vscode.languages.onDidChangeDiagnostics(() => this.render()),
    );
    void this.update();
  }

  /** Asks the server for the open actions of the active file's folder, then shows the counts. */
  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === "minutes") {
      try {
        const { rows } = await this.client.sendRequest<{ rows: RegisterRow[] }>(Requests.register, { uri: document.uri.toString() });
        // Another file may have become active while the server answered: its count is not this one.
        if (vscode.window.activeTextEditor?.document !== document) return;
        this.openActions = rows.filter((r) => r.open).length;
      } catch {
        // The count of open actions is a convenience; the problems count stands without it.
      }
    }
    this.render();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== "minutes") {
      this.item.hide();
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    const errors = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    const open = this.openActions;
    this.item.text = `$(checklist) ${errors} $(error) ${warnings} $(warning) · ${open} open action${open === 1 ? "" : "s"}`;
    this.item.tooltip = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in this meeting; ${open} open action${open === 1 ? "" : "s"} in its folder. Click for the Problems panel.`;
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
