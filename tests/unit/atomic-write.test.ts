// The one atomic write: unique temporary file, fsync, rename; retries a rename
// Windows refuses while another program holds the target; a sibling when it
// stays locked. The locking is simulated on Linux with an error-raising rename.
import { mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LOCK_BACKOFF_MS, siblingName, writeFileAtomic, type FsOps } from "../../src/util/atomic-write.js";
import { writeReports } from "../../src/batch/output.js";
import { redirectedNotice } from "../../src/report/batch/locked.js";
import { batchDocument } from "../helpers/batch-doc.js";

const folder = () => mkdtempSync(join(tmpdir(), "pytutor-atomic-"));
const errno = (code: string) => Object.assign(new Error(`${code}: resource busy or locked`), { code });

// A rename that refuses `target` with `code` the first `times` times (Infinity: always).
function lockedRename(target: string, code: string, times = Infinity): Partial<FsOps> & { calls: () => number } {
  let refused = 0;
  return {
    renameSync: (from, to) => {
      if (to === target && refused < times) {
        refused++;
        throw errno(code);
      }
      renameSync(from, to);
    },
    calls: () => refused,
  };
}

describe("writeFileAtomic", () => {
  test("replaces the file with the whole content and leaves no temporary file", () => {
    const dir = folder();
    const file = join(dir, "a.json");
    writeFileSync(file, "old");
    expect(writeFileAtomic(file, "new")).toEqual({ path: file, wanted: file, sibling: false });
    expect(readFileSync(file, "utf8")).toBe("new");
    writeFileAtomic(file, ["uno, ", new TextEncoder().encode("dos"), ", tres"]);
    expect(readFileSync(file, "utf8")).toBe("uno, dos, tres");
    expect(readdirSync(dir)).toEqual(["a.json"]);
  });

  test.each(["EPERM", "EBUSY", "EACCES"])("retries a rename refused with %s, with growing waits", (code) => {
    const dir = folder();
    const file = join(dir, "gradebook.csv");
    const waits: number[] = [];
    const fs = lockedRename(file, code, 3);
    const written = writeFileAtomic(file, "x", { fs, sleep: (ms) => waits.push(ms), platform: "win32" });
    expect(written.sibling).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("x");
    expect(waits).toEqual(LOCK_BACKOFF_MS.slice(0, 3));
    expect(readdirSync(dir)).toEqual(["gradebook.csv"]);
  });

  test("still locked after about 2 s: a sibling, and the result says so", () => {
    const dir = folder();
    const file = join(dir, "gradebook.csv");
    writeFileSync(file, "held by a spreadsheet");
    writeFileSync(join(dir, "gradebook-2.csv"), "an earlier sibling");
    const waits: number[] = [];
    const written = writeFileAtomic(file, "new grades", { sibling: true, fs: lockedRename(file, "EBUSY"), sleep: (ms) => waits.push(ms), platform: "win32" });
    expect(written).toEqual({ path: join(dir, "gradebook-3.csv"), wanted: file, sibling: true });
    expect(readFileSync(join(dir, "gradebook-3.csv"), "utf8")).toBe("new grades");
    expect(readFileSync(file, "utf8")).toBe("held by a spreadsheet");
    const total = waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(1800);
    expect(total).toBeLessThanOrEqual(2500);
    expect(readdirSync(dir).sort()).toEqual(["gradebook-2.csv", "gradebook-3.csv", "gradebook.csv"]);
  });

  test("without `sibling` a lasting lock is an error, and the temporary file is removed", () => {
    const dir = folder();
    const file = join(dir, "state.json");
    expect(() => writeFileAtomic(file, "x", { fs: lockedRename(file, "EPERM"), sleep: () => {}, platform: "win32" })).toThrow(/EPERM/);
    expect(readdirSync(dir)).toEqual([]);
    // Off Windows, EACCES and EPERM mean no permission: no wait, no sibling, the error as it was.
    const waits: number[] = [];
    expect(() => writeFileAtomic(file, "x", { sibling: true, fs: lockedRename(file, "EACCES"), sleep: (ms) => waits.push(ms), platform: "linux" })).toThrow(/EACCES/);
    expect(waits).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("an error that is not a lock is not retried, and leaves nothing behind", () => {
    const dir = folder();
    const file = join(dir, "a.csv");
    const waits: number[] = [];
    const fs = lockedRename(file, "EXDEV");
    expect(() => writeFileAtomic(file, "x", { sibling: true, fs, sleep: (ms) => waits.push(ms), platform: "win32" })).toThrow(/EXDEV/);
    expect(fs.calls()).toBe(1);
    expect(waits).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    // A failed write (a full disk) too.
    const full: Partial<FsOps> = { writeSync: () => { throw errno("ENOSPC"); } };
    expect(() => writeFileAtomic(file, "x", { fs: full })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("fsyncs the file before renaming it", () => {
    const dir = folder();
    const file = join(dir, "a.txt");
    const order: string[] = [];
    writeFileAtomic(file, "x", {
      fs: {
        fsyncSync: () => void order.push("fsync"),
        renameSync: (from, to) => {
          order.push("rename");
          renameSync(from, to);
        },
      },
    });
    expect(order.slice(0, 2)).toEqual(["fsync", "rename"]);
  });

  test("sibling names keep the extension", () => {
    expect(siblingName("/x/gradebook.csv", 2)).toBe("/x/gradebook-2.csv");
    expect(siblingName("/x/feedback/Ana.md", 3)).toBe("/x/feedback/Ana-3.md");
  });
});

describe("writeReports with a gradebook open in a spreadsheet", () => {
  test("writes every report, the gradebook to a sibling, and says which in es and en", () => {
    const out = folder();
    const gradebook = join(out, "gradebook.csv");
    const waits: number[] = [];
    const redirected = writeReports(batchDocument(), out, "es", { fs: lockedRename(gradebook, "EBUSY"), sleep: (ms) => waits.push(ms), platform: "win32" });
    expect(waits).toEqual(LOCK_BACKOFF_MS);
    expect(redirected.map((r) => [r.wanted, r.path])).toEqual([[gradebook, join(out, "gradebook-2.csv")]]);
    expect(readFileSync(join(out, "gradebook-2.csv"), "utf8")).toContain("Estudiante");
    for (const name of ["results.json", "moodle.csv", "canvas.csv", "junit.xml", "report.html"]) expect(readdirSync(out)).toContain(name);
    const [one] = redirected;
    expect(redirectedNotice(one!, out, "es")).toMatch(/^gradebook\.csv estaba abierto en otro programa; escribí gradebook-2\.csv\./);
    expect(redirectedNotice(one!, out, "en")).toMatch(/^gradebook\.csv was open in another program; I wrote gradebook-2\.csv\./);
  }, 20_000);
});
