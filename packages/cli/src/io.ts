/** Where the command writes: injected so tests run the real command in-process. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** A failure the user can act on: printed as one line, exit status 2, never a stack trace. */
export class UsageError extends Error {}
