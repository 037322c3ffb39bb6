import { describe, expect, test } from "vitest";
import { compilePattern } from "../../src/grade/patterns.js";
import { LinePatternSchema } from "../../src/catalog/schema.js";

const p = (raw: unknown) => compilePattern(LinePatternSchema.parse(raw));

describe("line patterns", () => {
  test.each([
    [{ exact: "Hola mundo" }, "hola mundo  \r", true],
    [{ exact: "Hola mundo" }, "Hola mundo!", false],
    [{ exact: "Hola", caseSensitive: true }, "hola", false],
    [{ contains: "descarga completada" }, "La DESCARGA completada.", true],
    [{ contains: "canción" }, "cancio\u0301n lista", true],
    [{ contains: "canción", accentSensitive: true }, "cancion lista", false],
    [{ regex: "^fin (\\d+)$" }, "FIN 3", true],
    [{ regex: "archivo", not: "todos" }, "todos los archivos", false],
    [{ regex: "inici", item: "archivo (\\d+)" }, "Iniciando", false],
    [{ exact: "" }, "", true],
  ])("%j on %j → %s", (raw, line, expected) => {
    expect(p(raw).test(line)).toBe(expected);
  });

  test("items are extracted and normalised", () => {
    const m = p({ regex: "inici", item: "(?:archivo|file)\\s*(?<item>\\d+)" });
    expect(m.item("Iniciando descarga de Archivo 01")).toBe("1");
    expect(m.item("Iniciando descarga de archivo1.txt")).toBe("1");
    expect(m.item("Iniciando")).toBeUndefined();
  });

  test("occurrences counts repeats in one line (merged output)", () => {
    const m = p({ regex: "iniciando descarga" });
    expect(m.occurrences("Iniciando descarga deIniciando descarga de Archivo 1")).toBe(2);
    expect(m.occurrences("Iniciando descarga de Archivo 1")).toBe(1);
  });
});

// ejercicio2 no longer reads the downloads' wording: its threads are found by what
// they did (tests/unit/grade.test.ts, the catalogue's blind answers).

