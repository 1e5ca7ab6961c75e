import JSZip from "jszip";
import { SaxesParser } from "saxes";

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/** The parts of a .docx, by path, as text (all the parts the tests read are XML). */
export async function unzipDocx(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    // Decoded strictly: bytes that are not UTF-8 fail here, as Word would refuse them.
    if (!file.dir) parts.set(path, STRICT_UTF8.decode(await file.async("uint8array")));
  }
  return parts;
}

export function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** All the text of the XML parts, entities decoded: what a reader of the document can see. */
export function allText(parts: Map<string, string>): string {
  return [...parts.entries()]
    .filter(([path]) => path.endsWith(".xml") || path.endsWith(".rels"))
    .map(([, xml]) => decodeXml(xml))
    .join("\n");
}

/**
 * A readable outline of word/document.xml for golden files: one line a paragraph with its
 * style (`[Heading2]`, `[bullet]`), tables as rows of cells separated by ` | `.
 */
export function outline(documentXml: string): string {
  const lines: string[] = [];
  let depth = 0;
  let row: string[] | undefined;
  let cell: string[] | undefined;
  let paragraph: { style: string; bullet: boolean; text: string } | undefined;
  const token = /<w:tbl>|<\/w:tbl>|<w:tr[ >]|<\/w:tr>|<w:tc>|<\/w:tc>|<w:p[ >]|<w:p\/>|<\/w:p>|<w:pStyle w:val="([^"]*)"\/>|<w:numPr>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g;
  for (let m = token.exec(documentXml); m; m = token.exec(documentXml)) {
    const t = m[0];
    if (t === "<w:tbl>") depth++;
    else if (t === "</w:tbl>") {
      depth--;
      lines.push("");
    } else if (t.startsWith("<w:tr")) row = [];
    else if (t === "</w:tr>") {
      lines.push(`${"  ".repeat(depth)}| ${(row ?? []).join(" | ")} |`);
      row = undefined;
    } else if (t === "<w:tc>") cell = [];
    else if (t === "</w:tc>") {
      row?.push((cell ?? []).join(" / "));
      cell = undefined;
    } else if (t.startsWith("<w:p ") || t === "<w:p>") paragraph = { style: "", bullet: false, text: "" };
    else if (t === "</w:p>" || t === "<w:p/>") {
      if (paragraph) {
        const tags = [paragraph.style, paragraph.bullet ? "bullet" : ""].filter(Boolean).map((s) => `[${s}] `).join("");
        if (cell) cell.push(`${tags}${paragraph.text}`);
        else lines.push(`${tags}${paragraph.text}`);
      }
      paragraph = undefined;
    } else if (m[1] !== undefined && paragraph) paragraph.style = m[1];
    else if (t === "<w:numPr>" && paragraph) paragraph.bullet = true;
    else if (m[2] !== undefined && paragraph) paragraph.text += decodeXml(m[2]);
    else if (t === "<w:tab/>" && paragraph) paragraph.text += "\t";
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

/**
 * Why `xml` is not well-formed XML 1.0, or undefined: checked by a conforming parser (saxes),
 * characters included, as Word checks a part before it opens the document.
 */
export function xmlProblem(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | undefined;
  parser.on("error", (error) => {
    problem ??= error.message;
  });
  parser.write(xml).close();
  return problem;
}
