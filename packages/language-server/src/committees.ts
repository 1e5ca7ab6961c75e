import path from "node:path";
import { FolderIndex, parse, readConfig, type Document, type MinutesConfig } from "@minutes/core";
import { CONFIG_NAME, FileError, findSettingsFile, listMinutesFiles, readUtf8, readUtf8Sync } from "@minutes/node-files";
import { URI } from "vscode-uri";

/*
 * A committee is one folder of minutes with its settings: the files of a folder share a
 * FolderIndex and the nearest minutes.config.json. Open documents replace their file's
 * content in the index; closed ones are read from disk. This is the only module of the
 * server that touches the file system.
 */


export interface Committee {
  readonly key: string;
  config: MinutesConfig;
  /** What is wrong with the settings file (defaults were used there). */
  settingsProblems: readonly string[];
  /** Those that may change what is withheld: a public export waits until they are corrected. */
  withholdingProblems: readonly string[];
  /** A folder on disk (a `file:` document's), whose settings file is looked for above it. */
  readonly onDisk: boolean;
  index: FolderIndex;
}

export class Committees {
  private readonly byKey = new Map<string, Committee>();
  /** The parse of each open document at its current version. */
  private readonly open = new Map<string, { version: number; text: string; doc: Document }>();

  /**
   * What was last shown to the user about each settings file: every committee under one file
   * reads it, and every settings change reloads them all, but a file's problems are shown once,
   * and again only when they change.
   */
  private readonly told = new Map<string, string>();

  constructor(
    private readonly log: (message: string) => void,
    /** Tells the user (a notification in the editor): the checks run on other settings than theirs. */
    private readonly warnUser: (message: string) => void = () => {},
  ) {}

  /** The committee key of a document: its folder for files, the URI itself otherwise. */
  keyOf(uri: string): string {
    const parsed = URI.parse(uri);
    return parsed.scheme === "file" ? path.dirname(parsed.fsPath) : uri;
  }

  /**
   * The committee of a document, created on first use. Its settings file is read at once,
   * synchronously: it is a small file read once per folder, and reading it in line means a
   * request that arrives right after a document opens already has the committee's settings.
   */
  committeeNow(uri: string): Committee {
    const key = this.keyOf(uri);
    let committee = this.byKey.get(key);
    if (!committee) {
      const onDisk = URI.parse(uri).scheme === "file";
      const { config, problems, withholding } = this.loadConfig(key, onDisk);
      committee = { key, config, settingsProblems: problems, withholdingProblems: withholding, onDisk, index: new FolderIndex(config) };
      this.byKey.set(key, committee);
    }
    return committee;
  }

  /** The committee already known for a URI, without creating one (request handlers use this; they never wait on disk). */
  knownCommittee(uri: string): Committee | undefined {
    return this.byKey.get(this.keyOf(uri));
  }

  all(): Committee[] {
    return [...this.byKey.values()];
  }

  /** The settings of a folder: the nearest settings file in it or above it, else the defaults. */
  private loadConfig(folder: string, onDisk: boolean): { config: MinutesConfig; problems: readonly string[]; withholding: readonly string[] } {
    const file = onDisk ? findSettingsFile(folder) : undefined;
    if (!file) return { config: readConfig("{}").config, problems: [], withholding: [] };
    let text: string;
    try {
      text = readUtf8Sync(file);
    } catch (error) {
      // A settings file that is there but cannot be read is said, not passed over for a parent's.
      if (!(error instanceof FileError)) throw error;
      const problems = [`${error.message}; using the default settings`];
      this.settingsProblems(file, problems);
      return { config: readConfig("{}").config, problems, withholding: problems };
    }
    const result = readConfig(text);
    this.settingsProblems(file, result.problems);
    return result;
  }

  /**
   * The committee's settings file as it is on disk now: its path and text; or, for a folder on
   * disk with none, where one would be made (beside the minutes) and no text; undefined for
   * documents not on disk, or a file that cannot be read.
   */
  settingsOnDisk(committee: Committee): { readonly file: string; readonly text?: string } | undefined {
    if (!committee.onDisk) return undefined;
    const file = findSettingsFile(committee.key);
    if (!file) return { file: path.join(committee.key, CONFIG_NAME) };
    try {
      return { file, text: readUtf8Sync(file) };
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      return undefined;
    }
  }

  private settingsProblems(file: string, problems: readonly string[]): void {
    if (problems.length === 0) {
      this.told.delete(file);
      return;
    }
    const message = `${file}: ${problems.join("; ")}`;
    this.log(message);
    if (this.told.get(file) === message) return;
    this.told.set(file, message);
    this.warnUser(message);
  }

  /** Reloads the settings of every committee under a changed config file, and reparses its meetings. */
  async reloadConfigs(): Promise<Committee[]> {
    const changed: Committee[] = [];
    for (const committee of this.byKey.values()) {
      const { config, problems, withholding } = this.loadConfig(committee.key, committee.onDisk);
      committee.config = config;
      committee.settingsProblems = problems;
      committee.withholdingProblems = withholding;
      const old = committee.index;
      committee.index = new FolderIndex(config);
      for (const meeting of old.meetings()) {
        const open = this.open.get(meeting.uri);
        const doc = parse(open?.text ?? meeting.doc.text, { config });
        if (open) open.doc = doc;
        committee.index.set(meeting.uri, doc);
      }
      changed.push(committee);
    }
    return changed;
  }

  /** The latest parse of a meeting: the open document's, or the one read from disk. */
  documentOf(uri: string): Document | undefined {
    return this.open.get(uri)?.doc ?? this.knownCommittee(uri)?.index.get(uri)?.doc;
  }

  /** Parses an open document's current text into its committee (`committeeNow`'s). */
  setOpen(committee: Committee, uri: string, version: number, text: string): Document {
    const current = this.open.get(uri);
    if (current && current.version === version && current.text === text) return current.doc;
    return this.setParsed(committee, uri, version, text, parse(text, { config: committee.config }));
  }

  /** Records a parse made elsewhere (in slices, by the diagnostics scheduler), unless a newer one is there. */
  setParsed(committee: Committee, uri: string, version: number, text: string, doc: Document): Document {
    const current = this.open.get(uri);
    if (current && current.version === version && current.text === text) return current.doc;
    this.open.set(uri, { version, text, doc });
    committee.index.set(uri, doc);
    return doc;
  }

  /** Whether the open document's parse is of this version. */
  isParsed(uri: string, version: number): boolean {
    return this.open.get(uri)?.version === version;
  }

  /** The version of the open document's latest parse (undefined if it is not open). */
  parsedVersion(uri: string): number | undefined {
    return this.open.get(uri)?.version;
  }

  /** A document was closed: its file's content on disk takes its place (or it leaves the index). */
  async close(uri: string): Promise<void> {
    this.open.delete(uri);
    const committee = this.knownCommittee(uri);
    if (!committee) return;
    const text = await readIfMinutes(uri, this.log);
    // Reopened while the file was read: the editor's content stays in the index.
    if (this.open.has(uri)) return;
    if (text === undefined) committee.index.delete(uri);
    else committee.index.set(uri, parse(text, { config: committee.config }));
  }

  /** A file changed on disk (or was created or deleted); open documents keep their editor content. */
  async fileChanged(uri: string, deleted: boolean): Promise<Committee | undefined> {
    if (this.open.has(uri)) return undefined;
    const committee = this.committeeNow(uri);
    const text = deleted ? undefined : await readIfMinutes(uri, this.log);
    if (text === undefined) committee.index.delete(uri);
    else committee.index.set(uri, parse(text, { config: committee.config }));
    return committee;
  }

  /** Indexes every `.minutes` file under a folder. Reports progress after each batch. */
  async indexFolder(folderUri: string, progress: (done: number, total: number) => void): Promise<number> {
    const root = URI.parse(folderUri).fsPath;
    const files = await listMinutes(root, this.log);
    let done = 0;
    let indexed = 0;
    const BATCH = 64;
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const texts = await Promise.all(batch.map((f) => readIfMinutes(URI.file(f).toString(), this.log)));
      for (let j = 0; j < batch.length; j++) {
        const uri = URI.file(batch[j]!).toString();
        const text = texts[j];
        if (text === undefined) continue;
        indexed++;
        if (this.open.has(uri)) continue;
        const committee = this.committeeNow(uri);
        committee.index.set(uri, parse(text, { config: committee.config }));
      }
      done += batch.length;
      progress(done, files.length);
      // Let requests that arrived meanwhile be answered between batches.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return indexed;
  }
}

/** A meeting's text from disk; undefined, with the reason in the log, when it is missing, unreadable or not UTF-8. */
async function readIfMinutes(uri: string, log: (message: string) => void): Promise<string | undefined> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== "file") return undefined;
  try {
    return await readUtf8(parsed.fsPath);
  } catch (error) {
    // Left out of the index, not fatal.
    if (!(error instanceof FileError)) throw error;
    log(`minutes: skipped ${error.message}`);
    return undefined;
  }
}

/** The workspace folder's `.minutes` files; an unreadable folder (the root included) is logged and skipped. */
async function listMinutes(root: string, log: (m: string) => void): Promise<string[]> {
  try {
    return await listMinutesFiles(root, (error) => log(error.message));
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    log(error.message);
    return [];
  }
}
