import {
  MessageType,
  ShowMessageNotification,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type Connection,
  type DidChangeWatchedFilesParams,
  type TextDocumentChangeEvent,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { CONFIG_NAME } from "@minutes/node-files";
import { Committees } from "./committees.js";
import { registerCustomRequests } from "./features/custom-requests.js";
import { CARRY_FORWARD_KIND, onCodeAction, onFormatting } from "./features/code-actions.js";
import { onCompletion } from "./features/completion.js";
import { DiagnosticsScheduler } from "./features/diagnostics.js";
import { onHover } from "./features/hover.js";
import { onDefinition, onDocumentHighlight, onPrepareRename, onReferences, onRename } from "./features/navigation.js";
import { LEGEND, onSemanticTokens } from "./features/semantic-tokens.js";
import { onDocumentSymbol, onFoldingRanges, onWorkspaceSymbol } from "./features/symbols.js";
import { guarded, isolatedHandler } from "./isolation.js";
import { checkCodeAction, checkQuery, checkTextDocument } from "./params.js";
import { State } from "./state.js";

/** Wires every feature to the connection. Knows LSP, not VS Code: any LSP client gets the same. */
export function createServer(connection: Connection): State {
  const committees = new Committees(
    (m) => connection.console.log(m),
    // A notification, not window/showMessageRequest (which the library's showWarningMessage
    // sends): there is nothing to choose, and no reply to wait for.
    (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
  );
  const state = new State(committees, (message) => connection.console.warn(message));
  const diagnostics = new DiagnosticsScheduler(connection, state);
  let workspaceFolders: string[] = [];
  let canWatch = false;
  let canReportProgress = false;

  const guard = <P, R>(name: string, handler: (params: P) => R, empty: R) => guarded(connection.console, name, handler, empty);
  const isolated = <E>(name: string, handler: (event: E) => unknown) => isolatedHandler(connection.console, name, handler);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    state.clientTakesSnippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: ["(", "[", " ", "/"], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: "Minutes" },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CARRY_FORWARD_KIND, CodeActionKind.SourceFixAll] },
        documentFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: "minutes-language-server", version: "0.1.0" },
    };
  });

  connection.onInitialized(isolated("initialized", async () => {
    if (canWatch) {
      try {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: "**/*.minutes" }, { globPattern: `**/${CONFIG_NAME}` }],
        });
      } catch (error) {
        // A client may decline: the workspace is still indexed, only changes on disk go unseen.
        connection.console.warn(`minutes: the client declined file watching: ${(error as Error).message}`);
      }
    }
    await indexWorkspace();
  }));

  async function indexWorkspace(): Promise<void> {
    const progress = canReportProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin("Indexing minutes", 0, "", false);
    let total = 0;
    try {
      for (const folder of workspaceFolders) {
        total += await committees.indexFolder(folder, (done, count) => progress?.report(count === 0 ? 100 : Math.round((100 * done) / count), `${done} of ${count} files`));
      }
    } catch (error) {
      connection.console.error(`minutes: indexing failed: ${(error as Error).message}`);
    } finally {
      progress?.done();
    }
    connection.console.log(`minutes: indexed ${total} meeting${total === 1 ? "" : "s"}`);
    diagnostics.all();
  }

  state.documents.onDidOpen(isolated("didOpen", (event: TextDocumentChangeEvent<TextDocument>) => {
    // Into the index at once (its committee's settings are read in line), so meetings checked
    // before this one's own check already see it. The change event that follows an open
    // schedules its check.
    committees.setOpen(committees.committeeNow(event.document.uri), event.document.uri, event.document.version, event.document.getText());
  }));
  state.documents.onDidChangeContent(isolated("didChange", (event: TextDocumentChangeEvent<TextDocument>) => {
    diagnostics.schedule(event.document.uri);
  }));
  state.documents.onDidClose(isolated("didClose", async (event: TextDocumentChangeEvent<TextDocument>) => {
    const uri = event.document.uri;
    diagnostics.clear(uri);
    // Closed without saving, the file's text on disk takes the editor's place: the meetings that
    // depended on either are checked again.
    const earlier = committees.documentOf(uri);
    await committees.close(uri);
    const index = committees.knownCommittee(uri)?.index;
    if (index) diagnostics.recheck(uri, index.dependents(uri, earlier));
  }));

  connection.onDidChangeWatchedFiles(isolated("didChangeWatchedFiles", async (params: DidChangeWatchedFilesParams) => {
    let settingsChanged = false;
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${CONFIG_NAME}`)) settingsChanged = true;
      else await committees.fileChanged(change.uri, change.type === FileChangeType.Deleted);
    }
    if (settingsChanged) await committees.reloadConfigs();
    diagnostics.all();
  }));

  // Each handler is given only params of the shape it reads (params.ts): any other is refused with InvalidParams.
  const aboutDocument =
    <P, R>(handler: (params: P) => R) =>
    (params: P): R => {
      checkTextDocument(params);
      return handler(params);
    };
  connection.onCompletion(guard("completion", aboutDocument((p) => onCompletion(state, p)), []));
  connection.onHover(guard("hover", aboutDocument((p) => onHover(state, p)), null));
  connection.onDefinition(guard("definition", aboutDocument((p) => onDefinition(state, p)), null));
  connection.onReferences(guard("references", aboutDocument((p) => onReferences(state, p)), null));
  connection.onDocumentHighlight(guard("documentHighlight", aboutDocument((p) => onDocumentHighlight(state, p)), null));
  connection.onPrepareRename(guard("prepareRename", aboutDocument((p) => onPrepareRename(state, p)), null));
  connection.onRenameRequest(guard("rename", aboutDocument((p) => onRename(state, p)), null));
  connection.onDocumentSymbol(guard("documentSymbol", aboutDocument((p) => onDocumentSymbol(state, p)), []));
  connection.onWorkspaceSymbol(
    guard("workspaceSymbol", (p) => {
      checkQuery(p);
      return onWorkspaceSymbol(state, p);
    }, []),
  );
  connection.onFoldingRanges(guard("foldingRange", aboutDocument((p) => onFoldingRanges(state, p)), []));
  connection.languages.semanticTokens.on(guard("semanticTokens", aboutDocument((p) => onSemanticTokens(state, p)), { data: [] }));
  connection.onCodeAction(
    guard("codeAction", (p) => {
      checkCodeAction(p);
      return onCodeAction(state, p);
    }, []),
  );
  connection.onDocumentFormatting(guard("formatting", aboutDocument((p) => onFormatting(state, p.textDocument.uri)), []));
  registerCustomRequests(connection, state);

  state.documents.listen(connection);
  return state;
}
