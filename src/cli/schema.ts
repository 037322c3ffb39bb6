// `pytutor schema`: the spec's JSON Schema, for editor completion; with
// --course, the course file's.
import { z } from "zod";
import { SpecSchema } from "../catalog/schema.js";
import { courseJsonSchema } from "../course/schema.js";

export function runSchema(options: { course?: boolean } = {}): number {
  if (options.course) {
    process.stdout.write(`${JSON.stringify(courseJsonSchema(), null, 2)}\n`);
    return 0;
  }
  const schema = z.toJSONSchema(SpecSchema, { io: "input", unrepresentable: "any" });
  process.stdout.write(`${JSON.stringify({ ...schema, title: "pytutor exercise spec" }, null, 2)}\n`);
  return 0;
}
