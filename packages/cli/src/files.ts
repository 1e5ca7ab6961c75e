import { promises as fs } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";
import { indexFolder, readConfig, type FolderIndex, type MinutesConfig, type MinutesFiles } from "@minutes/core";
import { UsageError } from "./io.js";

/*
 * The file system side of the command line: core reads no files. Finding a meeting's
 * folder and settings, reading text strictly as UTF-8, and writing outputs atomically.
 */

export const CONFIG_NAME = "minutes.config.json";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${reason(error)}`);
  }
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new UsageError(`cannot read ${file}: it is not UTF-8 text (save it as UTF-8 and try again)`);
  }
}

export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "no such file or folder";
    case "EACCES":
    case "EPERM": return "permission denied";
    case "EISDIR": return "it is a folder";
    case "ENOTDIR": return "a part of the path is not a folder";
    case "EROFS": return "the file system is read-only";
    case "ENOSPC": return "the disk is full";
    default: return (error as Error).message ?? String(error);
  }
}

/** Every `.minutes` file under a folder, sorted, skipping dependency and hidden folders. */
export async function minutesFilesIn(folder: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      throw new UsageError(`cannot read the folder ${dir}: ${reason(error)}`);
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith(".minutes")) out.push(full);
    }
  }
  await walk(folder);
  return out.sort();
}

/** The settings for a folder: the nearest minutes.config.json at or above it. */
export async function configFor(folder: string, explicit: string | undefined, warn: (text: string) => void): Promise<MinutesConfig> {
  const file = explicit ?? (await findUp(folder, CONFIG_NAME));
  if (!file) return readConfig("{}").config;
  const { config, problems } = readConfig(await readText(file));
  for (const problem of problems) warn(`${file}: ${problem}`);
  return config;
}

async function findUp(start: string, name: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, name);
    try {
      await fs.access(candidate);
      return candidate;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return undefined;
      dir = parent;
    }
  }
}

export interface LoadedFolder {
  readonly config: MinutesConfig;
  readonly index: FolderIndex;
  readonly files: readonly string[];
}

/** The disk, as core's MinutesFiles: `.minutes` files under a folder, read strictly as UTF-8. */
export class DiskFiles implements MinutesFiles {
  constructor(private readonly warn: (text: string) => void) {}

  list(folder: string): Promise<string[]> {
    return minutesFilesIn(folder);
  }

  async read(file: string): Promise<string | undefined> {
    try {
      return await readText(file);
    } catch (error) {
      // A neighbour that cannot be read only costs the checks that need it.
      if (!(error instanceof UsageError)) throw error;
      this.warn(error.message);
      return undefined;
    }
  }
}

/** Parses every meeting of a folder into one index, so checks can follow actions across meetings. */
export async function loadFolder(folder: string, explicitConfig: string | undefined, warn: (text: string) => void): Promise<LoadedFolder> {
  const config = await configFor(folder, explicitConfig, warn);
  const { index, files } = await indexFolder(new DiskFiles(warn), folder, config);
  return { config, index, files };
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over the target, so
 * a failed write leaves the previous file whole. Refuses to write over `protect` (the source).
 */
export async function writeAtomic(target: string, data: string | Uint8Array, protect: readonly string[] = []): Promise<void> {
  const resolved = path.resolve(target);
  if (protect.some((p) => path.resolve(p) === resolved)) {
    throw new UsageError(`refusing to write over the source file ${target}: choose another output with -o`);
  }
  const temp = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, resolved);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new UsageError(`cannot write ${target}: ${reason(error)}`);
  }
}
