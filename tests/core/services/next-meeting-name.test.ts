import { describe, expect, it } from "vitest";
import { nextMeetingFileName, parse } from "../../../packages/core/src/index.js";
import { meeting, SEC_CONFIG } from "../../helpers/minutes.js";

const doc77 = (extra = "") => parse(meeting(`item 1: Budget\n\nThe Panel NOTED it.\n${extra}`), { config: SEC_CONFIG });

describe("the next meeting's file name", () => {
  it.each([
    ["sec-panel-77.minutes", "sec-panel-78.minutes"],
    ["SECP_77_1402.minutes", "SECP_78_1402.minutes"],
    ["77.minutes", "78.minutes"],
    ["panel-2020-02-14.minutes", "panel-2020-03-13.minutes"],
    ["minutes.minutes", "next-minutes.minutes"],
    ["panel-177.minutes", "next-panel-177.minutes"],
    ["panel-077.minutes", "panel-078.minutes"],
    ["panel-77-2020-02-14.minutes", "panel-78-2020-03-13.minutes"],
  ])("after %s is %s", (name, next) => {
    expect(nextMeetingFileName(name, doc77("\nnext meeting: 2020-03-13\n"))).toBe(next);
  });

  it("keeps a dated name, prefixed, when the next meeting's date is not known", () => {
    expect(nextMeetingFileName("panel-2020-02-14.minutes", doc77())).toBe("next-panel-2020-02-14.minutes");
  });
});
