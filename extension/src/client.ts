import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { againstOpenSettings } from "./settings-fixes";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

/** Starts the bundled language server over IPC. All language knowledge is in the server. */
export function createClient(context: ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "minutes" },
      { scheme: "untitled", language: "minutes" },
    ],
    synchronize: {},
    middleware: {
      // Fixes that edit the settings file are made again against its buffer when it has unsaved changes.
      provideCodeActions: async (document, range, context, token, next) => {
        const actions = await next(document, range, context, token);
        return actions ? againstOpenSettings(actions, document) : actions;
      },
    },
  };
  return new LanguageClient("minutes", "Minutes", serverOptions, clientOptions);
}
