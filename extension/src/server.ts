// The language server, bundled into the extension: started by the client over IPC.
import { startServer } from "../../packages/language-server/src/main.js";

startServer();
