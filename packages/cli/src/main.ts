import { parseArgs } from "node:util";
import { check } from "./commands/check.js";
import { FileError } from "@minutes/node-files";
import { UsageError, type Io } from "./io.js";
import { VERSION } from "./version.js";

const USAGE = `Usage:
  minutes check FILE|FOLDER... [--format text|json|sarif] [--fix] [--config FILE]
  minutes export FILE --format html|docx|md|json [--confidential] [--draft] [-o OUT] [--config FILE]
  minutes register FOLDER [--confidential] [-o actions.csv] [--config FILE]
  minutes --help | --version

check     reports every problem as file:line:col: severity: message [code];
          exit 0 when clean, 1 when an error remains, 2 for bad usage or unreadable files.
          --fix applies the fixes that are certain and rewrites the file atomically.
export    writes the public version unless --confidential; refuses a file with errors
          unless --draft (which marks every page DRAFT). -o - prints it (not Word).
register  one CSV row per action across the meetings of a committee's folder (the
          .minutes files directly in it; each sub-folder is a committee of its own),
          printed, or written to the file -o names. What the public minutes
          withhold is left out unless --confidential.
--config FILE reads the committee's settings from FILE, not from the minutes.config.json
          found beside the minutes or in a folder above them.
Exports and registers never replace a .minutes file or minutes.config.json.
`;

/** `minutes COMMAND --help`: the command's line of the usage, and what it does. */
function commandUsage(command: string): string {
  const lines = USAGE.split("\n");
  const synopsis = lines.find((l) => l.startsWith(`  minutes ${command} `))!;
  const start = lines.findIndex((l) => l.startsWith(command.padEnd(10)));
  let end = start + 1;
  while (end < lines.length && lines[end]!.startsWith(" ".repeat(10))) end++;
  const config = lines.filter((l, i) => l.startsWith("--config") || (i > 0 && lines[i - 1]!.startsWith("--config") && l.startsWith(" ".repeat(10))));
  return `Usage:\n${synopsis}\n\n${lines.slice(start, end).join("\n")}\n${config.join("\n")}\n`;
}

/** The whole command line: returns the exit status, never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`minutes ${VERSION}\n`);
      return 0;
    }
    if ((command === "check" || command === "export" || command === "register") && (rest.includes("--help") || rest.includes("-h"))) {
      io.stdout(commandUsage(command));
      return 0;
    }
    switch (command) {
      case "check":
        return await runCheck(rest, io);
      case "export":
        return await (await import("./commands/export.js")).runExport(rest, io);
      case "register":
        return await (await import("./commands/register.js")).runRegister(rest, io);
      default:
        throw new UsageError(`unknown command \`${command}\`: expected check, export or register (see minutes --help)`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof FileError) {
      io.stderr(`minutes: ${error.message}\n`);
      return 2;
    }
    io.stderr(`minutes: internal error: ${(error as Error).message ?? String(error)}. Please report it with the file you ran it on.\n`);
    return 2;
  }
}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; default?: string | boolean }>;

/** Parses a command's flags; an unknown or malformed flag is a usage error, in words. */
export function parseOptions(args: readonly string[], options: OptionSpec, command: string): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(`${command}: ${describeParseError((error as Error).message, options)} (see minutes --help)`);
  }
}

/**
 * Node's words for a command line it cannot parse, as one line: its advice on values and
 * positionals that start with a dash runs over several lines and names its own syntax.
 */
function describeParseError(message: string, options: OptionSpec): string {
  const option = /'(-[^' ]*)'/.exec(message)?.[1];
  if (option && /argument is ambiguous/.test(message)) {
    // `-o=-x` would give the value `=-x`: a value that starts with a dash goes after the long name.
    const long = option.startsWith("--") ? option : `--${Object.entries(options).find(([, spec]) => `-${spec.short}` === option)?.[0] ?? option.slice(1)}`;
    return `\`${option}\` is followed by another option where its value belongs: give its value (\`${option} VALUE\`), or write \`${long}=-VALUE\` for a value that starts with a dash`;
  }
  return message.replace(/\.?\s*To specify.*$/s, "").replace(/\s*\n\s*/g, " ");
}

async function runCheck(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: "string", default: "text" },
    fix: { type: "boolean", default: false },
    config: { type: "string" },
  }, "check");
  if (positionals.length === 0) throw new UsageError("check: name at least one .minutes file or folder, as in `minutes check examples/`");
  const format = values.format as string;
  if (format !== "text" && format !== "json" && format !== "sarif") throw new UsageError(`check: unknown format \`${format}\`: expected text, json or sarif`);
  return check({ targets: positionals, format, fix: values.fix as boolean, config: values.config as string | undefined }, io);
}
