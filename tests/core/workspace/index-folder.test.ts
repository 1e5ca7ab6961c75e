import { describe, expect, it } from "vitest";
import { indexFolder, InMemoryFiles, validate } from "../../../packages/core/src/index.js";
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
