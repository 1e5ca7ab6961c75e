import { tablesOf } from "../../config/derived.js";
import { INITIALS_SHAPE } from "../initials-shape.js";
import { exampleDate, exampleYear } from "../example-dates.js";
import type { NewAction } from "../../model/ast.js";
import { contentsOf } from "../../model/walk.js";
import { spanOf, type Token } from "../../text/range.js";
import { closest, editDistance } from "../../text/similarity.js";
import { correctActionId, formatActionId, isWellFormedActionId, parseActionId } from "../../workspace/action-ids.js";
import { findOrganisation } from "../people.js";
import { isTitle } from "../../model/line-readers.js";
import { straightApostrophes } from "../../text/letters.js";
import { keptFor } from "../../kept.js";
import { replaceFix, type CheckContext } from "../context.js";
import { formatLongDate, looksLikeDate } from "../../model/dates.js";
import { whyNotADate } from "./document-checks.js";

function newActions(context: CheckContext): readonly NewAction[] {
  return contentsOf(context.doc).actions;
}

/** Every action ID in the document: new actions, updates, supersessions and prose. */
function allIds(context: CheckContext): Token[] {
  const ids: Token[] = [];
  const { actions, updates, prose } = contentsOf(context.doc);
  for (const block of actions) if (block.id.text) ids.push(block.id);
  for (const block of updates) if (block.id.text) ids.push(block.id);
  for (const p of prose) for (const ref of p.prose.actionRefs) ids.push(ref);
  return ids;
}

/** `action-id-malformed`: an ID that does not follow the scheme (`SEC76/01` for `SECP76/01`). */
export function actionIdMalformed(context: CheckContext): void {
  const { prefix, sequenceDigits } = context.config.actionIds;
  const example = formatActionId(context.doc.header.number?.value ?? 1, 1, context.config);
  // The IDs this meeting's new actions already have: a correction that gives one of them again
  // to a new action would make a duplicate, so it is offered but not applied by itself.
  const taken = new Set(newActions(context).map((a) => a.id.text));
  const raising = new Set(newActions(context).map((a) => a.id));
  const written = new Set<Token>([...newActions(context).map((a) => a.id), ...contentsOf(context.doc).updates.map((u) => u.id)]);
  const references = tablesOf(context.config).references;
  for (const id of allIds(context)) {
    if (isWellFormedActionId(id.text, context.config)) continue;
    // A reference of one of the committee's own patterns (`TP24/03`, a trustee paper, beside the
    // action prefix `TR`) is that reference, not an action ID one letter off, in prose.
    if (!written.has(id) && references.some((r) => r.regex.test(id.text))) continue;
    // In prose, `FOI2024/18` or another body's `VHC12/03` is shaped like an ID but is not one of
    // this committee's: only a prefix one slip from the scheme's (`SEC76/01`) is a slip. On an
    // action or update line every ID is meant as one, but only such a prefix is corrected for sure.
    const near = nearPrefix(id.text, prefix);
    if (!near && !written.has(id)) continue;
    const corrected = correctActionId(id.text, context.config);
    const clashes = corrected !== undefined && raising.has(id) && taken.has(corrected);
    context.report(
      "action-id-malformed",
      "error",
      id,
      `\`${id.text}\` is not a well-formed action ID: expected \`${prefix}\`, the meeting number, \`/\` and a ${sequenceDigits}-digit number, as in \`${example}\`.` +
        (corrected ? (clashes ? ` \`${corrected}\` is already raised in this meeting: give this action the next free number.` : ` Did you mean \`${corrected}\`?`) : ""),
      { fixes: corrected ? [replaceFix(`Change \`${id.text}\` to \`${corrected}\``, id, corrected, near && !clashes)] : [] },
    );
  }
}

/** Whether the letters before an ID's digits are the scheme's prefix, or one slip from it (`SEC`, `secp`, `SECPP`). */
function nearPrefix(id: string, prefix: string): boolean {
  const letters = /^\D*/.exec(id)![0].toUpperCase();
  return editDistance(letters, prefix.toUpperCase(), 1) <= 1;
}

/**
 * `action-id-other-meeting`, `action-duplicate`, `action-numbering`: the new actions of this meeting.
 * Every new action with an ID takes the next place in the meeting's numbering, whether its ID is
 * well formed, of another meeting or a repeat, so that the number each finding proposes is the one
 * the renumbering fix writes, and one slip is not reported again on every action after it.
 */
export function newActionIds(context: CheckContext): void {
  const number = context.doc.header.number?.value;
  const seen = new Map<string, NewAction>();
  const actions = newActions(context).filter((a) => a.id.text.length > 0);
  const own = actions.filter((a) => number !== undefined && parseActionId(a.id.text, context.config)?.meeting === number);
  // Each action's place in the meeting, looked up rather than searched for (`indexOf` for each
  // action was quadratic in a long meeting's actions).
  const places = new Map<NewAction, number>();
  actions.forEach((action, i) => places.set(action, i + 1));
  const place = (action: NewAction) => places.get(action)!;
  const renumber =
    number === undefined
      ? undefined
      : {
          title: `Renumber this meeting's actions ${formatActionId(number, 1, context.config)} to ${formatActionId(number, actions.length, context.config)} in order`,
          edits: own.map((a) => ({ range: spanOf(a.id), newText: formatActionId(number, place(a), context.config) })).filter((e, i) => own[i]!.id.text !== e.newText),
          certain: false,
        };
  const renumbering = renumber && renumber.edits.length > 0 ? [renumber] : [];
  let expected = 1;
  let afterRepeat = false;
  const misnumbered: NewAction[] = [];
  for (const action of actions) {
    const parts = parseActionId(action.id.text, context.config);
    if (!parts) {
      expected++;
      continue;
    }
    if (number !== undefined && parts.meeting !== number) {
      const want = formatActionId(number, place(action), context.config);
      context.report(
        "action-id-other-meeting",
        "error",
        action.id,
        `\`${action.id.text}\` is an ID of meeting ${parts.meeting}, but this is meeting ${number}: a new action takes this meeting's number, as in \`${want}\`.` +
          // (Not for a later meeting's number, which no update could report on: found by a review.)
          (parts.meeting < number ? ` To report on an earlier action, write \`update ${action.id.text}: ...\`.` : ""),
        {
          // Changing this one ID to its place's would clash when another action has that ID:
          // then the others are renumbered to their places with it.
          fixes: actions.some((a) => a !== action && a.id.text === want) && renumber
            ? [{ title: `Change \`${action.id.text}\` to \`${want}\` and renumber the actions after it`, edits: [{ range: spanOf(action.id), newText: want }, ...renumber.edits], certain: false }]
            : [replaceFix(`Change \`${action.id.text}\` to \`${want}\``, action.id, want, false)],
        },
      );
      expected++;
      continue;
    }
    const earlier = seen.get(action.id.text);
    if (earlier) {
      const want = number !== undefined ? formatActionId(number, place(action), context.config) : undefined;
      context.report(
        "action-duplicate",
        "error",
        action.id,
        `\`${action.id.text}\` is raised twice in this meeting; each new action needs its own number` + (want && want !== action.id.text ? `: in its place this one would be \`${want}\`.` : "."),
        {
          related: [{ message: `\`${action.id.text}\` first raised here`, range: spanOf(earlier.id) }],
          fixes: renumbering,
        },
      );
      // The repeat holds its place (`01`, `01`, `03`: a slip for `02`), or takes none (`01`, `02`,
      // `02`, `03`: the actions after it numbered on from the first): either way the next action is
      // not reported as misnumbered too, one slip, one finding (the second found by a review of
      // false positives). Its fix renumbers them all in order.
      expected++;
      afterRepeat = true;
      continue;
    }
    seen.set(action.id.text, action);
    const numberedOn = afterRepeat && parts.sequence === expected - 1;
    afterRepeat = false;
    if (parts.sequence !== expected && !numberedOn) misnumbered.push(action);
    expected = (numberedOn ? parts.sequence : Math.max(expected, parts.sequence)) + 1;
  }
  if (number === undefined) return;
  for (const action of misnumbered) {
    const want = formatActionId(number, place(action), context.config);
    // An action in its own place is not what broke the numbering (`ACT4/05`, then `ACT4/02`: only
    // the first). Found by a test of the editor's features: the second was told it would be itself.
    if (want === action.id.text) continue;
    context.report(
      "action-numbering",
      "warning",
      action.id,
      `\`${action.id.text}\` breaks the numbering: the new actions of a meeting run ${formatActionId(number, 1, context.config)}, ${formatActionId(number, 2, context.config)}, ${formatActionId(number, 3, context.config)} … in order, and this is action ${place(action)} of the meeting, so it would be \`${want}\`.`,
      { fixes: renumbering },
    );
  }
}

/** `action-owner-unknown`: the owner is neither an attendee (initials or name) nor a known organisation. */
export function actionOwner(context: CheckContext): void {
  for (const action of newActions(context)) {
    const owner = action.owner;
    if (!owner) continue;
    // A mention in brackets (`DCC (DL)`, as the reference minutes write owners) is the mention
    // checks' to read: the owner is the words around it (found by a test of the editor's features).
    const written = owner.text.includes("(") ? owner.text.replace(/\s*\([^()]*\)/g, " ").replace(/\s+/g, " ").trim() : owner.text;
    // Each of joint owners (`PW and JSu`, `SB/LT`, `DCC & SECAS`) is read on its own.
    // (An organisation whose own name holds `and` or `&` is known whole.)
    if (written.length === 0 || isKnownOwner(written.replace(/^the\s+/i, "").trim(), context)) continue;
    const text = ownersOf(written).find((part) => !isKnownOwner(part, context));
    if (text === undefined || (context.config.organisations.length === 0 && !INITIALS_SHAPE.test(text))) continue;
    const initials = INITIALS_SHAPE.test(text);
    const nearInitials = initials ? closest(text, context.people.initials(), 1) : [];
    const near = nearInitials.length > 0 ? nearInitials : nearNames(text, context);
    const person = nearInitials[0] ? context.people.withInitials(nearInitials[0])[0] : undefined;
    const whole = text === owner.text.replace(/^the\s+/i, "").trim();
    const at = whole ? owner : { start: owner.start + owner.text.indexOf(text), end: owner.start + owner.text.indexOf(text) + text.length };
    context.report(
      "action-owner-unknown",
      "warning",
      at,
      `The owner \`${text}\` of ${action.id.text || "this action"} is neither an attendee, a role nor a known organisation. ` +
        (person ? `Did you mean \`${near[0]}\` (${person.attendee.name.text})? ` : near[0] ? `Did you mean \`${near[0]}\`? ` : "") +
        "Write an attendee's initials, a role from `roleWords` or an organisation from minutes.config.json.",
      { fixes: near.map((n) => replaceFix(`Change \`${text}\` to \`${n}\``, at, n, false)) },
    );
  }
}

/** The owners an action's owner names: `PW and JSu`, `SB/LT`, `DCC & SECAS`, `KL, DL` each give two. */
function ownersOf(owner: string): string[] {
  return owner.split(/\s*(?:\band\b|&|\/|,)\s*/i).map((part) => part.replace(/^the\s+/i, "").trim()).filter((part) => part.length > 0);
}

/** An attendee (by initials or by name), a role (`Chair`, `Clerk`), an organisation or the body itself. */
function isKnownOwner(text: string, context: CheckContext): boolean {
  // (An attendee's name is asked last: most owners are initials or an organisation.)
  return (
    context.people.withInitials(text).length > 0 ||
    COLLECTIVE.test(text) ||
    OFFICES.has(text.toUpperCase()) ||
    findOrganisation(text, context.config) !== undefined ||
    tablesOf(context.config).bodyNames.has(text.toLowerCase()) ||
    namesRole(text, tablesOf(context.config).roleWords) ||
    namesAttendee(text, context) ||
    namesOffice(text, context)
  );
}

/**
 * Whether `text` names an office (found by a review of false positives: each was an unknown
 * owner): as the attendee list says someone holds it (`Head of Governance` for `NL Nina Lowe (Head
 * of Governance, minutes)`), or a role word, an office's head or a role's initials, and what it is
 * of or for (`Director of Finance`, `Head of Estates`, `PVC Education` for the role word
 * `Pro-Vice-Chancellor`).
 */
function namesOffice(text: string, context: CheckContext): boolean {
  const lower = text.toLowerCase();
  // (A note may say more after a comma: `(Head of Governance, minutes)`.)
  if (context.people.all.some((person) => person.attendee.notes.some((note) => note.text.split(/\s*[,;]\s*/).some((part) => part.toLowerCase() === lower)))) return true;
  const office = OFFICE.exec(text);
  if (!office) return false;
  const head = office[1]!;
  const roleWords = tablesOf(context.config).roleWords;
  if (roleWords.has(head.toLowerCase()) || OFFICE_HEADS.has(head.toLowerCase())) return true;
  // (Only before a portfolio written without `of`: `PVC Education`.)
  return office[2] === undefined && /^[A-Z]{2,5}$/.test(head) && [...roleWords].some((role) => initialsOfRole(role) === head);
}
/** An office: a head word (after `Deputy`, `Acting`), then what it is of or for, in capitals: `Director of Finance`, `PVC Education`. */
const OFFICE = /^(?:(?:deputy|assistant|associate|acting|interim)\s+)?([\p{L}-]+)\s+(?:((?:of|for)\s+(?:the\s+)?))?\p{Lu}[\p{L}&'’-]*(?:\s+(?:(?:and|&|of)\s+)?\p{Lu}[\p{L}&'’-]*){0,3}$/iu;
/** Words that head an office of something: `Head of Estates`, `Director of Finance`. */
const OFFICE_HEADS: ReadonlySet<string> = new Set(["head", "director", "dean", "provost", "manager", "lead", "officer", "secretary", "convenor", "convener", "coordinator", "co-ordinator"]);

/** The initials of a role word's parts: `PVC` for `Pro-Vice-Chancellor`, `VP` for `Vice-President`. */
function initialsOfRole(role: string): string {
  return role.split(/[\s-]+/).map((part) => part.charAt(0).toUpperCase()).join("");
}

/**
 * Whether `text` names everyone in a role, or the one who holds it: `Stewards`, `The
 * Churchwardens`, `All Stewards`, `The Steward` for the role word `Steward` (found by a review of
 * false positives: the plural was an unknown owner, where `Directors` was everyone).
 */
function namesRole(text: string, roleWords: ReadonlySet<string>): boolean {
  const lower = text.toLowerCase().replace(/^(?:the|all(?:\s+the)?)\s+/, "");
  if (roleWords.has(lower)) return true;
  return lower.endsWith("s") && (roleWords.has(lower.slice(0, -1)) || (lower.endsWith("es") && roleWords.has(lower.slice(0, -2))));
}

/**
 * Whether `text` names an attendee: the full name as listed, or without the titles the list
 * gives it (`Robert Hart` for `Cllr Robert Hart`), or a surname that only one attendee has,
 * alone or after titles or role words (`Cllr Hart`, `Dr Zhang`). Found by a secretary's test:
 * each was an unknown owner.
 */
function namesAttendee(text: string, context: CheckContext): boolean {
  const written = wordsOf(text);
  if (written.length === 0) return false;
  if (namesOf(context).has(written.join(" "))) return true;
  const roleWords = tablesOf(context.config).roleWords;
  const surname = written.at(-1)!;
  const titled = written.slice(0, -1).every((word) => isTitle(word) || roleWords.has(word.toLowerCase()));
  if (titled && context.people.withSurname(surname).length === 1) return true;
  // A surname of more than one word (`Dr Ní Bhriain`, `Mr van den Berg`), or a first name alone
  // (`Lucy to book the hall`), that only one attendee's listed name has (found by a review of
  // false positives: each was an unknown owner).
  const name = written.slice(written.findIndex((word) => !isTitle(word) && !roleWords.has(word.toLowerCase())));
  if (name.length === 0) return false;
  const matching = context.people.all.filter((person) => {
    const listed = wordsOf(person.attendee.name.text).filter((word) => !isTitle(word));
    const tail = listed.slice(-name.length);
    return (name.length > 1 && tail.join(" ") === name.join(" ")) || (name.length === 1 && written.length === 1 && listed.length > 1 && listed[0] === name[0]);
  });
  return matching.length === 1;
}

/**
 * Offices and departments written as their letters, which own actions as a role does (`CFO to
 * circulate`, `RFO to update the asset register`), unless an attendee is declared with them
 * (asked first). Found by a review of false positives.
 */
const OFFICES: ReadonlySet<string> = new Set(["CEO", "CFO", "COO", "CIO", "CTO", "CNO", "CMO", "CPO", "DPO", "RFO", "SIRO", "MD", "FD", "HR", "IT"]);

/** Owners that are everyone, a body's members, or a group of them: `All`, `All councillors`, `Members`, `Working group`, `Maintenance sub-group`. */
const COLLECTIVE = /^(?:all(?:\s+[\p{L}-]+){0,2}|everyone|everybody|(?:all\s+)?(?:members|councillors|trustees|governors|directors|officers|staff|attendees)|(?:[\p{L}-]+\s+)?(?:working|task(?:\s+and\s+finish)?|steering|project)\s+group|(?:[\p{L}-]+\s+)?(?:sub-?group|sub-?committee|task\s+force|team))$/iu;

/**
 * The attendees' names (as listed, and without their titles) and the organisations' names one
 * or two letters away from `text`, nearest first: `Robert Hrat` for Robert Hart, `KPGM` for KPMG.
 */
function nearNames(text: string, context: CheckContext): string[] {
  const names = [...namesOf(context), ...context.config.organisations.map((organisation) => organisation.name)];
  return closest(straightApostrophes(text), names, text.length >= 5 ? 2 : 1);
}

function wordsOf(name: string): string[] {
  return straightApostrophes(name).split(/\s+/).filter((word) => word.length > 0);
}

/** The attendees' names as listed and without their titles, each as words joined by one space: made once per check. */
function namesOf(context: CheckContext): ReadonlySet<string> {
  return keptFor(NAMES, context, () => {
    const names = new Set<string>();
    for (const person of context.people.all) {
      const listed = wordsOf(person.attendee.name.text);
      names.add(listed.join(" "));
      names.add(listed.slice(listed.findIndex((word) => !isTitle(word))).join(" "));
    }
    names.delete("");
    return names;
  });
}

const NAMES = new WeakMap<CheckContext, ReadonlySet<string>>();

/** Where `word` stands in `text` as a whole word, or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + word.length);
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return at;
  }
  return -1;
}

/** `absent-owner`: an action owned by someone recorded with apologies or as absent. */
export function absentOwner(context: CheckContext): void {
  for (const action of newActions(context)) {
    if (!action.owner?.text) continue;
    // (An owner that is an organisation's name, `SSC to review ...`, is the organisation, not an attendee with those initials.)
    const organisationWords = tablesOf(context.config).organisationWords;
    const absent = ownersOf(action.owner.text)
      .filter((owner) => !organisationWords.has(owner))
      .map((owner) => ({ owner, person: context.people.withInitials(owner)[0] ?? context.people.all.find((p) => p.attendee.name.text === owner) }))
      .find(({ person }) => person !== undefined && person.attendee.attendance !== "present");
    if (!absent) continue;
    const person = absent.person!;
    // Among joint owners (`KL and MG`), the one who was not there.
    const at = wordAt(action.owner.text, absent.owner);
    const range = at < 0 ? action.owner : { start: action.owner.start + at, end: action.owner.start + at + absent.owner.length };
    context.report(
      "absent-owner",
      "warning",
      range,
      `${person.attendee.name.text} (\`${person.attendee.initials.text}\`) owns ${action.id.text || "this action"} but is recorded as ${person.attendee.attendance === "apologies" ? "having sent apologies" : "absent"}. ` +
        "Check the owner; if the action was given to them in their absence, silence this with `// minutes-disable-next-line absent-owner`.",
    );
  }
}

/**
 * `due-date-invalid`: an action's due date that is not read (`[due 30/04/2020]`, `[due end of
 * May]`), so the register and the exports give the action none (found by a secretary's test: the
 * header's date was an error, and the due date passed silently).
 */
export function dueDates(context: CheckContext): void {
  for (const action of newActions(context)) {
    const due = action.due;
    if (!due || due.iso) continue;
    const numeric = DAY_MONTH_YEAR.exec(due.text.trim());
    const written = numeric ? dayFirst(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])) : undefined;
    context.report(
      "due-date-invalid",
      "warning",
      due,
      `The due date \`${due.text}\` of ${action.id.text || "this action"} is not read` +
        (looksLikeDate(due.text) && !numeric ? ` (${whyNotADate(due.text)})` : "") +
        `: write it as ${exampleDate(exampleYear(context.doc, due.text), 4, 30)}. Until then it is printed as written but not read as a date: the register cannot sort by it, and the JSON export gives no \`due\`.` +
        (written ? ` Read day first, as in the UK, it is \`${written}\`.` : ""),
      written ? { fixes: [replaceFix(`Write \`${written}\``, due, written, false)] } : undefined,
    );
  }
}

/** `30/04/2020`, `30.04.2020`, `30-04-2020`: a date in figures, day and month in an order only the writer knows. */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The date, read day first, in words as minutes print them (`30 April 2020`); undefined when it is no date read so. */
function dayFirst(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? formatLongDate(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`) : undefined;
}
