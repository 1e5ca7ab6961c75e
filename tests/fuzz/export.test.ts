import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exportDocument, parse, renderHtml, visibleContent, type ExportFormat } from "../../packages/core/src/index.js";
import { allText, unzipDocx, xmlProblem } from "../export/docx-reader.js";
import { SEC_CONFIG } from "../helpers/minutes.js";
import { SEEDS } from "./support.js";

/*
 * Confidential means confidential, on generated minutes: every place the public version must
 * not show carries a unique marker (the text of a confidential item outside its summary, every
 * `confidential:` passage, every comment), and so does every place it must show. No public
 * export in any format contains a withheld marker or a comment marker; the confidential export
 * contains every marker but the comments'. Then: user text in HTML is text, never markup.
 */

// ---------------------------------------------------------------- generated minutes with markers

/** A level as the SEC Panel's settings read it: RED and AMBER are confidential, `confidential` and typos too. */
const LEVELS = ["RED", "AMBER", "GREEN", "WHITE", "confidential", "RDE", undefined] as const;
type Level = (typeof LEVELS)[number];
const recorded = (level: Level) => level !== undefined && level !== "GREEN" && level !== "WHITE";

type InnerKind = "paragraph" | "inline-resolution" | "titlecase-resolution" | "resolutions" | "action" | "plain-list" | "heading" | "update";
type BlockSpec =
  | { readonly kind: InnerKind; readonly comment: boolean; readonly note: boolean; readonly filler: readonly string[] }
  | { readonly kind: "summary"; readonly passage: boolean; readonly comment: boolean; readonly filler: readonly string[] }
  | { readonly kind: "passage"; readonly inner: readonly InnerKind[]; readonly comment: boolean; readonly filler: readonly string[] }
  | { readonly kind: "comment" }
  /** An update with a `confidential:` passage among its paragraphs and its status after it: only at the top of an item (passages do not nest). */
  | { readonly kind: "update-with-passage"; readonly comment: boolean; readonly filler: readonly string[] };
/** What may end an item: a `confidential:` or `summary:` never closed runs to the end of the item. */
type TailSpec = { readonly kind: "unclosed-passage" | "unclosed-summary"; readonly inner: readonly InnerKind[]; readonly filler: readonly string[] };
interface ItemSpec {
  readonly level: Level;
  readonly blocks: readonly BlockSpec[];
  readonly tail: TailSpec | null;
}

/** Words that never start a structural line or a resolution, to vary the prose around the markers. */
const filler = fc.array(fc.constantFrom("members", "discussed", "the", "proposal", "(PD)", "noted", "SECAS", "MP081", "and", "further", "whether", "it", "was", "agreed", "that", "é", "–", "&", "<x>"), { minLength: 1, maxLength: 8 });
const innerKind = fc.constantFrom<InnerKind>("paragraph", "inline-resolution", "titlecase-resolution", "resolutions", "action", "plain-list", "heading", "update");
const blockSpec: fc.Arbitrary<BlockSpec> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: innerKind, comment: fc.boolean(), note: fc.boolean(), filler }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("summary" as const), passage: fc.boolean(), comment: fc.boolean(), filler }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("passage" as const), inner: fc.array(innerKind, { minLength: 1, maxLength: 4 }), comment: fc.boolean(), filler }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("comment" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("update-with-passage" as const), comment: fc.boolean(), filler }) },
);
const tailSpec: fc.Arbitrary<TailSpec> = fc.record({ kind: fc.constantFrom("unclosed-passage" as const, "unclosed-summary" as const), inner: fc.array(innerKind, { minLength: 1, maxLength: 3 }), filler });
const itemSpec: fc.Arbitrary<ItemSpec> = fc.record({ level: fc.constantFrom(...LEVELS), blocks: fc.array(blockSpec, { maxLength: 7 }), tail: fc.option(tailSpec, { freq: 4 }) });

/** Minutes text with markers: `shown` must be in every export, `withheld` only in the confidential one, `comments` in none. */
interface Marked {
  readonly text: string;
  readonly shown: string[];
  readonly withheld: string[];
  readonly comments: string[];
}

function writeMinutes(items: readonly ItemSpec[]): Marked {
  const out: Marked = { text: "", shown: [], withheld: [], comments: [] };
  let n = 0;
  let actions = 0;
  const mark = (list: string[], kind: string) => {
    const m = `zz-${kind}${++n}-zz`;
    list.push(m);
    return m;
  };
  const comment = () => `// note ${mark(out.comments, "c")}`;
  /** The lines of one block; `hidden` says whether its text is withheld from the public version. */
  const inner = (kind: InnerKind, hidden: boolean, spec: { comment: boolean; note: boolean; filler: readonly string[] }): string[] => {
    const m = () => mark(hidden ? out.withheld : out.shown, hidden ? "w" : "p");
    const words = spec.filler.join(" ");
    const maybeComment = () => (spec.comment ? [comment()] : []);
    switch (kind) {
      case "paragraph":
        return [`Members discussed ${m()} ${words}`, ...maybeComment(), `and more ${m()}${spec.note ? ` [Post-meeting note: ${m()} ${words}.]` : "."}`];
      case "inline-resolution":
        return [`The Panel NOTED ${m()} ${words}`, ...maybeComment(), `and AGREED ${m()}.`];
      case "titlecase-resolution":
        // Not a resolution by the language's rules (the checker names the slip): discussion.
        return [`The Panel Noted ${m()} ${words}`, ...maybeComment(), `and more ${m()}.`];
      case "resolutions":
        return ["The Panel:", `- NOTED ${m()} ${words};`, ...maybeComment(), `- AGREED ${m()}.`];
      case "action": {
        const id = `SECP90/${String(++actions).padStart(2, "0")}`;
        return [`action ${id}: SECAS to act on ${m()} ${words}`, ...maybeComment(), `and ${m()}.${spec.note ? " [due 2020-06-12]" : ""}`];
      }
      case "plain-list":
        return ["Points raised:", `- ${m()} ${words}`, ...maybeComment(), `- ${m()}`];
      case "heading":
        return [`heading: Topic ${m()} ${words}`];
      case "update":
        return [`update SECP89/${String(++actions).padStart(2, "0")}: SECAS to look at ${m()} ${words}.`, "", `Progress ${m()}`, ...maybeComment(), `was made. Status: Open.`];
    }
  };
  const lines: string[] = [
    comment(),
    "meeting: Generated Meeting",
    "number: 90",
    "date: 2020-05-01",
    "classification: WHITE",
    "",
    "attendees:",
    comment(),
    "category: Members",
    "  PD   Peter Davies",
    "  KL   Karen Lee",
  ];
  items.forEach((item, i) => {
    // An item's title is public whatever its level.
    lines.push("", `item ${i + 1}: Title ${mark(out.shown, "p")}${item.level === undefined ? "" : ` [${item.level}]`}`);
    // In a recorded item, only its summary, resolutions and actions are public.
    const hiddenInItem = (kind: InnerKind) => recorded(item.level) && !["inline-resolution", "resolutions", "action"].includes(kind);
    for (const block of item.blocks) {
      lines.push("");
      if (block.kind === "comment") lines.push(comment());
      else if (block.kind === "update-with-passage") {
        // The update is public in a public item; its passage never is.
        const m = () => mark(recorded(item.level) ? out.withheld : out.shown, recorded(item.level) ? "w" : "p");
        const words = block.filler.join(" ");
        lines.push(
          `update SECP89/${String(++actions).padStart(2, "0")}: SECAS to look at ${m()} ${words}.`,
          "",
          `Progress ${m()}.`,
          "",
          "confidential:",
          `Figures ${mark(out.withheld, "w")} ${words}`,
          ...(block.comment ? [comment()] : []),
          "end confidential",
          "",
          `Then ${m()}. Status: Closed.`,
        );
      }
      else if (block.kind === "summary") {
        lines.push("summary:", ...inner("paragraph", false, { ...block, note: false }));
        if (block.passage) lines.push("", "confidential:", ...inner("paragraph", true, { ...block, note: true }), "end confidential");
        lines.push("end summary");
      } else if (block.kind === "passage") {
        lines.push("confidential:");
        block.inner.forEach((kind, k) => {
          if (k > 0) lines.push("");
          lines.push(...inner(kind, true, { ...block, note: false }));
        });
        lines.push("end confidential");
      } else lines.push(...inner(block.kind, hiddenInItem(block.kind), block));
    }
    const tail = item.tail;
    if (tail) {
      // Never closed: the passage withholds the rest of the item; the summary is read as discussion.
      lines.push("", tail.kind === "unclosed-passage" ? "confidential:" : "summary:");
      tail.inner.forEach((kind, k) => {
        if (k > 0) lines.push("");
        const hidden = tail.kind === "unclosed-passage" || hiddenInItem(kind);
        lines.push(...inner(kind, hidden, { comment: false, note: false, filler: tail.filler }));
      });
    }
  });
  lines.push("", "next meeting: 2020-06-01", comment(), "");
  return { ...out, text: lines.join("\n") };
}

const FORMATS: readonly ExportFormat[] = ["html", "md", "json", "docx"];

/** What a reader of the export can see, as text: decoded JSON, every part of the .docx. */
async function exported(text: string, format: ExportFormat, confidential: boolean): Promise<string> {
  const result = await exportDocument(parse(text, { config: SEC_CONFIG }), { format, confidential, draft: false, config: SEC_CONFIG });
  if (format === "docx") return allText(await unzipDocx(result.bytes));
  const out = new TextDecoder().decode(result.bytes);
  return format === "json" ? JSON.stringify(JSON.parse(out)) : out;
}

describe("generated minutes with a marker in every confidential place (passages and summaries closed or not)", () => {
  test("the generator writes what it means: no syntax problems, one marker each", () => {
    const samples = fc.sample(fc.array(itemSpec, { minLength: 1, maxLength: 5 }), { seed: SEEDS.exportMarkers, numRuns: 20 });
    for (const items of samples) {
      const m = writeMinutes(items);
      const doc = parse(m.text, { config: SEC_CONFIG });
      const unclosed = items.filter((i) => i.tail).length;
      expect(doc.diagnostics.map((d) => d.code), m.text).toEqual(Array(unclosed).fill("syntax-unclosed-passage"));
      for (const marker of [...m.shown, ...m.withheld, ...m.comments]) expect(m.text.split(marker).length - 1, marker).toBe(1);
    }
  });

  test("30 generated meetings of 1 to 5 items: public exports (html, md, json, docx) never show a withheld or comment marker; confidential ones show all but comments", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemSpec, { minLength: 1, maxLength: 5 }), async (items) => {
        const m = writeMinutes(items);
        for (const format of FORMATS) {
          const pub = await exported(m.text, format, false);
          const leaked = [...m.withheld, ...m.comments].filter((marker) => pub.includes(marker));
          expect(leaked, `${format} public export of:\n${m.text}`).toEqual([]);
          expect(m.shown.filter((marker) => !pub.includes(marker)), `${format} public export lost`).toEqual([]);
          const conf = await exported(m.text, format, true);
          expect(m.comments.filter((marker) => conf.includes(marker)), `${format} confidential export shows comments`).toEqual([]);
          expect([...m.shown, ...m.withheld].filter((marker) => !conf.includes(marker)), `${format} confidential export lost`).toEqual([]);
        }
      }),
      { seed: SEEDS.exportMarkers, numRuns: 30 },
    );
  });
});

// ---------------------------------------------------------------- HTML escaping

/** The elements the HTML renderer writes; anything else in its output came from the user. */
const KNOWN_TAGS = new Set(["html", "head", "meta", "title", "style", "body", "div", "main", "header", "footer", "section", "h1", "h2", "h3", "p", "span", "strong", "em", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "br"]);
const KNOWN_ATTRIBUTES = new Set(["lang", "charset", "http-equiv", "content", "name", "class", "id", "role", "aria-hidden", "colspan", "rowspan", "scope", "title"]);
const ENTITY = /^&(?:amp|lt|gt|quot|#39);/;

/** What is wrong with the markup of a page (empty when every element and attribute is the renderer's own). */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const tag = /<(\/?)([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z-]+="[^"<>]*")*)\s*>/y;
  const attribute = /\s+([A-Za-z-]+)="([^"]*)"/g;
  let i = html.startsWith("<!DOCTYPE html>") ? "<!DOCTYPE html>".length : 0;
  while (i < html.length) {
    const c = html.charAt(i);
    if (c === "<") {
      tag.lastIndex = i;
      const m = tag.exec(html);
      if (!m) {
        problems.push(`unescaped < at ${i}: ${JSON.stringify(html.slice(i, i + 40))}`);
        i++;
        continue;
      }
      const name = m[2]!.toLowerCase();
      if (!KNOWN_TAGS.has(name)) problems.push(`element <${name}> is not the renderer's`);
      for (const [, attr, value] of m[3]!.matchAll(attribute)) {
        if (!KNOWN_ATTRIBUTES.has(attr!.toLowerCase())) problems.push(`attribute ${attr} on <${name}>`);
        if (/javascript:|<|>/i.test(value!)) problems.push(`attribute ${attr}="${value}"`);
      }
      i = tag.lastIndex;
      // The stylesheet is constant text; skip to its end tag.
      if (name === "style" && m[1] === "") i = html.indexOf("</style>", i);
    } else if (c === ">") {
      problems.push(`unescaped > at ${i}: ${JSON.stringify(html.slice(Math.max(0, i - 40), i + 1))}`);
      i++;
    } else if (c === "&") {
      if (!ENTITY.test(html.slice(i, i + 6))) problems.push(`bare & at ${i}: ${JSON.stringify(html.slice(i, i + 20))}`);
      i++;
    } else i++;
  }
  if (/<script|<img|<iframe|<object|<embed|<svg|<link|<a[\s>]/i.test(html)) problems.push("a dangerous element");
  return problems;
}

/** One line of hostile text: markup, entities, quotes and `javascript:`, mixed with any characters but line breaks. */
const hostile = fc.string({
  unit: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=javascript:alert(1)>", "</p>", "</td></tr></table>", "<!--", "-->", "<![CDATA[", "<svg/onload=alert(1)>", "<a href=\"javascript:alert(1)\">", "\" onmouseover=\"x", "' x='", "&", "&amp;", "&lt;", "&#60;", "<", ">", "\"", "'", "`", "javascript:", "</style>", "<style>", "[", "]", "(", ")", "[RED]", ":", "//", "- ", "*") },
    { weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }).filter((s) => !/[\r\n]/.test(s)) },
  ),
  maxLength: 40,
});

function hostileMinutes(s: readonly string[]): string {
  const [title, reference, venue, category, group, name, note, itemTitle, heading, prose, noteText, verbText, action, original, update, summary, passage] = s;
  return [
    `meeting: ${title}`,
    "number: 91",
    `reference: ${reference}`,
    "date: 2020-05-01",
    `venue: ${venue}`,
    "classification: WHITE",
    "",
    "attendees:",
    `category: ${category}`,
    `group: ${group}`,
    `  AB   ${name}   (${note})`,
    "",
    `item 1: ${itemTitle} [GREEN]`,
    "",
    `heading: ${heading}`,
    "",
    `Text ${prose} [Post-meeting note: ${noteText}]`,
    "",
    "The Panel:",
    `- NOTED ${verbText};`,
    "",
    `action SECP91/01: SECAS to ${action}`,
    "",
    `update SECP90/01: ${original}`,
    "",
    `New ${update} Status: Open.`,
    "",
    "summary:",
    `Summary ${summary}`,
    "end summary",
    "",
    "confidential:",
    `Passage ${passage}`,
    "end confidential",
    "",
    `item 2: ${itemTitle} [RED]`,
    "",
    `Withheld ${prose}`,
    "",
  ].join("\n");
}

describe("HTML export of arbitrary text", () => {
  test("markupProblems finds what it is meant to find", () => {
    expect(markupProblems("<p>a &amp; b</p>")).toEqual([]);
    expect(markupProblems("<p><img src=x onerror=alert(1)></p>").length).toBeGreaterThan(0);
    expect(markupProblems("<p>a & b</p>").length).toBeGreaterThan(0);
    expect(markupProblems('<p title="x" onclick="y">a</p>').length).toBeGreaterThan(0);
  });

  test("200 documents with hostile text in 17 places (title, names, notes, prose, actions, updates, passages): no element or attribute but the renderer's", () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 17, maxLength: 17 }), fc.boolean(), fc.boolean(), (strings, confidential, draft) => {
        const text = hostileMinutes(strings);
        const view = visibleContent(parse(text, { config: SEC_CONFIG }), { confidential, config: SEC_CONFIG });
        const html = renderHtml(view, { confidential, draft });
        expect(markupProblems(html), text).toEqual([]);
        const title = strings[0]!.trim().replace(/\s+/g, " ");
        if (title.length > 0) expect(html).toContain(`<h1>${title.replace(/[&<>"']/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c]};`)}</h1>`);
      }),
      { seed: SEEDS.htmlEscaping, numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------- Word's XML

/**
 * Characters XML 1.0 does not allow in a document, which Word refuses to open (control
 * characters, noncharacters, lone surrogates), two it allows but discourages (DEL, NEL), and
 * `]]>`, which text must escape.
 */
const NOT_IN_XML = ["\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001F", "\uFFFE", "\uFFFF", "\uD800", "\uDFFF", "]]>", "\u007F", "\u0085"];
const hostileToXml = fc.string({ unit: fc.oneof(fc.constantFrom(...NOT_IN_XML), hostile.filter((s) => s.length === 1)), maxLength: 20 }).chain((extra) => hostile.map((h) => h + extra));

describe("Word export of arbitrary text", () => {
  test("xmlProblem finds what it is meant to find", () => {
    expect(xmlProblem("<a>b &amp; c</a>")).toBeUndefined();
    expect(xmlProblem("<a>b \uFFFE c</a>")).toMatch(/character/i);
    expect(xmlProblem("<a>b \u0001 c</a>")).toMatch(/character/i);
    expect(xmlProblem("<a>b & c</a>")).toBeDefined();
  });

  test("40 documents with characters XML does not allow, and hostile text, in 17 places: every part of the .docx is well-formed XML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileToXml, { minLength: 17, maxLength: 17 }), fc.boolean(), async (strings, confidential) => {
        const text = hostileMinutes(strings);
        const result = await exportDocument(parse(text, { config: SEC_CONFIG }), { format: "docx", confidential, draft: true, config: SEC_CONFIG });
        const parts = await unzipDocx(result.bytes);
        const problems = [...parts].filter(([path]) => path.endsWith(".xml") || path.endsWith(".rels")).flatMap(([path, xml]) => {
          const problem = xmlProblem(xml);
          return problem ? [`${path}: ${problem}`] : [];
        });
        expect(problems, JSON.stringify(text)).toEqual([]);
      }),
      { seed: SEEDS.wordXml, numRuns: 40 },
    );
  });
});
