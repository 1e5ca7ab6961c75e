// The language server, bundled into the extension: started by the client over IPC.
import { tuneRuntime } from "../../packages/node-files/src/runtime.js";
import { startServer } from "../../packages/language-server/src/main.js";

tuneRuntime();
startServer();
