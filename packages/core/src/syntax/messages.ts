import type { IRecognitionException } from "chevrotain";

/**
 * The grammar accepts every sequence of lines, so Chevrotain should never report an error;
 * if it does (a grammar change that forgot a case), the user still gets words, not token names.
 */
export function describeParserError(error: IRecognitionException): string {
  // A construct's token can hold a whole paragraph: quote its first line only.
  const firstLine = error.token.image?.trim().split(/\r\n|\r|\n/)[0];
  const found = firstLine ? `\`${firstLine}\`` : "the end of the file";
  return `Unexpected ${found} here: this line does not fit where it stands. Check it and the line above it; if both read as you meant, please report this with the file.`;
}
