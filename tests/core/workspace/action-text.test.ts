import { describe, expect, it } from "vitest";
import { carryForwardFix, complete, describeAction, registerRows, semanticsOf } from "../../../packages/core/src/index.js";
import { meeting, SEC_CONFIG } from "../../helpers/minutes.js";
import { folder } from "../validation/checks/spec.js";

/*
 * An action raised before the folder begins is known only from its updates, and its wording
 * may change between them. Every feature that shows its text shows the same one: the latest
 * restatement, on one line.
 */
const at = (number: number, date: string, items: string) =>
  meeting(items).replace("meeting: SEC Panel Meeting 77", `meeting: SEC Panel Meeting ${number}`).replace("number: 77", `number: ${number}`).replace("date: 2020-02-14", `date: ${date}`);

const index = folder({
  "/panel/78.minutes": at(78, "2020-03-13", "item 1: Actions\n\nupdate SECP70/01: SECAS to investigate the\n  deferment of certificate updates.\n\nIn hand. Status: Open.\n"),
  "/panel/79.minutes": at(79, "2020-04-17", "item 1: Actions\n\nupdate SECP70/01: SECAS to investigate deferring certificate updates in a SoLR event.\n\nIn hand. Status: Open.\n"),
  "/panel/80.minutes": at(80, "2020-05-15", "item 1: Actions\n\nupdate \n"),
});
const LATEST = "SECAS to investigate deferring certificate updates in a SoLR event.";

describe("an action's text, wherever it is shown", () => {
  it("is its latest restatement, on one line, in the register, the hover, completion and the carry-forward stub", () => {
    expect(registerRows(index).find((r) => r.id === "SECP70/01")?.text).toBe(LATEST);
    expect(describeAction(index, "SECP70/01")).toContain(`> ${LATEST}`);
    const doc80 = index.get("/panel/80.minutes")!.doc;
    const offset = doc80.text.indexOf("update ") + "update ".length;
    const candidate = complete(semanticsOf(doc80, SEC_CONFIG), index, "/panel/80.minutes", offset).find((c) => c.label === "SECP70/01");
    expect(candidate?.documentation).toBe(LATEST);
    expect(candidate?.insertText).toBe(`SECP70/01: ${LATEST}`);
    const stub = carryForwardFix(doc80, "/panel/80.minutes", index)?.edits.map((e) => e.newText).join("");
    expect(stub).toContain(`update SECP70/01: ${LATEST}\n`);
  });
});
