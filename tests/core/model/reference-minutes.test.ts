import { describe, expect, it } from "vitest";
import { blocksOf, parse, type ActionUpdate, type NewAction } from "../../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";

const doc = parse(example("sec-panel-77.minutes"), { config: SEC_CONFIG });

function all<K extends string>(kind: K) {
  return doc.items.flatMap((item) => [...blocksOf(item.blocks)].filter((b) => b.kind === kind).map((b) => ({ item, block: b })));
}

describe("the reference minutes, transcribed", () => {
  it("parse with no syntax problem", () => {
    expect(doc.diagnostics).toEqual([]);
  });

  it("have the header of meeting 77", () => {
    const h = doc.header;
    expect(h.title?.text).toBe("SEC Panel Meeting 77");
    expect(h.number?.value).toBe(77);
    expect(h.reference?.text).toBe("SECP_77_1402");
    expect(h.date?.iso).toBe("2020-02-14");
    expect([h.time?.startTime, h.time?.endTime]).toEqual(["10:00", "13:00"]);
    expect(h.nextMeeting?.iso).toBe("2020-03-13");
    expect(h.classification?.text).toBe("WHITE");
  });

  it("have 23 items numbered 1 to 23, with the classifications of the sketch", () => {
    expect(doc.items.map((i) => i.number.value)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const classified = Object.fromEntries(doc.items.filter((i) => i.classification).map((i) => [i.number.value, i.classification!.text]));
    expect(classified).toEqual({ 3: "confidential", 6: "confidential", 9: "RED", 11: "RED", 14: "GREEN", 22: "GREEN" });
  });

  it("have the 25 attendees in the groups of the sketch's reading", () => {
    const attendees = doc.attendees!.attendees;
    expect(attendees).toHaveLength(25);
    const where = (initials: string, name?: string) => {
      const a = attendees.find((x) => x.initials.text === initials && (!name || x.name.text === name))!;
      return [a.category?.name.text, a.group?.name.text ?? null];
    };
    expect(where("PD")).toEqual(["SEC Panel Members", "SEC Panel Chair"]);
    expect(where("MG")).toEqual(["SEC Panel Members", "Small Suppliers"]);
    expect(where("DL")).toEqual(["SEC Panel Members", "DCC"]);
    expect(where("MWa")).toEqual(["Representing Other Participants", "Ofgem"]);
    expect(where("DS")).toEqual(["Representing Other Participants", "BEIS (Secretary of State)"]);
    expect(where("AH", "Ashley Hannah")).toEqual(["Representing Other Participants", "DCC"]);
    expect(where("AH", "Abigail Hermon")).toEqual(["SECAS", null]);
    expect(where("LE")).toEqual(["Meeting Secretary", null]);
    const dka = attendees.find((a) => a.initials.text === "DKa")!;
    expect([dka.name.text, dka.part, dka.remote]).toEqual(["Del Kang", true, true]);
    expect(attendees.find((a) => a.initials.text === "AT")!.alternateFor).toBe("Paul Fitzgerald");
    expect(attendees.find((a) => a.initials.text === "LE")!.organisationNote).toBe("SECAS");
  });

  it("raise the seven new actions SECP77/01 to 07, with their owners", () => {
    const actions = all("action").map(({ item, block }) => {
      const a = block as NewAction;
      return [item.number.value, a.id.text, a.owner?.text];
    });
    expect(actions).toEqual([
      [1, "SECP77/01", "SECAS"],
      [2, "SECP77/02", "SECAS"],
      [3, "SECP77/03", "SECAS"],
      [4, "SECP77/04", "SECAS"],
      [5, "SECP77/05", "SECAS"],
      [18, "SECP77/06", "DCC"],
      [23, "SECP77/07", "SECAS"],
    ]);
  });

  it("record every action update of item 1 with its status and supersession", () => {
    const updates = all("update").map(({ block }) => {
      const u = block as ActionUpdate;
      return [u.id.text, u.status?.text, u.supersededBy.map((s) => s.text).join(",")];
    });
    expect(updates).toEqual([
      ["SECP70/01", "CLOSED", "SECP77/01"],
      ["SECP70/03", "Open", ""],
      ["SECP72/01", "CLOSED", "SECP77/01"],
      ["SECP72/02", "CLOSED", "SECP77/01"],
      ["SECP73/02", "Open", ""],
      ["SECP73/05", "CLOSED", ""],
      ["SECP73/06", "Open", ""],
      ["SECP74/06", "Open", ""],
      ["SECP75/10", "CLOSED", ""],
      ["SECP75/12", "CLOSED", ""],
      ["SEC76/01", "CLOSED", ""],
    ]);
  });

  it("keep an update's original text apart from its update paragraphs", () => {
    const u = all("update")[1]!.block as ActionUpdate;
    expect(u.original.text.replace(/\s+/g, " ")).toBe("SECAS may publish the ICHIS and PPMID information on the SEC website on behalf of industry.");
    expect(u.paragraphs).toHaveLength(1);
    expect(u.paragraphs[0]!.prose.text).toMatch(/^SECAS \(LE\) noted/);
  });

  it("read every resolution, in lists and inline, with their verbs", () => {
    const verbs: string[] = [];
    for (const item of doc.items) {
      for (const b of blocksOf(item.blocks)) {
        if (b.kind === "list" && b.resolutions) for (const e of b.items) verbs.push(`${item.number.value}:${e.resolution!.verbs[0]!.text}`);
        if (b.kind === "paragraph" && b.resolution) verbs.push(`${item.number.value}:${b.resolution.verbs.map((v) => v.text).join("+")}`);
      }
    }
    expect(verbs.filter((v) => v.startsWith("1:"))).toEqual(["1:NOTED+AGREED"]);
    expect(verbs.filter((v) => v.startsWith("7:"))).toEqual(["7:REQUESTED", "7:APPROVED", "7:APPROVED"]);
    expect(verbs.filter((v) => v.startsWith("8:"))).toEqual(["8:NOTED", "8:CONFIRMED", "8:NOTED"]);
    // Every item records at least one resolution.
    expect(new Set(verbs.map((v) => v.split(":")[0]))).toHaveLength(23);
  });

  it("keep plain lists apart from resolutions", () => {
    const item5 = doc.items[4]!;
    const lists = item5.blocks.filter((b) => b.kind === "list");
    expect(lists.map((l) => (l.kind === "list" ? [l.resolutions, l.items.length] : []))).toEqual([[false, 5], [true, 2]]);
  });

  it("read the summary of each confidential item and the post-meeting note", () => {
    for (const n of [3, 6, 9, 11]) {
      expect(doc.items[n - 1]!.blocks.some((b) => b.kind === "summary" && b.closed)).toBe(true);
    }
    const notes = doc.items[17]!.blocks.flatMap((b) => (b.kind === "paragraph" ? b.prose.notes : []));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.closed).toBe(true);
    expect(notes[0]!.text.text.replace(/\s+/g, " ")).toBe("This issue was raised at the TBDG meeting on 19 February 2020 and the DCC is investigating a solution.");
  });

  it("give every reference token the exact source text at its range", () => {
    for (const item of doc.items) {
      for (const b of blocksOf(item.blocks)) {
        if (b.kind === "action" || b.kind === "update") expect(doc.text.slice(b.id.start, b.id.end)).toBe(b.id.text);
      }
    }
    for (const a of doc.attendees!.attendees) {
      expect(doc.text.slice(a.initials.start, a.initials.end)).toBe(a.initials.text);
      expect(doc.text.slice(a.name.start, a.name.end)).toBe(a.name.text);
    }
    const dki = doc.text.indexOf("(DKi)") + 1;
    const pos = doc.lines.positionAt(dki);
    expect(doc.lines.lineText(pos.line)).toContain("The DCC (DKi) added");
  });
});
