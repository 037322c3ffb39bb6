import { describe, expect, test } from "vitest";
import { feedbackFileName, studentFeedback } from "../../src/report/batch/feedback.js";
import { gradebookCsv } from "../../src/report/batch/gradebook.js";
import { htmlReport } from "../../src/report/batch/html.js";
import { batchJunit } from "../../src/report/batch/junit.js";
import { canvasCsv, moodleCsv } from "../../src/report/batch/lms.js";
import { batchDocument, FORMULA_NAME, TRICKY_NAME } from "../helpers/batch-doc.js";

const doc = batchDocument();

// RFC 4180 read back: quoted fields may hold the separator, quotes and line ends.
function parseCsv(text: string, separator: "," | ";" = ","): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  const endField = () => {
    rows[rows.length - 1]?.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (quoted) field += ch;
    else if (ch === separator) endField();
    else if (ch === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push([]);
      i++;
    } else field += ch;
  }
  if (field) endField();
  return rows.filter((row) => row.length > 0);
}

describe("gradebook.csv", () => {
  const text = gradebookCsv(doc, "es");

  test("UTF-8 with a BOM, CRLF line ends", () => {
    expect(text.startsWith("\uFEFFEstudiante;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("cell by cell: grades 0–10 with a decimal comma split on `;`, empty when not submitted, formulas defused", () => {
    expect(parseCsv(text.slice(1), ";")).toEqual([
      ["Estudiante", "ID de estudiante", "ejercicio1", "ejercicio2", "Total"],
      ["'=1+1", "", "10,00", "", "5,00"],
      ["Ana Pérez", "1001", "10,00", "6,67", "8,33"],
      ["Luis Gómez", "", "10,00", "5,00", "7,50"],
      [TRICKY_NAME, "1002", "5,00", "0,00", "2,50"],
    ]);
    expect(text).toContain(`"O'Brien, ""Zoë"" <script>";1002;`);
  });

  test("English: headers, `,` and a decimal point", () => {
    expect(parseCsv(gradebookCsv(doc, "en").slice(1))).toEqual([
      ["Student", "Student ID", "ejercicio1", "ejercicio2", "Total"],
      ["'=1+1", "", "10.00", "", "5.00"],
      ["Ana Pérez", "1001", "10.00", "6.67", "8.33"],
      ["Luis Gómez", "", "10.00", "5.00", "7.50"],
      [TRICKY_NAME, "1002", "5.00", "0.00", "2.50"],
    ]);
    expect(gradebookCsv(doc, "en")).toContain(`"O'Brien, ""Zoë"" <script>",1002,`);
  });

  test.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+34 600", "'+34 600"],
    ["-1", "'-1"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["a,b", "a,b"],
    ["a;b", "a;b"],
    ['di "hola"', 'di "hola"'],
    ["dos\nlíneas", "dos\nlíneas"],
    ["Ana=Eva", "Ana=Eva"],
  ])("a name %j is read back as %j", (name, expected) => {
    const one = { ...doc, students: [{ student: name, scores: {}, total: 0 }] };
    expect(parseCsv(gradebookCsv(one, "es").slice(1), ";")[1]?.[0]).toBe(expected);
    expect(parseCsv(gradebookCsv(one, "en").slice(1))[1]?.[0]).toBe(expected);
  });
});

describe("LMS exports", () => {
  test("Moodle's offline grading worksheet, row by row", () => {
    const text = moodleCsv(doc, "es");
    expect(text.startsWith("Identifier,Full name,Grade,Maximum Grade,Last modified (grade),Feedback comments\r\n")).toBe(true);
    const at = doc.generatedAt;
    expect(parseCsv(text).slice(1)).toEqual([
      ["", "'=1+1", "5.00", "10.00", at, "ejercicio1 10.00; ejercicio2 sin entregar"],
      ["Participant 1001", "Ana Pérez", "8.33", "10.00", at, "ejercicio1 10.00; ejercicio2 6.67 (falló: Imprime los números en orden)"],
      ["", "Luis Gómez", "7.50", "10.00", at, "ejercicio1 10.00; ejercicio2 5.00 (falló: No crea la lista entera)"],
      ["Participant 1002", TRICKY_NAME, "2.50", "10.00", at, "ejercicio1 5.00 (falló: El programa termina); ejercicio2 0.00 (error: No se pudo leer el archivo: no es UTF-8.)"],
    ]);
  });

  test("Moodle's comments follow the language; its column names do not", () => {
    const rows = parseCsv(moodleCsv(doc, "en"));
    expect(rows[0]?.[0]).toBe("Identifier");
    expect(rows[1]?.[5]).toBe("ejercicio1 10.00; ejercicio2 not submitted");
    expect(rows[2]?.[5]).toBe("ejercicio1 10.00; ejercicio2 6.67 (failed: Prints the numbers in order)");
  });

  test("Canvas's gradebook import, line by line", () => {
    expect(canvasCsv(doc, "es").split("\r\n")).toEqual([
      "Student,ID,SIS User ID,SIS Login ID,Section,pytutor ejercicio1,pytutor ejercicio2",
      "Points Possible,,,,,10,10",
      "'=1+1,,,,,10.00,",
      "Ana Pérez,1001,,,,10.00,6.67",
      "Luis Gómez,,,,,10.00,5.00",
      `"O'Brien, ""Zoë"" <script>",1002,,,,5.00,0.00`,
      "",
    ]);
  });
});

// Walks the whole text with a strict tokenizer: every `<` opens a tag, every `&`
// an entity, tags nest; returns the element names in order.
function xmlElements(xml: string): string[] {
  const token = /<\?xml[^>]*\?>|<(\/?)([A-Za-z][\w-]*)((?:\s+[\w-]+="[^"<&]*(?:&(?:lt|gt|amp|quot|apos|#\d+);[^"<&]*)*")*)\s*(\/?)>|[^<&]+|&(?:lt|gt|amp|quot|apos|#\d+);/y;
  const stack: string[] = [];
  const names: string[] = [];
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const m = token.exec(xml);
    if (!m) throw new Error(`malformed XML at ${at}: ${xml.slice(at, at + 40)}`);
    const [, closing, name, , selfClosing] = m;
    if (!name) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else {
      names.push(name);
      if (!selfClosing) stack.push(name);
    }
  }
  expect(stack).toEqual([]);
  return names;
}

describe("JUnit XML", () => {
  const xml = batchJunit(doc, "es");

  test("well formed, with no character XML 1.0 forbids", () => {
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xmlElements(xml)[0]).toBe("testsuites");
  });

  test("one suite per student and one for unmatched files; counts add up", () => {
    const names = xmlElements(xml);
    const count = (name: string) => names.filter((n) => n === name).length;
    expect(count("testsuite")).toBe(5);
    expect(count("testcase")).toBe(18);
    expect(count("failure")).toBe(3);
    expect(count("error")).toBe(2);
    expect(xml).toContain('<testsuites name="pytutor grade" tests="18" failures="3" errors="2"');
    expect(xml).toContain('<testsuite name="O&apos;Brien, &quot;Zoë&quot; &lt;script&gt;" tests="3" failures="1" errors="1"');
    expect(xml).toContain('<testsuite name="unmatched" tests="1" failures="0" errors="1"');
  });

  test("a failure carries expected and actual; a grader error its reason", () => {
    expect(xml).toContain('<testcase classname="Ana Pérez.ejercicio2" name="orden: Imprime los números en orden">');
    expect(xml).toContain('<failure message="Esperado: 1 2 3; Obtenido: 1 3 2">');
    expect(xml).toContain("Pista:\nUsa join() antes de imprimir el total.</failure>");
    expect(xml).toContain('<error message="No se pudo leer el archivo: no es UTF-8.">');
    expect(xml).toContain("ejercicio1: Tu programa superó el tiempo límite (10 s).");
    expect(xml).toContain("\uFFFD[31mTraceback");
  });

  test("English", () => {
    expect(batchJunit(doc, "en")).toContain('<failure message="Expected: 1 2 3; Actual: 1 3 2">');
  });
});

describe("student feedback", () => {
  const ana = (level: "full" | "summary" | "hidden", lang: "es" | "en" = "es") => studentFeedback(doc, "Ana Pérez", lang, level);

  test("full: grades, marks, hint, expected, actual and the program's output", () => {
    const text = ana("full");
    expect(text).toContain("# Corrección: Ana Pérez");
    expect(text).toContain("Nota total: **8,33 / 10**");
    expect(text).toContain("## ejercicio2 · Generadores perezosos");
    expect(text).toContain("Nota: **6,67 / 10** · 2 de 3 comprobaciones superadas, 1 fallida");
    expect(text).toContain("- ✓ No crea la lista entera");
    expect(text).toContain("- ✗ Imprime los números en orden\n  Pista: Usa join() antes de imprimir el total.");
    expect(text).toContain("  Esperado:\n\n  ```\n  1 2 3\n  ```");
    expect(text).toContain("  Obtenido:\n\n  ```\n  1 3 2\n  ```");
    expect(text).toContain("```\nhilo 1 empieza\nhilo 2 empieza\ntotal: 3\n```");
  });

  test("summary: checks and hints, no expected text or output", () => {
    const text = ana("summary");
    expect(text).toContain("- ✗ Imprime los números en orden\n  Pista: Usa join() antes de imprimir el total.");
    expect(text).not.toContain("1 2 3");
    expect(text).not.toContain("Esperado");
    expect(text).not.toContain("hilo 1 empieza");
  });

  test("hidden: only grades and how many checks passed", () => {
    const text = ana("hidden");
    expect(text).toContain("Nota: **6,67 / 10** · 2 de 3 comprobaciones superadas, 1 fallida");
    expect(text).not.toContain("Imprime los números en orden");
    expect(text).not.toContain("Pista");
    expect(text).not.toContain("1 2 3");
    expect(ana("hidden").length).toBeLessThan(ana("summary").length);
    expect(ana("summary").length).toBeLessThan(ana("full").length);
  });

  test("notes and grader errors show at every level; the name is not Markdown", () => {
    const text = studentFeedback(doc, TRICKY_NAME, "es", "hidden");
    expect(text).toContain("# Corrección: O'Brien, \"Zoë\" \\<script\\>");
    expect(text).toContain("> ⚠ Tu programa superó el tiempo límite (10 s).");
    expect(text).toContain("> pytutor no pudo calificar este archivo: No se pudo leer el archivo: no es UTF-8.");
  });

  test("exercises not sent are named; English", () => {
    expect(studentFeedback(doc, FORMULA_NAME, "es", "full")).toContain("Sin entregar: ejercicio2.");
    const en = ana("summary", "en");
    expect(en).toContain("Total grade: **8.33 / 10**");
    expect(en).toContain("Grade: **6.67 / 10** · 2 of 3 checks passed, 1 failed");
    expect(en).toContain("Hint: Call join() before printing the total.");
  });
});

describe("feedbackFileName", () => {
  const hashed = (base: string) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-[0-9a-f]{8}\\.md$`);

  test.each([
    ["Ana Pérez", /^Ana Pérez\.md$/],
    ["  Ana Pérez  ", /^Ana Pérez\.md$/],
    ["Jose\u0301 Ruiz", /^José Ruiz\.md$/],
    [TRICKY_NAME, hashed("O'Brien, _Zoë_ _script_")],
    ["a/b\\c:d*e?f|g", hashed("a_b_c_d_e_f_g")],
    ["tab\there", hashed("tab_here")],
    ["", hashed("_")],
    [".", hashed("_")],
    ["..", hashed("_.")],
    [".oculto", hashed("_oculto")],
    ["CON", hashed("CON")],
  ])("%j → %s", (name, expected) => {
    expect(feedbackFileName(name)).toMatch(expected);
  });

  test("names that differ only in forbidden characters get different files", () => {
    expect(feedbackFileName("a/b")).not.toBe(feedbackFileName("a:b"));
  });

  test("at most 100 bytes, cut between characters", () => {
    const name = feedbackFileName("Áéíóú ".repeat(40));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(100);
    expect(name).toMatch(/^Áéíóú .*-[0-9a-f]{8}\.md$/);
    expect(name).not.toContain("\uFFFD");
  });
});

describe("HTML report", () => {
  const html = htmlReport(doc, "es");

  test("student data never becomes markup", () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain(TRICKY_NAME);
    expect(html).not.toContain("<b>hola</b>");
    expect(html).toContain("entregas.zip!notas &lt;privadas&gt;.txt");
  });

  test("the embedded JSON is the document, with the program's control characters made visible", () => {
    const json = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    const data = JSON.parse(json) as { lang: string; doc: unknown };
    expect(data.lang).toBe("es");
    expect(data.doc).toEqual(JSON.parse(JSON.stringify(doc).replaceAll("\\u001b", "\\\\x1b")));
    expect(json).toContain("\\\\x1b[31mTraceback");
    expect(json).not.toMatch(/\\u001b|\u001b/);
  });

  test("self-contained: nothing to fetch", () => {
    expect([...html.matchAll(/\b(?:src|href)=("[^"]*")/g)].map((m) => m[1])).toEqual(['"data:,"']);
    expect(html).not.toMatch(/@import|url\(/);
  });

  test("header counts and language", () => {
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("<li><strong>4</strong> estudiantes</li>");
    expect(html).toContain("<li><strong>7</strong> entregas</li>");
    expect(html).toContain("<li><strong>1</strong> archivos sin asignar</li>");
    const en = htmlReport(doc, "en");
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Grading report</h1>");
  });

  test("how the programs ran is in the header, in the report's language", () => {
    expect(html).toContain('<p class="meta" data-testid="isolation">aislados con bubblewrap</p>');
    expect(htmlReport(doc, "en")).toContain('<p class="meta" data-testid="isolation">isolated with bubblewrap</p>');
  });
});
