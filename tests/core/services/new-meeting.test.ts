import { describe, expect, it } from "vitest";
import { newMeetingText, parse } from "../../../packages/core/src/index.js";
import { example, SEC_CONFIG } from "../../helpers/minutes.js";

describe("the next meeting drafted from this one", () => {
  it("is written with this meeting's line ends, every line of it", () => {
    const crlf = parse(example("sec-panel-77.minutes").replace(/\r?\n/g, "\r\n"), { config: SEC_CONFIG });
    const text = newMeetingText(crlf, "/panel/sec-panel-77.minutes", undefined, SEC_CONFIG);
    expect(text).toContain("number: 78\r\n");
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lf = newMeetingText(parse(example("sec-panel-77.minutes"), { config: SEC_CONFIG }), "/panel/sec-panel-77.minutes", undefined, SEC_CONFIG);
    expect(lf).not.toContain("\r");
  });
});
