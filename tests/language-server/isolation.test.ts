import { describe, expect, it } from "vitest";
import { CancellationTokenSource, ErrorCodes, ResponseError } from "vscode-jsonrpc/node.js";
import { LSPErrorCodes } from "vscode-languageserver-protocol";
import { guarded, isolatedHandler } from "../../packages/language-server/src/isolation.js";

/*
 * What stands between a handler's defect and the editor. Over stdio no request is known to make
 * a handler throw (tests/language-server/request-fuzz.test.ts looks for one), so the wrappers
 * are shown here with handlers that throw on purpose.
 */

function logOf() {
  const lines: string[] = [];
  return { lines, log: { error: (message: string) => void lines.push(message) } };
}

describe("a guarded request handler", () => {
  it("answers a handler that throws with InternalError, and logs its stack", () => {
    const { lines, log } = logOf();
    const answer = guarded(log, "hover", (): string => {
      throw new TypeError("Cannot read properties of undefined (reading 'uri')");
    }, "empty")({});
    expect(answer).toBeInstanceOf(ResponseError);
    expect((answer as ResponseError<void>).code).toBe(ErrorCodes.InternalError);
    expect((answer as ResponseError<void>).message).toBe("hover failed: Cannot read properties of undefined (reading 'uri')");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^minutes: hover failed: TypeError: Cannot read properties of undefined \(reading 'uri'\)\n\s+at /);
  });

  it("answers with the handler's own ResponseError, unlogged", () => {
    const { lines, log } = logOf();
    const refusal = new ResponseError(ErrorCodes.InvalidParams, "Expected a position");
    expect(guarded(log, "hover", (): string => { throw refusal; }, "empty")({})).toBe(refusal);
    expect(lines).toEqual([]);
  });

  it("answers a cancelled request as cancelled without running it, and nothing with the empty answer", () => {
    const { log } = logOf();
    let ran = 0;
    const handler = guarded(log, "completion", (): string[] | undefined => (ran++, undefined), ["empty"]);
    const source = new CancellationTokenSource();
    source.cancel();
    const cancelled = handler({}, source.token);
    expect((cancelled as ResponseError<void>).code).toBe(LSPErrorCodes.RequestCancelled);
    expect(ran).toBe(0);
    expect(handler({})).toEqual(["empty"]);
    expect(ran).toBe(1);
  });
});

describe("an isolated notification handler", () => {
  it("logs a handler that throws, and one whose promise rejects, and returns", async () => {
    const { lines, log } = logOf();
    isolatedHandler(log, "didChangeWatchedFiles", () => {
      throw new Error("sync");
    })({});
    let reject!: (error: Error) => void;
    const pending = new Promise((_, r) => (reject = r));
    isolatedHandler(log, "initialized", () => pending)({});
    reject(new Error("async"));
    await pending.catch(() => undefined);
    await Promise.resolve();
    expect(lines.map((line) => line.split("\n")[0])).toEqual(["minutes: didChangeWatchedFiles failed: Error: sync", "minutes: initialized failed: Error: async"]);
  });

  it("swallows a failure to log, when the connection is already closed", () => {
    const closed = { error: () => { throw new Error("connection closed"); } };
    expect(() => isolatedHandler(closed, "didOpen", () => { throw new Error("x"); })({})).not.toThrow();
  });
});
