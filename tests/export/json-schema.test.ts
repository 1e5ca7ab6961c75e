import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { renderJson, SCHEMA_VERSION, visibleContent } from "../../packages/core/src/export/index.js";
import { example, minutes, ROOT, SEC_CONFIG } from "./helpers.js";
import { validate } from "./json-schema-lite.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schema", "minutes-document.schema.json"), "utf8")) as Record<string, unknown>;

describe("schema/minutes-document.schema.json", () => {
  test("is draft 2020-12 and names the current schema version", () => {
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect((schema["properties"] as Record<string, { const?: number }>)["schemaVersion"]!.const).toBe(SCHEMA_VERSION);
  });

  test.each(["sec-panel-77", "sec-panel-78"])("%s validates, public and confidential", (name) => {
    const doc = example(`${name}.minutes`);
    for (const confidential of [false, true]) {
      const json = JSON.parse(renderJson(visibleContent(doc, { confidential, config: SEC_CONFIG }), { draft: confidential }));
      expect(validate(schema, json)).toEqual([]);
    }
  });

  test("a sparse meeting validates too (nulls where the minutes say nothing)", () => {
    const doc = minutes("meeting: Sparse\nnumber: x\ndate: 31 February 2020\n\nitem 1: Only [AMBERR]\n\nText.\n\naction SECP1/01: [due someday]\n");
    const json = JSON.parse(renderJson(visibleContent(doc, { confidential: true, config: SEC_CONFIG })));
    expect(validate(schema, json)).toEqual([]);
    expect(json.meeting.date).toBeNull();
    expect(json.meeting.number).toBeNull();
  });

  test("the validator catches what the schema forbids", () => {
    const doc = example("sec-panel-78.minutes");
    const json = JSON.parse(renderJson(visibleContent(doc, { confidential: false, config: SEC_CONFIG })));
    json.meeting.date = "13 March 2020";
    json.items[0].blocks[0].extra = true;
    delete json.actions[0].owner;
    expect(validate(schema, json)).toEqual([
      '$.meeting.date: "13 March 2020" does not match ^\\d{4}-\\d{2}-\\d{2}$',
      "$.items[0].blocks[0]: matches 0 of oneOf, expected exactly 1",
      "$.actions[0]: missing owner",
    ]);
  });
});
