import type { Connection } from "vscode-languageserver";
import type { Guard } from "../server.js";
import type { State } from "../state.js";

/** Export, preview and the action register, as custom requests (see docs/editors.md). */
export function registerCustomRequests(_connection: Connection, _state: State, _guard: Guard): void {}
