import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { compilePattern, matcherFor } from "../../src/grade/patterns.js";
import { LinePatternSchema } from "../../src/spec/schema.js";
import { loadSpecFile } from "../../src/spec/load.js";
import { EXERCISES } from "../helpers/cli.js";

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

// The wordings a teacher accepts for ejercicio2's downloads, against the real spec.
describe("ejercicio2 accepts the wordings a teacher would accept", () => {
  const { spec } = loadSpecFile(join(EXERCISES, "ejercicio2", "exercise.yaml"));
  if (!spec) throw new Error("ejercicio2 spec does not load");
  const inicio = matcherFor(spec, "inicio");
  const fin = matcherFor(spec, "fin");
  const resumen = matcherFor(spec, "resumen");

  test.each([
    "Iniciando descarga de Archivo 1",
    "Comienza la descarga de Archivo1.txt",
    "Comenzando la descarga de Archivo 1",
    "Empezando a descargar archivo_1...",
    "Descargando Archivo 1",
    "Starting download of File 1",
    "[Thread-1] Inicio de la descarga: Archivo 1",
  ])("start: %s", (line) => {
    expect(inicio.test(line)).toBe(true);
    expect(fin.test(line)).toBe(false);
    expect(inicio.item(line)).toBe("1");
  });

  test.each([
    "Archivo 1 descargado en 3 segundos",
    "Descarga de Archivo 1 completada",
    "Archivo1.txt: descarga finalizada (3 s)",
    "Fin de la descarga de Archivo 1",
    "Se descargó Archivo 1",
    "File 1 downloaded",
    "Download of File 1 completed",
    "Archivo 1 listo",
  ])("end: %s", (line) => {
    expect(fin.test(line)).toBe(true);
    expect(inicio.test(line)).toBe(false);
    expect(fin.item(line)).toBe("1");
  });

  test.each([
    "Todas las descargas completadas en 5.01 segundos",
    "Descargas completadas en 5.01 segundos",
    "All downloads finished in 5.0 s",
    "Resumen: todo listo en 5.0 s",
    "Tiempo total: 5.01 s",
    "Tiempo transcurrido: 5.01 s",
  ])("summary: %s", (line) => {
    expect(resumen.test(line)).toBe(true);
    expect(fin.test(line) && fin.item(line) !== undefined).toBe(false);
  });
});
