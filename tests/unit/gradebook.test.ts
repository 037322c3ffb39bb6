// `grade`'s folder and --map rules, called directly (no CLI).
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PytutorError } from "../../src/errors.js";
import { parseMap } from "../../src/gradebook/map.js";
import { prepareOut } from "../../src/gradebook/out-folder.js";
import { loadCatalog } from "../../src/catalog/load.js";
import { EXERCISES } from "../helpers/cli.js";

const catalogue = loadCatalog(EXERCISES).exercises;

describe("--map", () => {
  test("file=exercise by id, alias or number; the last «=» splits", () => {
    const map = parseMap(["tarea3.py=ejercicio3", "a=b.py=1", "x.py = gc-ciclos"], catalogue);
    expect(map.get("tarea3.py")?.spec.id).toBe("ejercicio3");
    expect(map.get("a=b.py")?.spec.id).toBe("ejercicio1");
    expect(map.get("x.py")?.spec.id).toBe("ejercicio1");
  });
  test.each(["tarea.py", "=ejercicio1", "t.py=nope", ""])("«%s» is refused", (entry) => {
    expect(() => parseMap([entry], catalogue)).toThrow(PytutorError);
  });
});

describe("output folder", () => {
  const fresh = () => mkdtempSync(join(tmpdir(), "pytutor-unit-out-"));
  test("a new or empty folder is taken and locked; a second taker is refused while held", () => {
    const out = join(fresh(), "out");
    const lock = prepareOut(out, {});
    expect(existsSync(out)).toBe(true);
    expect(() => prepareOut(out, {})).toThrow(PytutorError);
    lock.release();
  });
  test("a folder with something in it needs --resume or --force; --force keeps what is not pytutor's", () => {
    const out = fresh();
    writeFileSync(join(out, "results.json"), "{}");
    writeFileSync(join(out, "mine.txt"), "keep");
    expect(() => prepareOut(out, {})).toThrow(PytutorError);
    prepareOut(out, { resume: true }).release();
    expect(existsSync(join(out, "results.json"))).toBe(true);
    prepareOut(out, { force: true }).release();
    expect(existsSync(join(out, "results.json"))).toBe(false);
    expect(existsSync(join(out, "mine.txt"))).toBe(true);
  });
  test("a path that is a file is refused", () => {
    const out = join(fresh(), "f");
    writeFileSync(out, "x");
    expect(() => prepareOut(out, {})).toThrow(PytutorError);
  });
});
