import { constants as fsConstants, existsSync, promises as fs, readFileSync, type Dirent } from "node:fs";
import path from "node:path";
import { TextDecoder } from "node:util";

/*
 * The file system side that the command line and the language server share (core reads no
 * files). Failures are FileErrors whose message a secretary can act on; each caller decides
 * whether one stops the command or only skips a file.
 */

/** A file that could not be read or written, with the reason in words: "cannot read x: permission denied". */
export class FileError extends Error {}

/** The name of a committee's settings file. */
export const CONFIG_NAME = "minutes.config.json";

/** The settings file that applies to a folder: the nearest minutes.config.json in it or above it. */
export function findSettingsFile(folder: string): string | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The reason of a file system error, in words rather than its code. */
export function reason(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
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

/**
 * A file's text, strictly UTF-8 (a byte-order mark dropped). A failure is a FileError naming
 * the file as `shownAs` (as the user wrote it, say) with the reason in words.
 */
export async function readUtf8(file: string, shownAs = file): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new FileError(`cannot read ${shownAs}: ${reason(error)}`);
  }
  return decodeUtf8(bytes, shownAs);
}

/** `readUtf8`, synchronously: for a small file that must be read before the caller goes on (settings). */
export function readUtf8Sync(file: string, shownAs = file): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new FileError(`cannot read ${shownAs}: ${reason(error)}`);
  }
  return decodeUtf8(bytes, shownAs);
}

/**
 * Whether a file starts with the UTF-8 byte-order mark, which `readUtf8` drops: a file rewritten
 * with its fixes keeps it, since nothing the user wrote may change but what the fixes say.
 * False when the file cannot be read.
 */
export async function startsWithByteOrderMark(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(file, "r");
    const start = Buffer.alloc(3);
    const { bytesRead } = await handle.read(start, 0, 3, 0);
    return bytesRead === 3 && start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf;
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

function decodeUtf8(bytes: Buffer, shownAs: string): string {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new FileError(`cannot read ${shownAs}: it is not UTF-8 text (save it as UTF-8 and try again)`);
  }
}

/**
 * Every `.minutes` file under a folder, sorted, skipping hidden and dependency folders. A
 * sub-folder that cannot be read is passed to `onUnreadable` and skipped; the top folder
 * itself failing is a FileError.
 */
export function listMinutesFiles(folder: string, onUnreadable?: (error: FileError) => void): Promise<string[]> {
  return meetingFiles(folder, true, onUnreadable);
}

/**
 * The meetings of one committee: the `.minutes` files directly in `folder`, sorted. A committee
 * is one folder; its sub-folders are committees of their own (the language server groups
 * documents the same way), so they are not listed here.
 */
export function listCommitteeFiles(folder: string): Promise<string[]> {
  return meetingFiles(folder, false);
}

/** The `.minutes` files (or links to them) of a folder, hidden names left out, and of its sub-folders when `below`. */
async function meetingFiles(folder: string, below: boolean, onUnreadable?: (error: FileError) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      const failure = new FileError(`cannot read the folder ${dir}: ${reason(error)}`);
      if (dir === folder || !onUnreadable) throw failure;
      onUnreadable(failure);
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (below) await walk(full);
      } else if (entry.name.endsWith(".minutes") && (await isFileEntry(full, entry))) out.push(full);
    }
  };
  await walk(folder);
  return out.sort();
}

/**
 * A file, or a link to one (a meeting kept elsewhere and linked into its committee's folder). A
 * link that leads nowhere is listed too, so that reading it says why it cannot be read (found by
 * a review of the documents: a folder's broken link was passed over without a word).
 */
async function isFileEntry(full: string, entry: Dirent): Promise<boolean> {
  if (entry.isFile()) return true;
  if (!entry.isSymbolicLink()) return false;
  return fs.stat(full).then((s) => s.isFile(), () => true);
}

/**
 * Why an export or a register may not be written to `target`, or undefined: never over minutes
 * or a committee's settings, whatever `-o` says (a slip of the name would lose a meeting).
 */
export function outputProblem(target: string, shownAs = target): string | undefined {
  const name = path.basename(target);
  if (name.toLowerCase().endsWith(".minutes")) return `refusing to write over ${shownAs}: it is a .minutes file, and an export or a register never replaces minutes; choose another name`;
  if (name === CONFIG_NAME) return `refusing to write over ${shownAs}: it is the committee's settings file; choose another name`;
  return undefined;
}

/**
 * Writes a file atomically: to a temporary file beside it, then renamed over the target, so a
 * failed write leaves the previous file whole. Refuses to write over any of `protect` (the
 * sources an export or register was made from), however a path names it; `asOutput` (an export
 * or a register) also refuses minutes and settings files (`outputProblem`), by name or by link.
 *
 * What the user set on the file they replace is kept: a link is written through (the file it
 * names is replaced, not the link), the file's permissions stay as they were (minutes kept
 * private stay private), and a read-only file or anything that is not a regular file (a
 * folder, a device such as /dev/stdout) is refused rather than replaced.
 */
export async function writeAtomic(target: string, data: string | Uint8Array, protect: readonly string[] = [], shownAs = target, asOutput = false): Promise<void> {
  const resolved = await realPathOf(path.resolve(target));
  // An output never replaces minutes or settings: by the name given, then (after the source,
  // which a link may lead to) by the file a link leads to, `out.md` linked to a meeting.
  const named = asOutput ? outputProblem(target, shownAs) : undefined;
  if (named) throw new FileError(named);
  const protectedPaths = await Promise.all(protect.map((p) => realPathOf(path.resolve(p))));
  if (protectedPaths.includes(resolved)) {
    throw new FileError(`refusing to write over the source file ${shownAs}: choose another output`);
  }
  const linked = asOutput ? outputProblem(resolved, `${shownAs} (a link to ${resolved})`) : undefined;
  if (linked) throw new FileError(linked);
  const existing = await fs.stat(resolved).catch(() => undefined);
  if (existing && !existing.isFile()) {
    throw new FileError(`cannot write ${shownAs}: ${existing.isDirectory() ? "it is a folder" : "it is not a regular file"}; name a file to write`);
  }
  // Read-only by its mode (which binds even an administrator here), or to this user.
  const writable = existing ? (existing.mode & 0o222) !== 0 && (await fs.access(resolved, fsConstants.W_OK).then(() => true, () => false)) : true;
  if (!writable) {
    throw new FileError(`cannot write ${shownAs}: it is read-only; make it writable first if it should be replaced`);
  }
  const temp = path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    // A new file takes the folder's defaults (the umask); a replaced one keeps its own mode.
    if (existing) await fs.chmod(temp, existing.mode & 0o7777);
    await fs.rename(temp, resolved);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new FileError(`cannot write ${shownAs}: ${reason(error)}`);
  }
}

/**
 * The real path of `file` (links followed), or, when it does not exist yet, of the file a link
 * there leads to, or of its folder joined to its name.
 */
async function realPathOf(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    // A link to a file not made yet is followed by hand (a few steps at most, against loops).
    let at = file;
    for (let step = 0; step < 16; step++) {
      const link = await fs.lstat(at).catch(() => undefined);
      if (!link?.isSymbolicLink()) break;
      at = path.resolve(path.dirname(at), await fs.readlink(at));
    }
    try {
      return path.join(await fs.realpath(path.dirname(at)), path.basename(at));
    } catch {
      return at;
    }
  }
}
export { RUNTIME_FLAGS, tuneRuntime } from "./runtime.js";
