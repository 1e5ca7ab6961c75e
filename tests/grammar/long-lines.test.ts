import { beforeAll, describe, expect, test } from "vitest";
import type { IGrammar } from "vscode-textmate";
import { loadGrammar, tokenizeLines } from "./textmate.js";

/*
 * The editor's grammar, run by the tokenizer VS Code itself uses, on lines long enough that a
 * pattern tried at every place of a line shows. The bound is the size of the line: a pattern that
 * is quadratic in it runs past the test's timeout here (the first version of `wrapped-sentence`
 * took 12 s on 40,000 spaces, and about 50 s on these, where the grammar now takes a fraction of
 * a second).
 */
let grammar: IGrammar;

beforeAll(async () => {
  grammar = await loadGrammar();
});

/** The scopes of the first token of each line, after its indentation. */
function scopesOfLines(text: string): string[][] {
  return tokenizeLines(grammar, text).map(({ line, tokens }) => (tokens.find((t) => line.slice(t.start, t.end).trim() !== "") ?? tokens[0]!).scopes);
}

describe("the grammar on long lines", () => {
  const run = " ".repeat(80_000);

  test("an action's line that ends with a colon and 80,000 spaces still takes the list under it", () => {
    const lines = scopesOfLines(`item 1: A\n\naction GB5/01: AB to:${run}\n(a) obtain three quotes;\n\nAfter.\n`);
    expect(lines[3]).toContain("meta.action.minutes");
    expect(lines[3]).toContain("punctuation.definition.list.begin.minutes");
    expect(lines[5]).not.toContain("meta.action.minutes");
  });

  test("an update's line that runs on past 80,000 spaces still continues on a numbered line", () => {
    const lines = scopesOfLines(`item 1: A\n\nupdate GB5/01: AB reported under paragraph${run}x\n(b) of the order.\n(c) a list item.\n`);
    expect(lines[3]).toContain("meta.action-update.minutes");
    expect(lines[3]).not.toContain("punctuation.definition.list.begin.minutes");
    expect(lines[4]).not.toContain("meta.action-update.minutes");
  });

  test("lines of 80,000 characters: spaces between words, and spaces after a full stop", () => {
    // Two runs of 40,000 to a line: the lines are as long as the others (a quadratic pattern took
    // ten minutes on runs of 80,000 here).
    const half = run.slice(0, 40_000);
    const lines = scopesOfLines(`item 1: A\n\naction GB5/01: AB to${half}report.${half}\n(a) a list item.\n\nupdate GB5/01: a;${half}b;${half}\n`);
    expect(lines[3]).not.toContain("meta.action.minutes");
    expect(lines[3]).toContain("punctuation.definition.list.begin.minutes");
    expect(lines[5]).toContain("meta.action-update.minutes");
  });

  test("the line after a bare `action ID:`, of 80,000 characters, has its owner read at its start", () => {
    const half = run.slice(0, 40_000);
    const lines = scopesOfLines(`item 1: A\n\naction GB5/01:\nAB${half}to${half}x\n\nupdate GB5/02:\nAB${half}may${half}x\n`);
    expect(lines[3]).toContain("entity.name.type.owner.minutes");
    expect(lines[6]).toContain("entity.name.type.owner.minutes");
  });

  // Found by a review: a status's value, and a due date's, read to the end of the line from each
  // `Status:` and each `[due` (4.7 s and 6.7 s on 80,000 characters).
  test("lines of 80,000 characters of `Status: a ` and of `[due x `, in an update and in a paragraph", () => {
    const statuses = "Status: a ".repeat(8_000);
    const dues = "[due x ".repeat(11_500);
    const lines = scopesOfLines(`item 1: A\n\nupdate GB5/01: x ${statuses}\n${statuses}\n${dues}\nStatus: open;\n(b) a list item.\n\nSome ${statuses}\n${dues}\n`);
    expect(lines[3]).toContain("meta.action-update.minutes");
    expect(lines[6]).not.toContain("meta.action-update.minutes");
    expect(lines[6]).toContain("punctuation.definition.list.begin.minutes");
  });
});
