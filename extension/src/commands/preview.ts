import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { Requests } from "../protocol";

/**
 * Minutes: Open Preview to the Side — the HTML export in a webview, updated as you type.
 * Scripts are off, and the page carries its own strict Content-Security-Policy
 * (`default-src 'none'`), so nothing in a document can run or load anything.
 */
export class Preview {
  private panel: vscode.WebviewPanel | undefined;
  private uri: string | undefined;
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {}

  async open(uri = vscode.window.activeTextEditor?.document.uri.toString()): Promise<vscode.WebviewPanel | undefined> {
    if (!uri) return undefined;
    this.uri = uri;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel("minutes.preview", "Minutes Preview", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    await this.refresh();
    return this.panel;
  }

  /** Called on every change of a minutes document; coalesces a burst of keystrokes into one render. */
  changed(uri: string): void {
    if (!this.panel || uri !== this.uri) return;
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.refresh(), 50);
  }

  private async refresh(): Promise<void> {
    if (!this.panel || !this.uri) return;
    const confidential = vscode.workspace.getConfiguration("minutes").get<boolean>("preview.confidential", false);
    try {
      const { html } = await this.client.sendRequest<{ html: string }>(Requests.preview, { uri: this.uri, confidential });
      if (this.panel) {
        this.panel.title = `Preview: ${this.uri.slice(this.uri.lastIndexOf("/") + 1)}`;
        this.panel.webview.html = html;
      }
    } catch (error) {
      if (this.panel) this.panel.webview.html = `<!DOCTYPE html><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><p>The preview could not be rendered: ${escape((error as Error).message)}</p>`;
    }
  }

  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
