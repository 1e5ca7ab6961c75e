/**
 * @minutes/core: the minutes language. Parser, model, checks, the folder index and the
 * renderers. It knows nothing of LSP, VS Code or the file system (see ARCHITECTURE.md).
 */
export * from "./text/line-index.js";
export * from "./text/range.js";
export * from "./text/similarity.js";
export * from "./diagnostics.js";
export * from "./config/config.js";
export * from "./model/ast.js";
export { isoDate, formatLongDate, readDate } from "./model/dates.js";
export { parse, type ParseOptions } from "./parse.js";
