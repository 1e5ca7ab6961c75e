import { UsageError, type Io } from "../io.js";

export async function runRegister(_args: readonly string[], _io: Io): Promise<number> {
  throw new UsageError("register is not available in this build yet");
}
