/**
 * An action's `[due ...]` (or `[due: ...]`, found by a secretary's test: it was printed as text), which ends its text, perhaps before a full stop or a semicolon
 * (`... to the auditors [due 2024-04-01].`). The model reads the date from it (build-blocks.ts)
 * and the register's text leaves it out (action-text.ts). With indices (`d`): the date's place
 * is group 1's, wherever its text also occurs in `[due`. It starts at the bracket: a leading
 * `\s*` was tried at every space of a long run of spaces before the end, which is quadratic.
 */
export const DUE_AT_END = /\[due(?::\s*|\s+)([^\]]+)\][.;]?\s*$/di;
