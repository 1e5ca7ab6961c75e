import { indexFolder, readConfig, type FolderIndex, type MinutesConfig, type MinutesFiles } from "@minutes/core";
import { FileError, findSettingsFile, listMinutesFiles, readUtf8 } from "@minutes/node-files";

/*
 * The file system side of the command line: core reads no files. Finding a meeting's folder
 * and settings; reading, listing and writing come from @minutes/node-files.
 */

// Reading, listing and atomic writing are shared with the language server; their failures are
// FileErrors, which `main` reports like usage errors (one line, exit status 2).
export { listMinutesFiles as minutesFilesIn, reason, writeAtomic } from "@minutes/node-files";

/** The settings for a folder: the nearest minutes.config.json at or above it. */
export async function configFor(folder: string, explicit: string | undefined, warn: (text: string) => void): Promise<MinutesConfig> {
  const file = explicit ?? findSettingsFile(folder);
  if (!file) return readConfig("{}").config;
  const { config, problems } = readConfig(await readUtf8(file));
  for (const problem of problems) warn(`${file}: ${problem}`);
  return config;
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
    return listMinutesFiles(folder);
  }

  async read(file: string): Promise<string | undefined> {
    try {
      return await readUtf8(file);
    } catch (error) {
      // A neighbour that cannot be read only costs the checks that need it.
      if (!(error instanceof FileError)) throw error;
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
