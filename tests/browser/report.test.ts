// The HTML report in a real browser (Debian's Chromium through playwright-core):
// the table renders, sorts, opens a student's detail, and the page logs no error.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { batchJunit } from "../../src/report/batch/junit.js";
import { htmlReport } from "../../src/report/batch/html.js";
import { batchDocument, TRICKY_NAME } from "../helpers/batch-doc.js";
import { pytutor } from "../helpers/cli.js";
import { makeClass } from "../helpers/class.js";
import { testPythons } from "../helpers/pythons.js";
import type { BatchDocument } from "../../src/batch/types.js";

const executablePath = process.env.PYTUTOR_CHROMIUM || "/usr/bin/chromium";

describe.skipIf(process.env.PYTUTOR_SKIP_BROWSER === "1")("HTML report in Chromium", () => {
  const doc = batchDocument();
  const problems: string[] = [];
  let browser: Browser;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(executablePath)) {
      throw new Error(
        `No Chromium at ${executablePath}. Install Debian's with \`apt-get update && apt-get install -y chromium\`, ` +
          "or point PYTUTOR_CHROMIUM at another Chromium; PYTUTOR_SKIP_BROWSER=1 skips these tests.",
      );
    }
    dir = await mkdtemp(join(tmpdir(), "pytutor-report-"));
    const file = join(dir, "informe.html");
    await writeFile(file, htmlReport(doc, "es"));
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
    page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const names = () => page.locator("[data-testid=student-row] th").allInnerTexts();
  const totals = () => page.locator("[data-testid=student-row] td:last-child").allInnerTexts();
  const ariaSort = (column: string) => page.getByTestId(`sort-${column}`).getAttribute("aria-sort");

  test("one row per student, in the document's order, names as text", async () => {
    await expect.poll(names).toEqual(doc.students.map((s) => s.student));
    expect(await totals()).toEqual(["5,00", "8,33", "7,50", "2,50"]);
    expect(await page.locator("[data-testid=gradebook] script, [data-testid=student-detail] script").count()).toBe(0);
  });

  test("a header sorts ascending, then descending, and says so in aria-sort", async () => {
    expect(await ariaSort("total")).toBe("none");
    await page.getByTestId("sort-total").click();
    expect(await totals()).toEqual(["2,50", "5,00", "7,50", "8,33"]);
    expect(await ariaSort("total")).toBe("ascending");
    await page.getByTestId("sort-total").click();
    expect(await totals()).toEqual(["8,33", "7,50", "5,00", "2,50"]);
    expect(await ariaSort("total")).toBe("descending");
    await page.getByTestId("sort-student").click();
    expect(await names()).toEqual(["=1+1", "Ana Pérez", "Luis Gómez", TRICKY_NAME]);
    expect(await ariaSort("student")).toBe("ascending");
    expect(await ariaSort("total")).toBe("none");
    // A student who sent nothing sorts below every grade.
    await page.getByTestId("sort-ejercicio2").click();
    expect((await names())[0]).toBe("=1+1");
  });

  test("clicking a student opens their detail: checks, timeline, output, notes", async () => {
    const detail = page.getByTestId("student-detail");
    await expect.poll(() => detail.isVisible()).toBe(false);
    await page.getByTestId("student-row").filter({ hasText: "Ana Pérez" }).click();
    await expect.poll(() => detail.isVisible()).toBe(true);
    const text = await detail.innerText();
    for (const part of ["Ana Pérez (1001)", "Imprime los números en orden", "Pista: Usa join() antes de imprimir el total.", "1 3 2", "hilo 2 empieza"]) {
      expect(text).toContain(part);
    }
    const ticks = detail.getByTestId("timeline").nth(1).locator("svg line:not(.axis-line)");
    expect(await ticks.count()).toBe(3);
    expect(await ticks.nth(1).getAttribute("class")).toBe("flagged");
    expect(await ticks.nth(2).locator("title").textContent()).toBe("1,80 s · total: 3");
    // ejercicio1's lanes: one row per thread and the main thread's sleeps, names as text, a tooltip per span.
    const lanes = detail.getByTestId("timeline-lane");
    expect(await lanes.count()).toBe(3);
    expect(await lanes.locator(".lane-name").allTextContents()).toEqual(["time.sleep en hilo principal", "hilo Thread-1 (descargar)", "hilo <b>hilo</b> 2"]);
    expect(await lanes.nth(1).locator("rect title").allTextContents()).toEqual([
      "Thread-1 (descargar) · hilo · 0,05–1,50 s",
      "Thread-1 (descargar) · time.sleep · 0,06–1,40 s",
    ]);
    expect(await lanes.nth(0).locator("rect title").textContent()).toBe("hilo principal · time.sleep · 1,70–1,75 s");
    // A wait on a lock, queue, future, event or join: its own dashed shape, named in the tooltip and the legend.
    const wait = lanes.nth(2).locator("rect.wait");
    expect(await wait.count()).toBe(1);
    expect(await wait.locator("title").textContent()).toBe("<b>hilo</b> 2 · esperando (cerrojo, cola, futuro, evento o join) · 1,20–1,60 s");
    expect(await detail.locator(".legend").first().innerText()).toContain("esperando (cerrojo, cola, futuro, evento o join)");
    // On the output's scale: the thread's bar starts where the first line's tick is.
    const first = await lanes.nth(1).locator("rect").first().getAttribute("x");
    const tick = await detail.getByTestId("timeline").first().locator("svg line:not(.axis-line)").first().getAttribute("x1");
    expect(Number(first)).toBeCloseTo(Number(tick), 6);

    await page.getByTestId("student-row").filter({ hasText: "O'Brien" }).click();
    const other = await detail.innerText();
    expect(other).toContain(TRICKY_NAME);
    expect(other).toContain("Tu programa superó el tiempo límite (10 s).");
    expect(other).toContain("pytutor no pudo calificar este archivo: No se pudo leer el archivo: no es UTF-8.");
    expect(await detail.getByTestId("timeline").locator("title").first().textContent()).toBe("0,10 s · </script><b>hola</b>");
  });

  test("the batch's JUnit XML parses", async () => {
    const xml = JSON.stringify(batchJunit(doc, "es"));
    const errors = await page.evaluate(`new DOMParser().parseFromString(${xml}, "application/xml").getElementsByTagName("parsererror").length`);
    expect(errors).toBe(0);
  });

  test("no console errors or page errors", () => {
    expect(problems).toEqual([]);
  });
});

// The same checks on the report the real CLI writes for a generated class.
describe.skipIf(process.env.PYTUTOR_SKIP_BROWSER === "1")("report.html written by `pytutor grade`", () => {
  const problems: string[] = [];
  let browser: Browser;
  let page: Page;
  let doc: BatchDocument;

  beforeAll(async () => {
    if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: \`apt-get install -y chromium\`.`);
    const python = (testPythons().at(-1) as { path: string }).path;
    const cls = makeClass(python);
    const out = join(await mkdtemp(join(tmpdir(), "pytutor-report-cli-")), "notas");
    const run = await pytutor(["grade", cls.dir, "--out", out, "--python", python, "--timeout", "4"], { env: { CI: "true" } });
    expect(run.code, run.stderr).toBe(1);
    doc = JSON.parse(await readFile(join(out, "results.json"), "utf8")) as BatchDocument;
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
    page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(pathToFileURL(join(out, "report.html")).href);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("a row per student; sorting by total; a student's detail with checks and the timeline of their output", async () => {
    const names = () => page.locator("[data-testid=student-row] th").allInnerTexts();
    await expect.poll(names).toEqual(doc.students.map((s) => s.student));
    await page.getByTestId("sort-total").click();
    const totals = (await page.locator("[data-testid=student-row] td:last-child").allInnerTexts()).map((t) => Number(t.replace(",", ".")));
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    await page.getByTestId("student-row").filter({ hasText: "dani" }).click();
    const detail = page.getByTestId("student-detail");
    await expect.poll(() => detail.isVisible()).toBe(true);
    const dani = doc.submissions.find((s) => s.student === "dani");
    const text = await detail.innerText();
    for (const check of dani?.checks ?? []) expect(text).toContain(check.title.es);
    expect(await detail.getByTestId("timeline").locator("title").first().textContent()).toContain("Empiezo");
    expect(problems).toEqual([]);
  });
});
