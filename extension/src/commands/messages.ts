/** What went wrong in a command, as the server (or VS Code's file system) said it. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
