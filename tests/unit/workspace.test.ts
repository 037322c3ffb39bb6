// The workspace's state: format, migrations, atomic writes, the lock, and what
// happens to a corrupt, unreadable or newer state file.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PytutorError } from "../../src/errors.js";
import type { Text } from "../../src/i18n/lang.js";
import { findWorkspace, workspaceAt, workspaceLang } from "../../src/workspace/find.js";
import {
  countDone,
  effectiveCurrent,
  entryFor,
  freshState,
  nextPending,
  parseState,
  serializeState,
  STATE_FORMAT,
  type State,
} from "../../src/workspace/state.js";
import { loadState, updateState, withLock, writeState } from "../../src/workspace/workspace.js";
import { ROOT } from "../helpers/cli.js";
import { rejected } from "../helpers/rejected.js";

const IDS = ["ejercicio1", "ejercicio2", "ejercicio3"];

function newWorkspace() {
  const root = mkdtempSync(join(tmpdir(), "pytutor-unit-ws-"));
  const ws = workspaceAt(root);
  mkdirSync(ws.dir, { recursive: true });
  return ws;
}

describe("state format", () => {
  test("a fresh state round-trips through the file format", () => {
    const state = freshState("en", IDS, new Date("2024-01-02T03:04:05Z"));
    const parsed = parseState(serializeState(state));
    expect(parsed).toEqual({ kind: "ok", state });
    expect(state.format).toBe(STATE_FORMAT);
    expect(state.exercises.ejercicio2).toEqual({ status: "pending", hintsUsed: 0, attempts: 0, passedAt: null, lastCheckedAt: null, lastScore: null });
  });

  test("not JSON, not an object, a bad field or a bad format is corrupt, with the reason", () => {
    const bad = (text: string) => {
      const parsed = parseState(text);
      if (parsed.kind !== "corrupt") throw new Error(`not corrupt: ${text}`);
      return parsed.reason;
    };
    expect(bad("{ nope").es).toContain("no es JSON válido");
    expect(bad("").en).toContain("not valid JSON");
    expect(bad("[1, 2]").en).toContain("not a JSON object");
    const state = freshState("es", IDS) as unknown as { exercises: Record<string, Record<string, unknown>> };
    (state.exercises.ejercicio2 as Record<string, unknown>).status = "halfway";
    expect(bad(JSON.stringify(state)).en).toContain("exercises.ejercicio2.status");
    expect(bad(JSON.stringify({ ...freshState("es"), format: -1 })).en).toContain("`format`");
    expect(bad(JSON.stringify({ ...freshState("es"), format: "1" })).en).toContain("`format`");
    expect(bad(JSON.stringify({ ...freshState("es"), lastScore: 2, extra: true })).en).toMatch(/extra|Unrecognized/);
  });

  test("a newer format is recognised as such, with the pytutor that wrote it", () => {
    const parsed = parseState(JSON.stringify({ ...freshState("es"), format: STATE_FORMAT + 1, pytutorVersion: "9.0.0", somethingNew: [] }));
    expect(parsed).toEqual({ kind: "newer", format: STATE_FORMAT + 1, version: "9.0.0" });
  });

  test("format 0 (no `format` field) is migrated, filling in what is missing", () => {
    const old = { lang: "en", current: "ejercicio2", exercises: { ejercicio1: { status: "done", passedAt: "2024-01-01T00:00:00.000Z" }, ejercicio2: {} } };
    const parsed = parseState(JSON.stringify(old));
    if (parsed.kind !== "ok") throw new Error(JSON.stringify(parsed));
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.state.format).toBe(STATE_FORMAT);
    expect(parsed.state.lang).toBe("en");
    expect(parsed.state.current).toBe("ejercicio2");
    expect(parsed.state.exercises.ejercicio1).toMatchObject({ status: "done", hintsUsed: 0, attempts: 0, passedAt: "2024-01-01T00:00:00.000Z" });
    expect(parsed.state.exercises.ejercicio2?.status).toBe("pending");
  });

  test("migrations chain step by step, and a format nothing migrates from is corrupt", () => {
    const steps = {
      0: (raw: Record<string, unknown>) => ({ ...raw, format: 1 }),
    };
    const chained = parseState(JSON.stringify({ ...freshState("es"), format: 0 }), steps);
    expect(chained.kind).toBe("ok");
    const none = parseState(JSON.stringify({ ...freshState("es"), format: 0 }), {});
    expect(none.kind).toBe("corrupt");
    const stuck = parseState(JSON.stringify({ ...freshState("es"), format: 0 }), { 0: (raw) => raw });
    expect(stuck.kind).toBe("corrupt");
  });

  test("current, next and done follow the catalogue's order", () => {
    const state = freshState("es", IDS);
    expect(effectiveCurrent(state, IDS)).toBe("ejercicio1");
    expect(nextPending(state, IDS)).toBe("ejercicio1");
    state.current = "ejercicio1";
    expect(nextPending(state, IDS)).toBe("ejercicio2");
    entryFor(state, "ejercicio2").status = "done";
    expect(nextPending(state, IDS)).toBe("ejercicio3");
    state.current = "ejercicio3";
    // Wraps round to the first pending one.
    expect(nextPending(state, IDS)).toBe("ejercicio1");
    entryFor(state, "ejercicio1").status = "done";
    // The only one left is the current one.
    expect(nextPending(state, IDS)).toBe("ejercicio3");
    entryFor(state, "ejercicio3").status = "done";
    expect(nextPending(state, IDS)).toBeUndefined();
    expect(countDone(state, IDS)).toBe(3);
    // An exercise added to the catalogue later is pending.
    expect(nextPending(state, [...IDS, "ejercicio4"])).toBe("ejercicio4");
    state.current = "ejercicio99";
    expect(effectiveCurrent(state, [...IDS, "ejercicio4"])).toBe("ejercicio4");
  });
});

describe("finding a workspace", () => {
  test("walks up from a subfolder to the nearest .pytutor/state.json, and reads its language", () => {
    const ws = newWorkspace();
    writeState(ws, freshState("en", IDS));
    const deep = join(ws.root, "a", "b");
    mkdirSync(deep, { recursive: true });
    expect(findWorkspace(deep)?.root).toBe(ws.root);
    expect(workspaceLang(deep)).toBe("en");
    const outside = mkdtempSync(join(tmpdir(), "pytutor-unit-none-"));
    expect(findWorkspace(outside)).toBeUndefined();
    expect(workspaceLang(outside)).toBeUndefined();
    writeFileSync(ws.statePath, "{ broken");
    expect(workspaceLang(deep)).toBeUndefined();
  });
});

describe("reading and writing", () => {
  test("writes are atomic: the state is replaced whole and no temporary file is left", async () => {
    const ws = newWorkspace();
    const options = { lang: "es" as const, ids: IDS };
    await updateState(ws, options, (s) => {
      entryFor(s, "ejercicio1").hintsUsed = 2;
    });
    const { state } = await updateState(ws, options, (s) => {
      s.current = "ejercicio1";
    });
    expect(state.exercises.ejercicio1?.hintsUsed).toBe(2);
    expect(readdirSync(ws.dir).sort()).toEqual(["state.json"]);
    expect((JSON.parse(readFileSync(ws.statePath, "utf8")) as State).current).toBe("ejercicio1");
  });

  test("a missing state reads as a fresh one without writing it", async () => {
    const ws = newWorkspace();
    const state = await loadState(ws, { lang: "en", ids: IDS });
    expect(state.lang).toBe("en");
    expect(Object.keys(state.exercises)).toEqual(IDS);
    expect(existsSync(ws.statePath)).toBe(false);
  });

  test("a corrupt state is kept aside as state.json.broken-<timestamp> and rebuilt, with a warning", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.statePath, '{"format": 1, "exercises": {"ejercicio1": ');
    const warnings: Text[] = [];
    const state = await loadState(ws, { lang: "es", ids: IDS, warn: (t) => warnings.push(t) });
    expect(state.exercises.ejercicio1?.status).toBe("pending");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.es).toMatch(/estaba dañado \(no es JSON válido.*\)\. Lo guardé como .*state\.json\.broken-/);
    expect(warnings[0]?.en).toContain("progress is reset");
    const broken = readdirSync(ws.dir).filter((f) => f.startsWith("state.json.broken-"));
    expect(broken).toHaveLength(1);
    expect(readFileSync(join(ws.dir, broken[0] ?? ""), "utf8")).toBe('{"format": 1, "exercises": {"ejercicio1": ');
    expect(parseState(readFileSync(ws.statePath, "utf8")).kind).toBe("ok");
    // Once rebuilt, nothing more to say.
    await loadState(ws, { lang: "es", ids: IDS, warn: (t) => warnings.push(t) });
    expect(warnings).toHaveLength(1);
  });

  test("a state that fails validation is treated the same way by a writer", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.statePath, JSON.stringify({ ...freshState("es", IDS), current: 42 }));
    const warnings: Text[] = [];
    const { state } = await updateState(ws, { lang: "es", ids: IDS, warn: (t) => warnings.push(t) }, (s) => {
      entryFor(s, "ejercicio3").attempts = 1;
    });
    expect(warnings[0]?.en).toContain("field `current`");
    expect(state.exercises.ejercicio3?.attempts).toBe(1);
    expect(readdirSync(ws.dir).filter((f) => f.startsWith("state.json.broken-"))).toHaveLength(1);
  });

  test("an older format is migrated on read and written back in the current format", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.statePath, JSON.stringify({ lang: "en", exercises: { ejercicio2: { status: "done", attempts: 4 } } }));
    const read = await loadState(ws, { lang: "es", ids: IDS });
    expect(read.format).toBe(STATE_FORMAT);
    expect(read.exercises.ejercicio2).toMatchObject({ status: "done", attempts: 4, hintsUsed: 0 });
    await updateState(ws, { lang: "es", ids: IDS }, () => undefined);
    const onDisk = JSON.parse(readFileSync(ws.statePath, "utf8")) as State;
    expect(onDisk.format).toBe(STATE_FORMAT);
    expect(onDisk.exercises.ejercicio2?.attempts).toBe(4);
    expect(readdirSync(ws.dir).filter((f) => f.includes("broken"))).toEqual([]);
  });

  test("a state from a newer pytutor stops with exit 2 and says to update", async () => {
    const ws = newWorkspace();
    const newer = JSON.stringify({ format: STATE_FORMAT + 1, pytutorVersion: "3.0.0" });
    writeFileSync(ws.statePath, newer);
    const error = await rejected(loadState(ws, { lang: "es" }));
    expect(error).toBeInstanceOf(PytutorError);
    expect((error as PytutorError).kind).toBe("bad-input");
    expect((error as PytutorError).text.es).toContain("Actualiza pytutor");
    expect((error as PytutorError).text.en).toContain("pytutor 3.0.0");
    const writing = await rejected(updateState(ws, { lang: "es" }, () => undefined));
    expect((writing as PytutorError).kind).toBe("bad-input");
    expect(readFileSync(ws.statePath, "utf8")).toBe(newer);
  });

  test("an unreadable state stops with exit 2, the path and the reason", async () => {
    const ws = newWorkspace();
    mkdirSync(ws.statePath);
    const error = await rejected(loadState(ws, { lang: "es" }));
    expect((error as PytutorError).kind).toBe("bad-input");
    expect((error as PytutorError).text.es).toContain(ws.statePath);
    expect((error as PytutorError).text.es).toContain("es una carpeta");
  });
});

describe("the lock", () => {
  test("two concurrent writers in one process, each yielding between read and write: 2 × 50 increments make exactly 100", async () => {
    const ws = newWorkspace();
    const options = { lang: "es" as const, ids: IDS };
    const writer = async () => {
      for (let i = 0; i < 50; i++) {
        await withLock(ws, options, async () => {
          const s = await loadState(ws, options);
          await new Promise((r) => setTimeout(r, 1));
          entryFor(s, "ejercicio1").attempts += 1;
          writeState(ws, s);
        });
      }
    };
    await Promise.all([writer(), writer()]);
    const state = await loadState(ws, options);
    expect(state.exercises.ejercicio1?.attempts).toBe(100);
    expect(existsSync(ws.lockPath)).toBe(false);
  });

  test("two child processes: 2 × 50 increments make exactly 100", async () => {
    const ws = newWorkspace();
    writeState(ws, freshState("es", IDS));
    const script = join(ws.root, "writer.mts");
    const source = JSON.stringify(join(ROOT, "src", "workspace", "workspace.ts"));
    const state = JSON.stringify(join(ROOT, "src", "workspace", "state.ts"));
    writeFileSync(
      script,
      `import { updateState, workspaceAt } from ${source};
import { entryFor } from ${state};
const ws = workspaceAt(process.argv[2]);
// Both start together, so that they really contend for the lock.
while (Date.now() < Number(process.argv[3])) await new Promise((r) => setTimeout(r, 2));
for (let i = 0; i < 50; i++) {
  await updateState(ws, { lang: "es" }, (s) => { entryFor(s, "ejercicio1").attempts += 1; });
}
`,
    );
    const start = Date.now() + 1_500;
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = execFile(process.execPath, ["--import", "tsx", script, ws.root, String(start)], { cwd: ROOT }, (error, _stdout, stderr) =>
          done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stderr }),
        );
        child.stdin?.end();
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });
    const final = await loadState(ws, { lang: "es" });
    expect(final.exercises.ejercicio1?.attempts).toBe(100);
    expect(readdirSync(ws.dir).sort()).toEqual(["state.json"]);
  });

  test("a lock left by a dead process is broken at once", async () => {
    const ws = newWorkspace();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
    writeFileSync(ws.lockPath, `${dead.stdout} ${Date.now()} abandoned\n`);
    const started = Date.now();
    await updateState(ws, { lang: "es", lockTimeoutMs: 2_000 }, () => undefined);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(existsSync(ws.lockPath)).toBe(false);
  });

  test("a lock older than the stale age is broken even if its pid is alive", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.lockPath, `${process.pid} ${Date.now()} old\n`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(ws.lockPath, old, old);
    await updateState(ws, { lang: "es", lockTimeoutMs: 2_000 }, () => undefined);
    expect(existsSync(ws.lockPath)).toBe(false);
  });

  test("a live, fresh lock makes a writer wait, then give up with exit 2 and the holder's pid", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.lockPath, `${process.pid} ${Date.now()} held\n`);
    const started = Date.now();
    const error = await rejected(updateState(ws, { lang: "es", lockTimeoutMs: 300 }, () => undefined));
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect((error as PytutorError).kind).toBe("bad-input");
    expect((error as PytutorError).text.es).toContain(`(pid ${process.pid})`);
    expect((error as PytutorError).text.es).toContain(ws.lockPath);
    // The other command's lock is left alone.
    expect(readFileSync(ws.lockPath, "utf8")).toContain("held");
  });

  test("a lock released while waiting is taken, and the holder's own lock is removed after an error", async () => {
    const ws = newWorkspace();
    const options = { lang: "es" as const };
    let release: () => void = () => undefined;
    const holding = withLock(ws, options, () => new Promise<void>((done) => (release = done)));
    const waiting = updateState(ws, options, (s) => {
      s.current = "ejercicio2";
    });
    await new Promise((r) => setTimeout(r, 100));
    release();
    await holding;
    expect((await waiting).state.current).toBe("ejercicio2");
    await expect(
      withLock(ws, options, () => {
        throw new Error("inside the lock");
      }),
    ).rejects.toThrow("inside the lock");
    expect(existsSync(ws.lockPath)).toBe(false);
  });
});
