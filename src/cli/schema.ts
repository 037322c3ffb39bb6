// `pytutor schema`: the spec's JSON Schema, for editor completion.
import { z } from "zod";
import { SpecSchema } from "../spec/schema.js";

export function runSchema(): number {
  const schema = z.toJSONSchema(SpecSchema, { io: "input", unrepresentable: "any" });
  process.stdout.write(`${JSON.stringify({ ...schema, title: "pytutor exercise spec" }, null, 2)}\n`);
  return 0;
}
