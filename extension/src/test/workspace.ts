import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

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
  const text = fs
    .readFileSync(path.join(examples, "sec-panel-77.minutes"), "utf8")
    .replace("  AH   Abigail Hermon", "  AHe  Abigail Hermon")
    .replace(/SECAS \(AH\)/g, "SECAS (AHe)")
    .replace("  AH   Ashley Hannah", "  AHa  Ashley Hannah")
    .replace("The DCC (DKi)", "The DCC (DKa)")
    .replace("update SEC76/01:", "update SECP76/01:")
    .replace("for MP0O81", "for MP081")
    .replace("- SECMPO0062", "- SECMP0062");
  fs.writeFileSync(path.join(clean, "sec-panel-77.minutes"), text);
  return dir;
}
