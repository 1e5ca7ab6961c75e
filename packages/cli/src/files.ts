import { indexFolder, parse, readConfig, type FolderIndex, type Meeting, type MinutesConfig, type MinutesFiles } from "@minutes/core";
import path from "node:path";
import { FileError, findSettingsFile, listCommitteeFiles, readUtf8 } from "@minutes/node-files";

/*
 * The file system side of the command line: core reads no files. Finding a meeting's folder
 * and settings; reading, listing and writing come from @minutes/node-files.
 */

// Reading, listing and atomic writing are shared with the language server; their failures are
// FileErrors, which `main` reports like usage errors (one line, exit status 2).
export { listMinutesFiles as minutesFilesIn, reason, writeAtomic } from "@minutes/node-files";

/** The settings for a folder: the nearest minutes.config.json at or above it, and what is wrong with it. */
export async function configFor(
  folder: string,
  explicit: string | undefined,
  warn: (text: string) => void,
): Promise<{ config: MinutesConfig; problems: readonly string[]; withholding: readonly string[] }> {
  const file = explicit ?? findSettingsFile(folder);
  if (!file) return { config: readConfig("{}").config, problems: [], withholding: [] };
  const { config, problems, withholding } = readConfig(await readUtf8(file));
  const said = problems.map((problem) => `${file}: ${problem}`);
  for (const problem of said) warn(problem);
  return { config, problems: said, withholding: withholding.map((problem) => `${file}: ${problem}`) };
}

export interface LoadedFolder {
  readonly config: MinutesConfig;
  /** What is wrong with the settings file (its defaults were used in those places); empty when nothing is. */
  readonly settingsProblems: readonly string[];
  /** Those that may change what is withheld from the public (see core's `ConfigResult.withholding`). */
  readonly withholdingProblems: readonly string[];
  readonly index: FolderIndex;
  readonly files: readonly string[];
}

/**
 * The disk, as core's MinutesFiles: a committee's meetings are the `.minutes` files directly in
 * its folder (as in the editor), read strictly as UTF-8.
 */
export class DiskFiles implements MinutesFiles {
  constructor(
    private readonly warn: (text: string) => void,
    /** Files already read (those named on the command line), not read again. */
    private readonly alreadyRead: ReadonlyMap<string, string> = new Map(),
  ) {}

  list(folder: string): Promise<string[]> {
    return listCommitteeFiles(folder);
  }

  async read(file: string): Promise<string | undefined> {
    const known = this.alreadyRead.get(file);
    if (known !== undefined) return known;
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
export async function loadFolder(folder: string, explicitConfig: string | undefined, warn: (text: string) => void, alreadyRead?: ReadonlyMap<string, string>): Promise<LoadedFolder> {
  const { config, problems, withholding } = await configFor(folder, explicitConfig, warn);
  const { index, files } = await indexFolder(new DiskFiles(warn, alreadyRead), folder, config);
  return { config, settingsProblems: problems, withholdingProblems: withholding, index, files };
}

/**
 * The meeting `file` (as the user wrote it: `written`) with its committee's folder loaded. When
 * it cannot be read, the reason in words: not a `.minutes` file, missing, unreadable or not UTF-8.
 */
export async function loadMeeting(file: string, written: string, explicitConfig: string | undefined, warn: (text: string) => void): Promise<{ loaded: LoadedFolder; meeting: Meeting }> {
  // First, so that a missing or broken file is named as the user wrote it, and only once.
  const text = await readMeeting(file, written);
  const loaded = await loadFolder(path.dirname(file), explicitConfig, warn, new Map([[file, text]]));
  return { loaded, meeting: meetingOf(loaded, file, text) };
}

/** The text of the meeting `file` (written as `written`), or a FileError saying in words why not. */
export async function readMeeting(file: string, written: string): Promise<string> {
  if (!file.endsWith(".minutes")) {
    throw new FileError(`${written} is not a .minutes file: minutes reads only files whose names end in .minutes`);
  }
  return readUtf8(file, written);
}

/**
 * The meeting `file`, whose `text` has been read, in its loaded folder. A file the folder's
 * listing passed over (a hidden name) is added to the committee; one named in another letter
 * case on a case-insensitive disk is found under the listing's name, not added twice.
 */
export function meetingOf(loaded: LoadedFolder, file: string, text: string): Meeting {
  const found = loaded.index.get(file) ?? (CASE_INSENSITIVE ? loaded.index.meetings().find((m) => m.uri.toLowerCase() === file.toLowerCase()) : undefined);
  if (found) return found;
  loaded.index.set(file, parse(text, { config: loaded.config }));
  return loaded.index.get(file)!;
}

/** Windows and macOS disks ignore letter case in file names by default. */
const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";
