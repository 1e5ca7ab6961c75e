import { describe, expect, it } from "vitest";
import { snippetAsText } from "../../packages/language-server/src/features/snippet-text.js";

describe("a snippet written out for a client that cannot take snippets", () => {
  const today = new Date(2020, 1, 14);

  it("fills placeholders with their text, choices with their first value, and drops tab stops", () => {
    expect(snippetAsText("item ${1:24}: ${2:Title}${3: [${4|RED,AMBER,GREEN|}]}\n\n${0}", today)).toBe("item 24: Title [RED]\n\n");
    expect(snippetAsText("action ${1:SECP77/03}: ${2:DCC} ${3|to,may|} ${4:do what is needed}.${5: [due ${6:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}]}\n${0}", today)).toBe(
      "action SECP77/03: DCC to do what is needed. [due 2020-02-14]\n",
    );
  });

  it("undoes the escapes of the settings' words", () => {
    expect(snippetAsText("The \\$Board\\} ${1|NOTED\\,x,AGREED|} $2.", today)).toBe("The $Board} NOTED,x .");
  });

  it("leaves a dollar that starts no placeholder as it is", () => {
    expect(snippetAsText("costs $ 5 and ${ unclosed", today)).toBe("costs $ 5 and ${ unclosed");
  });
});
