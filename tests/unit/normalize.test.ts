import { describe, expect, test } from "vitest";
import { firstDifference, itemKey, normalizeLine, visible, type NormalizeOptions } from "../../src/grade/normalize.js";

const loose = { caseSensitive: false, accentSensitive: false };
const strict = { caseSensitive: true, accentSensitive: true };

describe("normalizeLine", () => {
  test.each([
    ["CRLF", "Hola mundo\r", "hola mundo"],
    ["trailing spaces", "Hola mundo   ", "hola mundo"],
    ["tabs and runs of spaces", "Hola\t\t  mundo", "hola mundo"],
    ["NBSP", "Hola\u00a0mundo", "hola mundo"],
    ["NFD accents", "Descarga completada: cafe\u0301", "descarga completada: cafe"],
    ["NFC accents", "Descarga completada: café", "descarga completada: cafe"],
    ["upper case", "ARCHIVO 1", "archivo 1"],
    ["empty", "", ""],
  ])("%s", (_name, input, expected) => {
    expect(normalizeLine(input, loose)).toBe(expected);
  });

  test("strict keeps case and accents, still folds NFD to NFC", () => {
    expect(normalizeLine("Café\r", strict)).toBe("Café");
    expect(normalizeLine("Cafe\u0301", strict)).toBe("Café");
  });
});

describe("itemKey", () => {
  test.each([
    ["1", "1"],
    ["01", "1"],
    ["Archivo 1", "archivo1"],
    ["archivo1.txt", "archivo1"],
    ["Árbol_2", "arbol2"],
  ])("%s → %s", (input, expected) => {
    expect(itemKey(input)).toBe(expected);
  });
});

describe("visible", () => {
  test.each([
    ["trailing spaces", "hola  ", "hola··"],
    ["tab", "a\tb", "a→b"],
    ["carriage return", "a\r", "a␍"],
    ["NBSP", "a\u00a0b", "a⍽b"],
    ["zero-width space", "a\u200bb", "a⌑b"],
    ["control byte", "a\u0007b", "a\\x07b"],
    ["plain", "Archivo 1", "Archivo 1"],
  ])("%s", (_name, input, expected) => {
    expect(visible(input)).toBe(expected);
  });
});

describe("firstDifference: where a near miss departs from the expected text", () => {
  const loose = { caseSensitive: false, accentSensitive: false };
  const at = (line: string, expected: string, options: NormalizeOptions = loose) => firstDifference(line, normalizeLine(expected, options), options)?.at;
  test("points at the first character that differs, in the line as printed", () => {
    expect(at("Total 3 descargas", "Total: 3 descargas")).toBe(5);
    // Repeated and leading spaces collapse for the comparison, not for the index.
    expect(at("  Iniciando   descarga de árchivo 1", "iniciando descarga de archivo 2")).toBe(34);
    expect(at("Todas las descarga completadas", "todas las descargas completadas")).toBe(18);
  });
  test("a line that stops short: its length; an equal line: none", () => {
    expect(at("Hola", "hola mundo")).toBe(4);
    expect(at("Ünico", "unico")).toBeUndefined();
  });
  test("with significant whitespace, a doubled space is the difference", () => {
    const strict = { ...loose, whitespace: "significant" as const };
    expect(at("a  b", "a b", strict)).toBe(2);
    expect(at("a  b", "a b")).toBeUndefined();
  });
});
