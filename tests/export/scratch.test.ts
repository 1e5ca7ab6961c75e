import { parse } from "../../packages/core/src/parse.js";
import { test } from "vitest"; test("x", () => {
const text = `meeting: M
number: 1
date: 2020-01-01

item 1: A [RED]

Line one of para
// COMMENT-IN-PARA
line two of para.

- bullet one
// COMMENT-IN-LIST
  continued
- bullet two

action ACT1/01: SECAS to do
// COMMENT-IN-ACTION
more things.

update ACT0/01: Old text
// COMMENT-IN-UPDATE-ORIG
more.

Update para. Status: Open.

summary:
Sum text
confidential:
nested conf
end confidential
end summary

confidential:
unclosed runs

item 2: B
The Panel NOTED stuff [Post-meeting note: later
happened].
`;
const doc = parse(text);
console.log(JSON.stringify(doc.items.map(i => ({...i, blocks: i.blocks})), (k, v) => k === "range" || k === "outer" ? undefined : v, 1));
console.log(doc.comments, doc.diagnostics.map(d=>d.message));
});
