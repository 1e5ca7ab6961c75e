import { describe, expect, it } from "vitest";
import { hover, semanticsOf } from "../../../packages/core/src/index.js";
import { meetingOn, SEC_CONFIG } from "../../helpers/minutes.js";
import { folder } from "../validation/checks/spec.js";

/* The hover says what the checks say: never a different story about the same word. */

const index = folder({
  "/panel/77.minutes": meetingOn(77, "2020-02-14", "item 1: Actions\n\naction SECP77/01: SECAS to publish the budget.\n"),
  "/panel/78.minutes": meetingOn(78, "2020-03-13", "item 1: Actions\n\nupdate SECP77/09: SECAS to circulate the plan.\n\nDone. Status: Closed.\n\nupdate SECP70/01: SECAS to review.\n\nIn hand. Status: Open.\n\nThe Panel Noted the updates.\n"),
});
const doc78 = index.get("/panel/78.minutes")!.doc;
const at = (needle: string) => hover(semanticsOf(doc78, SEC_CONFIG), index, doc78.text.indexOf(needle))?.contents ?? "";

describe("hover", () => {
  it("on an update of an action its raising meeting, in the folder, never raised, says so", () => {
    expect(at("SECP77/09")).toContain("**SECP77/09**: no such action was raised at meeting 77, which is in this folder");
  });

  it("on an update of an action raised before the folder begins, says it is known from its updates", () => {
    expect(at("SECP70/01")).toContain("**SECP70/01**: raised at a meeting not in this folder");
  });

  it("on a verb in the wrong case, names the verb it is", () => {
    expect(at("Noted")).toMatch(/^`Noted` is the resolution verb \*\*NOTED\*\* written in another case/);
  });
});
