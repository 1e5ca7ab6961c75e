import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { correctReferenceSlips } from "../../../tests/helpers/corrections";

/**
 * A fresh workspace for the integration suite: a copy of examples/, and in `clean/` a copy of
 * meeting 77 with its five published slips corrected (and the committee's settings).
 */
export function prepareWorkspace(examples: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minutes-vscode-"));
  fs.cpSync(examples, dir, { recursive: true });
  const clean = path.join(dir, "clean");
  fs.mkdirSync(clean);
  fs.copyFileSync(path.join(examples, "minutes.config.json"), path.join(clean, "minutes.config.json"));
  const text = correctReferenceSlips(fs.readFileSync(path.join(examples, "sec-panel-77.minutes"), "utf8"));
  fs.writeFileSync(path.join(clean, "sec-panel-77.minutes"), text);
  return dir;
}
