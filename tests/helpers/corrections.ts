/**
 * The reference minutes with their five published slips corrected: the duplicate `AH`
 * given distinct initials in the document's own style, `DKi` -> `DKa`, `SEC76/01` ->
 * `SECP76/01`, `MP0O81` -> `MP081`, `SECMPO0062` -> `SECMP0062`. Shared by the tests that
 * need a clean meeting (the checker's, the command line's, the VS Code suite's workspace).
 */
export function correctReferenceSlips(text: string): string {
  return text
    .replace("  AH   Abigail Hermon", "  AHe  Abigail Hermon")
    .replace(/SECAS \(AH\)/g, "SECAS (AHe)")
    .replace("  AH   Ashley Hannah", "  AHa  Ashley Hannah")
    .replace("The DCC (DKi)", "The DCC (DKa)")
    .replace("update SEC76/01:", "update SECP76/01:")
    .replace("for MP0O81", "for MP081")
    .replace("- SECMPO0062", "- SECMP0062");
}
