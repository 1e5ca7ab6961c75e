import { describe, expect, it } from "vitest";
import { FolderIndex, indexFolder, InMemoryFiles, parse, validate } from "../../../packages/core/src/index.js";
import { example, meetingOn, SEC_CONFIG } from "../../helpers/minutes.js";

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

describe("an action's state, replayed from its history", () => {
  const updated = (id: string, status: string) => `item 1: Actions\n\nupdate ${id}: SECAS to publish the paper.\n\nIn hand. Status: ${status}.\n`;
  const raising = (id: string) => `item 1: Actions\n\naction ${id}: SECAS to publish the paper.\n`;
  const index = new FolderIndex(SEC_CONFIG);
  // SECP70/01, raised before the folder begins, is closed at 78 and its ID raised again at 80.
  index.set("/panel/78.minutes", parse(meetingOn(78, "2020-03-13", updated("SECP70/01", "Closed")), { config: SEC_CONFIG }));
  index.set("/panel/79.minutes", parse(meetingOn(79, "2020-04-17", updated("SECP80/01", "Open")), { config: SEC_CONFIG }));
  index.set("/panel/80.minutes", parse(meetingOn(80, "2020-05-15", raising("SECP70/01") + "\n" + raising("SECP80/01").replace("item 1: Actions\n\n", "")), { config: SEC_CONFIG }));
  const openAfter = (n: number) => index.openAtEnd(`/panel/${n}.minutes`).map((r) => r.id);

  it("opens an action at the meeting that raises it, whatever earlier updates said", () => {
    expect(openAfter(78)).not.toContain("SECP70/01");
    expect(openAfter(79)).not.toContain("SECP70/01");
    expect(openAfter(80)).toContain("SECP70/01");
    expect(index.stateBefore("SECP70/01", "/panel/80.minutes")).toMatchObject({ state: "closed" });
  });

  it("takes an update's status before the raising as the action's state until then", () => {
    expect(openAfter(79)).toContain("SECP80/01");
    expect(openAfter(80)).toContain("SECP80/01");
    expect(index.stateBefore("SECP80/01", "/panel/80.minutes")).toMatchObject({ state: "open" });
  });
});
