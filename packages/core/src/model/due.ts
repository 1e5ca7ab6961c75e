/**
 * An action's `[due ...]`, which ends its text, perhaps before a full stop or a semicolon
 * (`... to the auditors [due 2024-04-01].`), with the white space before it. The model reads the
 * date from it (build-blocks.ts) and the register's text leaves it out (action-text.ts). With
 * indices (`d`): the date's place is group 1's, wherever its text also occurs in `[due`.
 */
export const DUE_AT_END = /\s*\[due\s+([^\]]+)\][.;]?\s*$/di;
