#!/usr/bin/env node
// The minutes language server. Speaks LSP over --stdio, --node-ipc or --socket=PORT.
import { tuneRuntime } from "@minutes/node-files";
import { startServer } from "../dist/main.js";

tuneRuntime();
startServer();
