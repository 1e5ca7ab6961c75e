import {
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentFormattingRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type ProtocolRequestType,
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
    const edits = params.capabilities.workspace?.workspaceEdit;
    state.clientCreatesFiles = edits?.documentChanges === true && (edits.resourceOperations ?? []).includes("create");
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

  /**
   * Each request is registered with `connection.onRequest`, not the library's `onHover` and the
   * like: those read the params (for work-done progress, which no handler here reports) before
   * any check of ours, and answered null params with InternalError. Each handler is given only
   * params of the shape it reads (params.ts): any other is refused with InvalidParams.
   */
  const serve = <P, R, PR>(type: ProtocolRequestType<P, R, PR, void, unknown>, name: string, check: (params: unknown) => void, handler: (params: P) => R, empty: R) =>
    connection.onRequest(type, guard(name, (params: P) => {
      check(params);
      return handler(params);
    }, empty));
  serve(CompletionRequest.type, "completion", checkTextDocument, (p) => onCompletion(state, p), []);
  serve(HoverRequest.type, "hover", checkTextDocument, (p) => onHover(state, p), null);
  serve(DefinitionRequest.type, "definition", checkTextDocument, (p) => onDefinition(state, p), null);
  serve(ReferencesRequest.type, "references", checkTextDocument, (p) => onReferences(state, p), null);
  serve(DocumentHighlightRequest.type, "documentHighlight", checkTextDocument, (p) => onDocumentHighlight(state, p), null);
  serve(PrepareRenameRequest.type, "prepareRename", checkTextDocument, (p) => onPrepareRename(state, p), null);
  serve(RenameRequest.type, "rename", checkTextDocument, (p) => onRename(state, p), null);
  serve(DocumentSymbolRequest.type, "documentSymbol", checkTextDocument, (p) => onDocumentSymbol(state, p), []);
  serve(WorkspaceSymbolRequest.type, "workspaceSymbol", checkQuery, (p) => onWorkspaceSymbol(state, p), []);
  serve(FoldingRangeRequest.type, "foldingRange", checkTextDocument, (p) => onFoldingRanges(state, p), []);
  serve(SemanticTokensRequest.type, "semanticTokens", checkTextDocument, (p) => onSemanticTokens(state, p), { data: [] });
  serve(CodeActionRequest.type, "codeAction", checkCodeAction, (p) => onCodeAction(state, p), []);
  serve(DocumentFormattingRequest.type, "formatting", checkTextDocument, (p) => onFormatting(state, p.textDocument.uri), []);
  registerCustomRequests(connection, state);

  state.documents.listen(connection);
  return state;
}
