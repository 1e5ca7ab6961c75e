import { describe, expect, it } from "vitest";
import { FolderIndex, indexFolder, InMemoryFiles, parse, validate } from "../../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";

describe("a committee's folder, read through the files interface", () => {
  it("indexes every meeting of the folder, names what it cannot read, and follows actions across meetings", async () => {
    const files = new InMemoryFiles({
      "/panel/sec-panel-77.minutes": example("sec-panel-77.minutes"),
      "/panel/sec-panel-78.minutes": example("sec-panel-78.minutes"),
      "/panel/notes.txt": "not minutes",
      "/other/sec-panel-79.minutes": "meeting: elsewhere",
    });
    const unreadable = new (class extends InMemoryFiles {
      override async read(file: string) {
        return file.endsWith("broken.minutes") ? undefined : super.read(file);
      }
    })({ ...Object.fromEntries([["/panel/broken.minutes", ""]]) });
    const { index, files: listed, skipped } = await indexFolder(files, "/panel", SEC_CONFIG);
    expect(listed).toEqual(["/panel/sec-panel-77.minutes", "/panel/sec-panel-78.minutes"]);
    expect(skipped).toEqual([]);
    expect(index.meetings().map((m) => m.number)).toEqual([77, 78]);
    expect(index.action("SECP77/02")?.raised?.meeting.uri).toBe("/panel/sec-panel-77.minutes");
    expect(index.action("SECP77/02")?.updates.map((u) => u.meeting.number)).toEqual([78]);
    const doc78 = index.get("/panel/sec-panel-78.minutes")!.doc;
    const codes = validate(doc78, { config: SEC_CONFIG, uri: "/panel/sec-panel-78.minutes", index }).map((d) => d.code);
    expect(codes).toContain("update-unknown-action");
    expect((await indexFolder(unreadable, "/panel", SEC_CONFIG)).skipped).toEqual(["/panel/broken.minutes"]);
  });
});

describe("what the folder index answers after a change", () => {
  it("follows an edit to a meeting: its open actions, the meetings by number, and what each raised", () => {
    const index = new FolderIndex(SEC_CONFIG);
    index.set("/panel/77.minutes", parse(example("sec-panel-77.minutes"), { config: SEC_CONFIG }));
    const text78 = example("sec-panel-78.minutes");
    index.set("/panel/78.minutes", parse(text78, { config: SEC_CONFIG }));
    const openAfter78 = () => index.openAtEnd("/panel/78.minutes").map((r) => r.id);
    expect(openAfter78()).not.toContain("SECP77/02");
    expect(index.actionsRaisedAt(77)).toEqual(["SECP77/01", "SECP77/02", "SECP77/03", "SECP77/04", "SECP77/05", "SECP77/06", "SECP77/07"]);
    // Meeting 78 now records SECP77/02 as still open, and is renumbered 79.
    const reopened = text78.replace("on 19 February 2020. Status: CLOSED.", "on 19 February 2020. Status: Open.").replace("number: 78", "number: 79");
    index.set("/panel/78.minutes", parse(reopened, { config: SEC_CONFIG }));
    expect(openAfter78()).toContain("SECP77/02");
    expect(index.meetingsNumbered(78)).toEqual([]);
    expect(index.meetingsNumbered(79).map((m) => m.uri)).toEqual(["/panel/78.minutes"]);
  });
});
