import { describe, expect, it } from "vitest";
import { locate, renameProblem, semanticsOf } from "../../../packages/core/src/index.js";
import { meetingOn, SEC_CONFIG } from "../../helpers/minutes.js";
import { folder } from "../validation/checks/spec.js";

describe("renaming an action", () => {
  // Found by the rename property (tests/fuzz/rename-actions.test.ts): the folder knows one raising
  // of an ID, so a rename at the other moved the first action's updates and left the second.
  it("is refused when the ID is raised more than once, saying where", () => {
    const index = folder({
      "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish the budget.\n"),
      "/panel/78.minutes": meetingOn(78, "2020-03-13", "item 1: Actions\n\naction SECP77/01: SECAS to publish the timetable.\n"),
      "/panel/79.minutes": meetingOn(79, "2020-04-17", "item 1: Actions\n\naction SECP79/01: SECAS to publish it.\naction SECP79/01: DCC to publish it.\n"),
    });
    const problemAt = (uri: string, id: string, newName: string) => {
      const doc = index.get(uri)!.doc;
      const s = semanticsOf(doc, SEC_CONFIG);
      return renameProblem(s, index, locate(s, doc.text.indexOf(id))!, newName);
    };
    expect(problemAt("/panel/78.minutes", "SECP77/01", "SECP77/05")).toBe("`SECP77/01` is raised 2 times (in 77.minutes and 78.minutes): give each action its own ID first, then rename.");
    expect(problemAt("/panel/79.minutes", "SECP79/01", "SECP79/05")).toBe("`SECP79/01` is raised 2 times (in 79.minutes): give each action its own ID first, then rename.");
    // Raised once, it may be renamed.
    const once = folder({ "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish the budget.\n") });
    const doc = once.get("/panel/77.minutes")!.doc;
    const s = semanticsOf(doc, SEC_CONFIG);
    expect(renameProblem(s, once, locate(s, doc.text.indexOf("SECP77/01"))!, "SECP77/05")).toBeUndefined();
  });
});
