import { describe, expect, test } from "vitest";
import { itemKey, normalizeLine, visible } from "../../src/grade/normalize.js";

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
