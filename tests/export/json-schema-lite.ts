/*
 * A small JSON Schema (2020-12) validator for the keywords schema/minutes-document.schema.json
 * uses. It refuses a schema with any other keyword, so the schema cannot grow a rule that the
 * tests silently ignore.
 */

type Schema = boolean | { readonly [keyword: string]: unknown };

const KNOWN = new Set([
  "$schema", "$id", "$ref", "$defs", "title", "description",
  "type", "const", "enum", "pattern", "minimum",
  "properties", "required", "additionalProperties", "items", "oneOf", "anyOf", "allOf",
]);

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  check(root, root, value, "$", errors);
  return errors;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith("#/")) throw new Error(`only local $ref is supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function check(root: Schema, schema: Schema, value: unknown, path: string, errors: string[]): void {
  if (schema === true) return;
  if (schema === false) {
    errors.push(`${path}: no value is allowed here`);
    return;
  }
  for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword)) throw new Error(`unsupported keyword ${keyword} at ${path}`);
  const s = schema as Record<string, unknown>;
  if (typeof s["$ref"] === "string") check(root, resolve(root, s["$ref"]), value, path, errors);
  if (s["type"] !== undefined) {
    const types = Array.isArray(s["type"]) ? (s["type"] as string[]) : [s["type"] as string];
    const actual = typeOf(value);
    if (!types.some((t) => t === actual || (t === "number" && actual === "integer"))) errors.push(`${path}: expected ${types.join("|")}, got ${actual}`);
  }
  if ("const" in s && JSON.stringify(s["const"]) !== JSON.stringify(value)) errors.push(`${path}: expected ${JSON.stringify(s["const"])}`);
  if (Array.isArray(s["enum"]) && !s["enum"].some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s["enum"])}`);
  }
  if (typeof s["pattern"] === "string" && typeof value === "string" && !new RegExp(s["pattern"], "u").test(value)) {
    errors.push(`${path}: ${JSON.stringify(value)} does not match ${s["pattern"]}`);
  }
  if (typeof s["minimum"] === "number" && typeof value === "number" && value < s["minimum"]) errors.push(`${path}: below ${s["minimum"]}`);
  if (typeOf(value) === "object") {
    const object = value as Record<string, unknown>;
    for (const key of (s["required"] as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}: missing ${key}`);
    const properties = (s["properties"] as Record<string, Schema> | undefined) ?? {};
    for (const [key, child] of Object.entries(object)) {
      if (key in properties) check(root, properties[key]!, child, `${path}.${key}`, errors);
      else if (s["additionalProperties"] === false) errors.push(`${path}: unexpected property ${key}`);
      else if (typeof s["additionalProperties"] === "object") check(root, s["additionalProperties"] as Schema, child, `${path}.${key}`, errors);
    }
  }
  if (Array.isArray(value) && s["items"] !== undefined) value.forEach((v, i) => check(root, s["items"] as Schema, v, `${path}[${i}]`, errors));
  const count = (list: Schema[]) => list.filter((sub) => validate2(root, sub, value)).length;
  if (Array.isArray(s["allOf"])) for (const sub of s["allOf"] as Schema[]) check(root, sub, value, path, errors);
  if (Array.isArray(s["anyOf"]) && count(s["anyOf"] as Schema[]) === 0) errors.push(`${path}: matches none of anyOf`);
  if (Array.isArray(s["oneOf"])) {
    const n = count(s["oneOf"] as Schema[]);
    if (n !== 1) errors.push(`${path}: matches ${n} of oneOf, expected exactly 1`);
  }
}

function validate2(root: Schema, schema: Schema, value: unknown): boolean {
  const errors: string[] = [];
  check(root, schema, value, "", errors);
  return errors.length === 0;
}
