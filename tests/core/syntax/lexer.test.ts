import { describe, expect, it } from "vitest";
import { lex } from "../../../packages/core/src/syntax/lexer.js";
import { groupBy } from "../../../packages/core/src/syntax/node20-polyfill.js";
import { example } from "../../helpers/minutes.js";

function kinds(text: string): string[] {
  return lex(text).tokens.map((t) => `${t.tokenType.name}:${t.image}`);
}

describe("the line-oriented lexer", () => {
  it("reads the same constructs whatever the line ends (a text without `\\r` takes a faster path)", () => {
    const unix = example("sec-panel-77.minutes");
    const lf = kinds(unix);
    expect(lf.length).toBeGreaterThan(200);
    for (const lineEnd of ["\r\n", "\r"]) {
      const other = kinds(unix.replace(/\n/g, lineEnd)).map((k) => k.split(lineEnd).join("\n"));
      expect(other).toEqual(lf);
    }
  });

  it("reads a keyword only with the shape that follows it", () => {
    expect(kinds("action SECP77/01: SECAS to publish.\n")).toEqual(["ActionBlock:action SECP77/01: SECAS to publish.\n"]);
    expect(kinds("action.\n")).toEqual(["Text:action.\n"]);
    expect(kinds("action plan: not an action\n")).toEqual(["Text:action plan: not an action\n"]);
    expect(kinds("action : missing ID\n")).toEqual(["ActionBlock:action : missing ID\n"]);
    expect(kinds("item 3 was discussed\n")).toEqual(["Text:item 3 was discussed\n"]);
    expect(kinds("item x: a bad number\n")).toEqual(["ItemLine:item x: a bad number\n"]);
    expect(kinds("update on progress: none\n")).toEqual(["Text:update on progress: none\n"]);
    expect(kinds("end of the discussion\n")).toEqual(["Text:end of the discussion\n"]);
    expect(kinds("  end summary  \n")).toEqual(["EndLine:end summary  \n"]);
  });

  it("takes a construct that wraps as one token, up to a blank or structural line", () => {
    const text = "SECAS (RH) presented the plan\nto the Panel.\n// a note\nMore of it.\n\nThe Panel:\n- AGREED it;\n  over two lines; and\n- NOTED it.\naction SECP77/01: SECAS to\npublish it.\nitem 2: Next\n";
    expect(kinds(text)).toEqual([
      "Text:SECAS (RH) presented the plan\nto the Panel.\n// a note\nMore of it.\n",
      "Text:The Panel:\n",
      "BulletBlock:- AGREED it;\n  over two lines; and\n",
      "BulletBlock:- NOTED it.\n",
      "ActionBlock:action SECP77/01: SECAS to\npublish it.\n",
      "ItemLine:item 2: Next\n",
    ]);
  });

  it("ignores indentation and blank lines, and sets comments aside", () => {
    const result = lex("   PD   Peter Davies\n\n  // a note\n- AGREED it.\r\nnext meeting: 2020-03-13");
    expect(result.tokens.map((t) => t.tokenType.name)).toEqual(["Text", "BulletBlock", "FieldLine"]);
    expect(result.comments.map((c) => c.image)).toEqual(["// a note\n"]);
  });

  it("reads a last line that shows nothing as blank, with no line break after it", () => {
    for (const end of ["\u00a0\u00a0", " \t\u00a0", "\u00a0", "\u200b", " "]) {
      expect(kinds(`item 1: Budget\n\nThe Panel NOTED it.\n\n${end}`), JSON.stringify(end)).toEqual(["ItemLine:item 1: Budget\n", "Text:The Panel NOTED it.\n"]);
    }
    // Characters that show nothing at the end of a line of text stay in its token.
    expect(kinds("The Panel NOTED it.\u00a0 ")).toEqual(["Text:The Panel NOTED it.\u00a0 "]);
  });

  it("covers every character, whatever the input", () => {
    const text = "\u0000\uFFFD\r\r\n\t\u2028 )(][ ::: //\n-\n*x\n•\tY";
    const { tokens, comments } = lex(text);
    const covered = new Array<boolean>(text.length).fill(false);
    for (const t of [...tokens, ...comments]) for (let i = 0; i < t.image.length; i++) covered[t.startOffset + i] = true;
    const uncovered = [...text].filter((_, i) => !covered[i]).join("");
    // Only indentation and line ends are left out of the parser's stream: no character is lost or refused.
    expect(uncovered).toMatch(/^[ \t\r\n]*$/);
    expect(tokens.some((t) => t.image.includes("\u0000"))).toBe(true);
  });
});

describe("the Object.groupBy polyfill for Node 20", () => {
  it("groups as the specification says, into a null-prototype object", () => {
    const groups = groupBy([1, 2, 3, 4, 5], (n, i) => (n % 2 === 0 ? "even" : i === 0 ? "first" : "odd"));
    expect({ ...groups }).toEqual({ first: [1], even: [2, 4], odd: [3, 5] });
    expect(Object.getPrototypeOf(groups)).toBeNull();
  });

  it("is installed where the runtime lacks it", () => {
    expect(typeof (Object as unknown as { groupBy: unknown }).groupBy).toBe("function");
  });
});
