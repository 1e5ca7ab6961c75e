import type { Message, MessageStrategy } from "vscode-languageserver";
import { URI } from "vscode-uri";

/*
 * One file, one URI. Clients spell file URIs in different ways (`sec+panel` or `sec%2Bpanel`,
 * `%c3%a9` or `%C3%A9`), and the server names the files it finds on disk itself: a meeting
 * opened under one spelling and indexed under the other was two meetings, whose actions
 * clashed. Every `file:` URI a client sends is therefore rewritten, as it arrives, into the
 * spelling the server uses for files on disk (vscode-uri's). What the server sends back uses
 * that spelling; clients compare file URIs by the file they name.
 */

/** A `file:` URI in the server's spelling; any other URI as it is. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** Rewrites the URIs in every incoming message before any handler sees it. */
export const canonicalUris: MessageStrategy = {
  handleMessage(message: Message, next: (message: Message) => void): void {
    // (A malformed frame can hold any JSON, `null` included: only a message's params are read.)
    const params = message && typeof message === "object" ? (message as { params?: unknown }).params : undefined;
    if (params && typeof params === "object") rewrite(params, 0);
    next(message);
  },
};

/** Properties that hold a URI: `uri`, `rootUri`, `targetUri`, ... */
function holdsUri(key: string): boolean {
  return key === "uri" || key.endsWith("Uri");
}

function rewrite(value: object, depth: number): void {
  // The protocol's URIs sit a few levels down at most (`params.textDocument.uri`,
  // `params.changes[].uri`, `params.event.added[].uri`); a document's text is never walked.
  if (depth > 5) return;
  if (Array.isArray(value)) {
    for (const element of value) if (element && typeof element === "object") rewrite(element, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === "string") {
      if (holdsUri(key)) record[key] = canonicalUri(v);
    } else if (v && typeof v === "object") rewrite(v, depth + 1);
  }
}
