import { indexBeforeNames, LIST_TAIL, piecesBefore } from "./addressed.js";

/*
 * Whether a person mentioned in prose is named for what they did outside the meeting: what they
 * wrote or sent in (`Comments from SM were circulated`, `the report, prepared by SM`, `KB
 * presented SM's report`), what they had done before it (`GT had tendered his resignation`), or
 * thanks for either (`thanked SM for his written comments`). A member who sends apologies often
 * sends written comments; `absent-mentioned` passes over such a mention (found by a review of
 * false positives: each was reported). So is one thanked, paid tribute or wished well (`thanked
 * GR, who is standing down`, `paid tribute to GR`, `Congratulations were extended to VN`, `best
 * wishes to GR`), one said to be elsewhere (`TP was attending a national meeting`), and one
 * another stood in for (`on behalf of TP`, `in TP's absence`, `TP's deputy`), found by a second
 * review. Not what they did at the meeting: `a question from MG`, `thanked MG for presenting`,
 * `MG sent the papers` are still reported.
 *
 * In an update's report, what the action's people did is work done between meetings (`HG
 * confirmed by email`, `JW posted on 5 March`, `MC is booked on the course`), found by two
 * reviews of false positives: only what is said or done at the meeting (`HG reported that`,
 * `HG presented`) is taking part there (`reportsAtTheMeeting`).
 */

/** What is written or sent in, before `from` (`comments from`, `a letter received from`). */
const WRITTEN = new Set(["proposal", "proposals", "nomination", "nominations", "application", "applications", "comments", "comment", "views", "input", "feedback", "letter", "letters", "email", "e-mail", "emails", "report", "paper", "papers", "note", "notes", "submission", "submissions", "statement", "message", "response", "responses", "contribution", "contributions", "representation", "representations"]);
/** Verbs of sending in, before `from` (`received from`, `Written comments were received from GT`). */
const SENT_IN = new Set(["received", "submitted", "sent", "forwarded", "circulated", "emailed"]);
/** Verbs of making a paper, before `by` (`prepared by SM`). Not `presented by`: that is done at the meeting. */
const AUTHORED = new Set(["prepared", "written", "drafted", "submitted", "authored", "produced", "compiled", "sent", "circulated", "supplied", "provided", "commissioned", "signed"]);
/** Words of thanks or congratulation just before the mention (`thanked MG`, `congratulated MG`). */
const THANKED = new Set(["thank", "thanks", "thanked", "thanking", "congratulate", "congratulated", "congratulating"]);
/** Words of thanks and good wishes, a few words before `to` (`thanks to`, `paid tribute to`, `Congratulations were extended to`, `best wishes to`). */
const TRIBUTE = new Set(["thanks", "tribute", "tributes", "congratulations", "wishes", "condolences", "sympathy", "sympathies", "gratitude", "appreciation"]);
/** Words before `for` of one standing in for another (`deputising for TP`). */
const STANDING_IN = new Set(["deputising", "deputizing", "deputised", "deputized", "substituting", "substituted", "substitute", "deputy", "deputies"]);
/** Words before `of` of one standing in for another (`on behalf of TP`, `in place of TP`). */
const IN_PLACE = new Set(["behalf", "place", "stead", "absence"]);

/** After the mention: what they wrote (`SM's report`, `SM’s written comments`, `GT's resignation`). */
const THEIR_WRITING = /^['’]s\s+(?:[a-z]+\s+)?(?:report|paper|papers|comments|views|letter|e-?mail|note|notes|submission|statement|proposal|response|contribution|resignation)\b/;
/** After the mention: thanks for what they did at the meeting (`for presenting`), which is taking part. */
const FOR_DOING = /^\s+for\s+(?!(?:every|any|some|no)thing\b)[a-z]+ing\b/i;
/** After the mention: that they were elsewhere (`was attending a national meeting`, `is on leave`). */
const ELSEWHERE = /^\s+(?:was|is|were|had\s+been|has\s+been)\s+(?:attending\b|at\s+(?:a|an|the)\b|away\b|abroad\b|on\s+(?:leave|holiday|annual\s+leave|sick\s+leave|maternity\s+leave|paternity\s+leave)\b|unwell\b|unable\s+to\s+attend\b)/;
/** After the mention: one standing in for them (`TP's deputy`, `in TP's absence`, `on TP's behalf`). */
const STOOD_IN_FOR = /^['’]s\s+(?:absence|deputy|substitute|representative|alternate|behalf|place|stead)\b/;
/** After the mention: what they sent in writing (`sent a written report`, `emailed his comments`), found by a review of false positives. Not `sent the papers`, which may be done at the meeting. */
const SENT_WRITING = /^\s+(?:sent|submitted|emailed|e-mailed|provided|forwarded)\s+(?:(?:a|an|his|her|their)\s+)?(?:written\s+)?(?:report|comments?|note|notes|update|e-?mail|message|response|views|apologies|statement|submission)\b/;
/** What they had done before the meeting (`had tendered`, `had already provided`, `has submitted`, and in the present perfect as reports put it, `has asked`, `has booked`, `has visited`: found by a review of false positives; not a verb of telling, `has informed the Panel`, which is said at the meeting). */
const HAD_DONE = /^\s+(?:had\s+(?:already\s+|previously\s+|earlier\s+)?(?:[a-z]+ed|sent|written|given|spoken|made|put|been\s+in\s+touch)|(?:has|have)\s+(?:already\s+|now\s+|since\s+|also\s+|previously\s+|recently\s+)?(?!(?:informed|told|advised|updated|briefed|reported|presented|explained|outlined|summarised|summarized)\b)(?:[a-z]+ed|sent|written|given|spoken|made|put|been|taken|done|met|seen|told|found|paid|won|brought|bought|sought|kept|left|led|read|begun))\b/;

/** Whether the mention from `start` to `end` of `prose` is of something its person did outside the meeting. */
export function doneOutsideTheMeeting(prose: string, start: number, end: number, roleWords: ReadonlySet<string>): boolean {
  const tail = LIST_TAIL.exec(prose.slice(end, end + 200))?.[0].length ?? 0;
  const after = prose.slice(end + tail, end + tail + 60);
  if (HAD_DONE.test(after) || ELSEWHERE.test(after) || SENT_WRITING.test(after)) return true;
  const own = prose.slice(end, end + 60);
  if (THEIR_WRITING.test(own) || STOOD_IN_FOR.test(own)) return true;
  const { pieces } = piecesBefore(prose, start);
  const i = indexBeforeNames(pieces, roleWords);
  if (i < 0) return false;
  const word = pieces[i]!.toLowerCase();
  const previous = pieces[i - 1]?.toLowerCase() ?? "";
  if (word === "from") return WRITTEN.has(previous) || SENT_IN.has(previous);
  if (word === "by") return AUTHORED.has(previous);
  if (word === "to") return pieces.slice(Math.max(0, i - 4), i).some((piece) => TRIBUTE.has(piece.toLowerCase())) && !FOR_DOING.test(after);
  if (word === "for") return STANDING_IN.has(previous) || (previous === "in" && pieces[i - 2]?.toLowerCase() === "standing");
  if (word === "of") return IN_PLACE.has(previous);
  // Thanks for something (`for his written comments`, `for six years of service`, or for nothing
  // said), not for doing (`for presenting`).
  return THANKED.has(word) && !FOR_DOING.test(after);
}

/** What someone mentioned does at a meeting, just after the mention (`SF reported`, `SF presented the paper`). */
const AT_THE_MEETING = /^\s+(?:(?:also|then|briefly|further)\s+)?(?:presented|reported|said|asked|explained|told|updated|informed|gave|introduced|spoke|advised|answered|responded|replied|added|suggested|proposed|seconded|moved|clarified|highlighted|commented|queried|raised|summarised|summarized|outlined|tabled|noted|stated|agreed|welcomed|thanked|confirmed\s+(?:that|to\s+the))\b/;

/**
 * For a mention in an update's report: whether the words after it say its person spoke or acted
 * at the meeting (`SF reported that the policy is done`); otherwise the report is of work done
 * between meetings, which someone away did as often as not.
 */
export function reportsAtTheMeeting(prose: string, end: number): boolean {
  const tail = LIST_TAIL.exec(prose.slice(end, end + 200))?.[0].length ?? 0;
  return AT_THE_MEETING.test(prose.slice(end + tail, end + tail + 60));
}
