import { indexBeforeNames, LIST_TAIL, piecesBefore } from "./addressed.js";

/*
 * Whether a person mentioned in prose is named for what they did outside the meeting: what they
 * wrote or sent in (`Comments from SM were circulated`, `the report, prepared by SM`, `KB
 * presented SM's report`), what they had done before it (`GT had tendered his resignation`), or
 * thanks for either (`thanked SM for his written comments`). A member who sends apologies often
 * sends written comments; `absent-mentioned` passes over such a mention (found by a review of
 * false positives: each was reported). Not what they did at the meeting: `a question from MG`,
 * `thanked MG for presenting`, `MG sent the papers` are still reported.
 */

/** What is written or sent in, before `from` (`comments from`, `a letter received from`). */
const WRITTEN = new Set(["comments", "comment", "views", "input", "feedback", "letter", "letters", "email", "e-mail", "emails", "report", "paper", "papers", "note", "notes", "submission", "submissions", "statement", "message", "response", "responses", "contribution", "contributions", "representation", "representations"]);
/** Verbs of sending in, before `from` (`received from`, `Written comments were received from GT`). */
const SENT_IN = new Set(["received", "submitted", "sent", "forwarded", "circulated", "emailed"]);
/** Verbs of making a paper, before `by` (`prepared by SM`). Not `presented by`: that is done at the meeting. */
const AUTHORED = new Set(["prepared", "written", "drafted", "submitted", "authored", "produced", "compiled", "sent", "circulated", "supplied", "provided", "commissioned", "signed"]);
const THANKED = new Set(["thank", "thanks", "thanked", "thanking"]);

/** After the mention: thanks for something (`for his written comments`, `for six years of service`), not for doing (`for presenting`). */
const FOR_SOMETHING = /^\s+for\s+(?:his|her|their|its|the|all|many|a|an|\d+|[a-z]+\s+years)\b/i;
/** After the mention: what they wrote (`SM's report`, `SM’s written comments`, `GT's resignation`). */
const THEIR_WRITING = /^['’]s\s+(?:[a-z]+\s+)?(?:report|paper|papers|comments|views|letter|e-?mail|note|notes|submission|statement|proposal|response|contribution|resignation)\b/;
/** After the mention: what they had done before the meeting (`had tendered`, `had already provided`, `has submitted`). */
const HAD_DONE = /^\s+(?:had\s+(?:already\s+|previously\s+|earlier\s+)?(?:[a-z]+ed|sent|written|given|spoken|made|put|been\s+in\s+touch)|has\s+(?:already\s+)?(?:submitted|sent|provided|circulated|written|emailed|e-mailed|supplied|indicated|confirmed\s+by\s+e-?mail))\b/;

/** Whether the mention from `start` to `end` of `prose` is of something its person did outside the meeting. */
export function doneOutsideTheMeeting(prose: string, start: number, end: number, roleWords: ReadonlySet<string>): boolean {
  const tail = LIST_TAIL.exec(prose.slice(end, end + 200))?.[0].length ?? 0;
  const after = prose.slice(end + tail, end + tail + 60);
  if (HAD_DONE.test(after) || THEIR_WRITING.test(prose.slice(end, end + 60))) return true;
  const { pieces } = piecesBefore(prose, start);
  const i = indexBeforeNames(pieces, roleWords);
  if (i < 0) return false;
  const word = pieces[i]!.toLowerCase();
  const previous = pieces[i - 1]?.toLowerCase() ?? "";
  if (word === "from") return WRITTEN.has(previous) || SENT_IN.has(previous);
  if (word === "by") return AUTHORED.has(previous);
  return THANKED.has(word) && FOR_SOMETHING.test(after);
}
