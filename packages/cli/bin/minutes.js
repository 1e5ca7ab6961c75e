#!/usr/bin/env node
import { tuneRuntime } from "@minutes/node-files";
import { main } from "../dist/main.js";

tuneRuntime();

// A reader that stops early (`minutes check . | head -1`) closes the pipe: the rest of the
// report has nobody to go to, which is not a failure of the command, so it ends quietly.
// Any other failure to write the report (a full disk behind a redirect) is said in one line, not
// as a stack trace, and the command fails.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) process.stderr.write(`minutes: cannot write the report: ${error.message}\n`);
    process.exit(2);
  });
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
