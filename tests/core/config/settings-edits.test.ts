/*
 * The edit of a committee's settings file that names the body (`body-name-unknown`'s fix in the
 * editor): it inserts only the name, keeps the file's layout, and is not offered where the file
 * cannot be read as settings.
 */
import { describe, expect, it } from "vitest";
import { applyEdits, bodyNameEdit, newSettingsNamingBody, readConfig } from "../../../packages/core/src/index.js";

function named(text: string, name = "The Council"): string {
  const edit = bodyNameEdit(text, name);
  expect(edit, text).toBeDefined();
  return applyEdits(text, [edit!]).text;
}

describe("bodyNameEdit", () => {
  it("puts the name first in the file's `bodyNames`, leaving the rest of the file as it was", () => {
    const text = '{\n  "$schema": "../schema/minutes.config.schema.json",\n  "bodyNames": ["The Panel", "The SEC Panel"],\n  "actionIds": { "prefix": "SECP" }\n}\n';
    const after = named(text);
    expect(after).toBe(text.replace('["The Panel"', '["The Council", "The Panel"'));
    expect(readConfig(after).config.bodyNames).toEqual(["The Council", "The Panel", "The SEC Panel"]);
    expect(named('{"bodyNames": [ ]}')).toBe('{"bodyNames": ["The Council" ]}');
  });

  it("adds `bodyNames` at the top of a file without it, in the file's indentation and line ends", () => {
    const text = '{\r\n    "actionIds": { "prefix": "PC" }\r\n}\r\n';
    const after = named(text);
    expect(after).toBe('{\r\n    "bodyNames": ["The Council"],\r\n    "actionIds": { "prefix": "PC" }\r\n}\r\n');
    expect(readConfig(after).config.bodyNames).toEqual(["The Council"]);
    expect(readConfig(named("{}")).config.bodyNames).toEqual(["The Council"]);
  });

  it("reads only the top-level member: not a key of that name inside another object, nor a value that spells it", () => {
    const text = '{\n  "note": "bodyNames",\n  "severity": { "bodyNames": "off" },\n  "bodyNames": ["The Board"]\n}\n';
    expect(named(text)).toContain('"bodyNames": ["The Council", "The Board"]');
    expect(named(text)).toContain('"severity": { "bodyNames": "off" }');
  });

  it("offers nothing for a file that is no JSON object, a `bodyNames` that is no list, or a name already there", () => {
    for (const text of ['{ "bodyNames": ["The Panel", }', "[]", '"x"', '{ "bodyNames": "The Panel" }', '{ "bodyNames": ["The Council"] }']) {
      expect(bodyNameEdit(text, "The Council"), text).toBeUndefined();
    }
  });

  it("writes a new file that names the body, with a name that needs escaping kept as written", () => {
    const text = newSettingsNamingBody('The "Old" Guild');
    expect(readConfig(text).config.bodyNames).toEqual(['The "Old" Guild']);
  });
});
