// The validated-catalogue cache is used only while every folder, spec and
// statement it was read from is unchanged, and it notices a program added or
// removed anywhere a spec can name one, without listing a folder to find out.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { catalogIdentities, readCachedExercise, readCachedIds, readCatalogCache, writeCatalogCache } from "../../src/catalog/catalog-cache.js";
import type { Exercise } from "../../src/catalog/exercise.js";

const FIXTURE = join(import.meta.dirname, "..", "..", "exercises");
const saved = process.env.PYTUTOR_CACHE_DIR;

beforeAll(() => {
  process.env.PYTUTOR_CACHE_DIR = mkdtempSync(join(tmpdir(), "pytutor-catcache-"));
});
afterAll(() => {
  if (saved === undefined) delete process.env.PYTUTOR_CACHE_DIR;
  else process.env.PYTUTOR_CACHE_DIR = saved;
});

// A copy of two built-in exercises, cached as read now.
function cached(): string {
  const root = mkdtempSync(join(tmpdir(), "pytutor-cat-"));
  for (const id of ["ejercicio1", "ejercicio8"]) cpSync(join(FIXTURE, id), join(root, id), { recursive: true });
  const exercises = [
    { spec: { id: "ejercicio1", alias: "ciclos", order: 1, title: { es: "Ciclos ñ", en: "Cycles" } }, dir: join(root, "ejercicio1"), specFile: join(root, "ejercicio1", "exercise.yaml") },
    { spec: { id: "ejercicio8", alias: "lru-cache", order: 8 }, dir: join(root, "ejercicio8"), specFile: join(root, "ejercicio8", "exercise.yaml") },
  ] as unknown as Exercise[];
  writeCatalogCache(root, { exercises, course: { es: "Curso", en: "Course" } }, catalogIdentities(root));
  return root;
}

describe("the catalogue cache", () => {
  test("is read back while nothing changed, and records folders and specs, not programs", () => {
    const root = cached();
    expect(readCatalogCache(root)?.course).toEqual({ es: "Curso", en: "Course" });
    const recorded = Object.keys(catalogIdentities(root));
    expect(recorded).toEqual(expect.arrayContaining([".", "ejercicio1", join("ejercicio1", "exercise.yaml"), join("ejercicio1", "alternatives", "ciegas")]));
    expect(recorded.some((path) => path.endsWith(".py"))).toBe(false);
  });

  const changes: Array<[string, (root: string) => void]> = [
    ["a spec edited to the same length", (root) => {
      const spec = join(root, "ejercicio1", "exercise.yaml");
      writeFileSync(spec, readFileSync(spec, "utf8").replace("ejercicio1", "ejercicioX"));
    }],
    ["a statement removed", (root) => rmSync(join(root, "ejercicio8", "statement.en.md"))],
    ["a program added three folders down", (root) => writeFileSync(join(root, "ejercicio1", "alternatives", "ciegas", "nuevo.py"), "pass\n")],
    ["a program renamed", (root) => renameSync(join(root, "ejercicio1", "solution.py"), join(root, "ejercicio1", "solucion.py"))],
    ["an exercise folder added", (root) => mkdirSync(join(root, "ejercicio9"))],
    ["a program folder removed", (root) => rmSync(join(root, "ejercicio8", "variants"), { recursive: true })],
  ];
  test.each(changes)("is not used after %s", async (_what, change) => {
    const root = cached();
    expect(readCatalogCache(root)).toBeDefined();
    // A file's times move by the kernel's clock tick (a few ms on Linux): a
    // person's edit comes later than that after the cache was written.
    await new Promise((done) => setTimeout(done, 25));
    change(root);
    expect(readCatalogCache(root)).toBeUndefined();
  });

  test("one exercise is read alone, by id, alias or number, and stays readable while only other exercises' statements or programs change", async () => {
    const root = cached();
    expect(readCatalogCache(root)?.exercises.map((e) => e.spec.id)).toEqual(["ejercicio1", "ejercicio8"]);
    for (const name of ["ejercicio1", " Ciclos", "1"]) expect(readCachedExercise(root, name)?.spec).toMatchObject({ id: "ejercicio1", title: { es: "Ciclos ñ" } });
    expect(readCachedExercise(root, "ejercicio8")?.spec.alias).toBe("lru-cache");
    expect(readCachedExercise(root, "ejercicio9")).toBeUndefined();
    expect(readCachedIds(root)).toEqual(["ejercicio1", "ejercicio8"]);
    await new Promise((done) => setTimeout(done, 25));
    writeFileSync(join(root, "ejercicio8", "statement.en.md"), "changed\n");
    writeFileSync(join(root, "ejercicio8", "variants", "nuevo.py"), "pass\n");
    expect(readCatalogCache(root)).toBeUndefined();
    expect(readCachedExercise(root, "ejercicio1")?.spec.id).toBe("ejercicio1");
    expect(readCachedIds(root)).toEqual(["ejercicio1", "ejercicio8"]);
    expect(readCachedExercise(root, "ejercicio8")).toBeUndefined();
  });

  const spoilers: Array<[string, (root: string) => void]> = [
    ["its own statement edited", (root) => writeFileSync(join(root, "ejercicio1", "enunciado.es.md"), "otro\n")],
    ["a program added to its own folders", (root) => writeFileSync(join(root, "ejercicio1", "variants", "ciegas", "nuevo.py"), "pass\n")],
    ["another exercise's spec edited (an alias could now be shared)", (root) => {
      const spec = join(root, "ejercicio8", "exercise.yaml");
      writeFileSync(spec, readFileSync(spec, "utf8").replace("lru-cache", "ciclos"));
    }],
    ["an exercise folder added", (root) => mkdirSync(join(root, "ejercicio9"))],
  ];
  test.each(spoilers)("one exercise alone is not read from the cache after %s", async (_what, change) => {
    const root = cached();
    expect(readCachedExercise(root, "ejercicio1")).toBeDefined();
    await new Promise((done) => setTimeout(done, 25));
    change(root);
    expect(readCachedExercise(root, "ejercicio1")).toBeUndefined();
  });

  test("identities taken before a spec was edited no longer match it", () => {
    const root = mkdtempSync(join(tmpdir(), "pytutor-cat-"));
    cpSync(join(FIXTURE, "ejercicio1"), join(root, "ejercicio1"), { recursive: true });
    const before = catalogIdentities(root);
    // The spec changes while the catalogue is being read; the cache is written with what was seen before.
    writeFileSync(join(root, "ejercicio1", "exercise.yaml"), "id: ejercicio1\n");
    writeCatalogCache(root, { exercises: [], course: { es: "", en: "" } }, before);
    expect(readCatalogCache(root)).toBeUndefined();
  });
});
