import type { MinutesConfig } from "../config/config.js";
import { parse } from "../parse.js";
import { FolderIndex } from "./folder-index.js";

/**
 * How core reaches a committee's files without touching a file system: the caller provides
 * this (the command line reads the disk, the language server its open documents and the
 * disk, tests an in-memory folder).
 */
export interface MinutesFiles {
  /** The `.minutes` files of a folder, by the names `read` takes, sorted. */
  list(folder: string): Promise<string[]>;
  /** A file's text, or undefined when it cannot be read as text (missing, not UTF-8). */
  read(file: string): Promise<string | undefined>;
}

/** A folder held in memory: the implementation tests use. */
export class InMemoryFiles implements MinutesFiles {
  private readonly files = new Map<string, string>();

  constructor(files: Record<string, string> = {}) {
    for (const [name, text] of Object.entries(files)) this.files.set(name, text);
  }

  set(file: string, text: string): void {
    this.files.set(file, text);
  }

  delete(file: string): void {
    this.files.delete(file);
  }

  async list(folder: string): Promise<string[]> {
    const prefix = folder.endsWith("/") ? folder : `${folder}/`;
    return [...this.files.keys()].filter((f) => f.startsWith(prefix) && f.endsWith(".minutes")).sort();
  }

  async read(file: string): Promise<string | undefined> {
    return this.files.get(file);
  }
}

/** Every meeting of a folder, parsed into one index; files that cannot be read are named in `skipped`. */
export async function indexFolder(files: MinutesFiles, folder: string, config: MinutesConfig): Promise<{ index: FolderIndex; files: string[]; skipped: string[] }> {
  const index = new FolderIndex(config);
  const skipped: string[] = [];
  const listed = await files.list(folder);
  for (const file of listed) {
    const text = await files.read(file);
    if (text === undefined) skipped.push(file);
    else index.set(file, parse(text, { config }));
  }
  return { index, files: listed, skipped };
}
