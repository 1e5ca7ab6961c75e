import { UsageError, type Io } from "../io.js";

export async function runExport(_args: readonly string[], _io: Io): Promise<number> {
  throw new UsageError("export is not available in this build yet");
}
