import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node.js";
import { FrameResync } from "./framing.js";
import { createServer } from "./server.js";
import { canonicalUris } from "./uris.js";

const USAGE = "Usage: minutes-language-server --stdio | --node-ipc | --socket=PORT\n";

/**
 * Starts the server on the transport named on the command line: `--stdio`, `--node-ipc`
 * or `--socket=PORT` (as vscode-languageserver reads them).
 */
export function startServer(argv: readonly string[] = process.argv.slice(2)): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  if (argv.includes("--version")) {
    process.stdout.write("minutes-language-server 0.1.0\n");
    return;
  }
  if (argv.includes("--stdio")) {
    startOnStdio();
    return;
  }
  if (!argv.some((a) => a === "--node-ipc" || a.startsWith("--socket=") || a.startsWith("--pipe="))) {
    process.stderr.write(`minutes-language-server: name a transport.\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all, { messageStrategy: canonicalUris });
  createServer(connection);
  connection.listen();
}

/**
 * Over stdio the server answers everything it was sent before it leaves, even when the input
 * ends at once: some launchers (`pnpm exec`) read the client's whole input before starting
 * the server, so the requests and the end of input arrive together. The server exits on
 * `exit`, or once its output has been quiet for a moment after the input ended.
 */
function startOnStdio(): void {
  const writer = new StreamMessageWriter(process.stdout);
  let lastWrite = Date.now();
  writer.onError(() => process.exit(1));
  const write = writer.write.bind(writer);
  writer.write = (message) => {
    lastWrite = Date.now();
    return write(message);
  };
  // Malformed input is skipped up to the next message instead of desynchronising the reader.
  const input = process.stdin.pipe(new FrameResync((m) => process.stderr.write(`${m}\n`)));
  // The reader takes `close` as the end of the connection: pass on stdin's own, which comes after
  // its data is read (the transform's would come at once after `end`, before queued messages run).
  process.stdin.once("close", () => input.destroy());
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(input), writer, { messageStrategy: canonicalUris });
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  createServer(connection);
  connection.listen();
  process.stdin.on("end", () => {
    const timer = setInterval(() => {
      if (Date.now() - lastWrite < 500) return;
      clearInterval(timer);
      process.exit(shutdown ? 0 : 1);
    }, 100);
  });
}
