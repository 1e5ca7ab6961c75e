import * as path from "node:path";
import type { ExtensionContext } from "vscode";
import { LanguageClient, RevealOutputChannelOn, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

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
    // The commands say in words why a request failed; the client's own notification ("Request
    // minutes/export failed.") would only repeat it in protocol terms. Failures stay in the log.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
  };
  return new LanguageClient("minutes", "Minutes", serverOptions, clientOptions);
}
