/** The product version, shown by `minutes --version` and written into SARIF logs. */
export const VERSION = "0.1.0";
