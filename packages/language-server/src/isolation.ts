import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from "vscode-languageserver";

/** Where a failure is logged: the connection's console (`window/logMessage`). */
export interface ErrorLog {
  error(message: string): void;
}

/**
 * A request handler that cannot end the server: one that throws answers with an error (its
 * own, if it threw a `ResponseError`, else InternalError, logged with its stack) and the server
 * goes on; a cancelled one answers as cancelled; a handler that returns nothing answers `empty`.
 */
export function guarded<P, R>(log: ErrorLog, name: string, handler: (params: P) => R, empty: R) {
  return (params: P, token?: CancellationToken): R | ResponseError<void> => {
    if (token?.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, `${name} cancelled`);
    try {
      return handler(params) ?? empty;
    } catch (error) {
      if (error instanceof ResponseError) return error;
      log.error(`minutes: ${name} failed: ${(error as Error).stack ?? error}`);
      return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${(error as Error).message}`);
    }
  };
}

/**
 * A notification handler that cannot end the server. A notification has no reply, so a failure
 * (malformed params, a client declining a registration) is logged. An async handler's rejection
 * would otherwise be unhandled, and Node ends the process on an unhandled rejection.
 */
export function isolatedHandler<E>(log: ErrorLog, name: string, handler: (event: E) => unknown) {
  return (event: E): void => {
    const fail = (error: unknown) => {
      try {
        log.error(`minutes: ${name} failed: ${(error as Error)?.stack ?? error}`);
      } catch {
        // The connection is closed (the client went away): nobody left to tell.
      }
    };
    try {
      const result = handler(event);
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}
