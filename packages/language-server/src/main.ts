import { createConnection, ProposedFeatures } from "vscode-languageserver/node.js";
import { createServer } from "./server.js";

/**
 * Starts the server on the transport named on the command line: `--stdio`, `--node-ipc`
 * or `--socket=PORT` (as vscode-languageserver reads them).
 */
export function startServer(argv: readonly string[] = process.argv.slice(2)): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write("Usage: minutes-language-server --stdio | --node-ipc | --socket=PORT\n");
    return;
  }
  if (argv.includes("--version")) {
    process.stdout.write("minutes-language-server 0.1.0\n");
    return;
  }
  if (!argv.some((a) => a === "--stdio" || a === "--node-ipc" || a.startsWith("--socket=") || a.startsWith("--pipe="))) {
    process.stderr.write("minutes-language-server: name a transport: --stdio, --node-ipc or --socket=PORT\n");
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
  createServer(connection);
  connection.listen();
}
