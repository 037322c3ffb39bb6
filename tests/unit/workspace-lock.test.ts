// The workspace lock: an O_EXCL file naming pid, host and start, with no hard
// links (FAT/exFAT sticks), contended by real processes, and broken only when
// abandoned.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { PytutorError } from "../../src/errors.js";
import { workspaceAt, type Workspace } from "../../src/workspace/find.js";
import { lockIsStale, updateState, withLock, writeState } from "../../src/workspace/workspace.js";
import { freshState } from "../../src/workspace/state.js";
import { rejected } from "../helpers/rejected.js";

const ROOT = join(import.meta.dirname, "..", "..");

function newWorkspace(): Workspace {
  const ws = workspaceAt(mkdtempSync(join(tmpdir(), "pytutor-lock-")));
  writeState(ws, freshState("es", ["ejercicio1"]));
  return ws;
}

// A child process that takes the lock, says so on stdout, holds it for `holdMs`, and releases it.
function holder(ws: Workspace, holdMs: number): { taken: Promise<string>; done: Promise<number | null> } {
  const script = join(ws.root, "holder.mts");
  writeFileSync(
    script,
    `import { withLock, workspaceAt } from ${JSON.stringify(join(ROOT, "src", "workspace", "workspace.ts"))};
await withLock(workspaceAt(process.argv[2]), { lang: "es" }, async () => {
  process.stdout.write("taken " + process.pid + "\\n");
  await new Promise((r) => setTimeout(r, Number(process.argv[3])));
});
`,
  );
  let said: (pid: string) => void = () => undefined;
  const taken = new Promise<string>((r) => (said = r));
  const done = new Promise<number | null>((resolve) => {
    const child = execFile(process.execPath, ["--import", "tsx", script, ws.root, String(holdMs)], { cwd: ROOT }, (error) =>
      resolve(error ? (typeof error.code === "number" ? error.code : -1) : 0),
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      const m = /taken (\d+)/.exec(chunk.toString());
      if (m?.[1]) said(m[1]);
    });
  });
  return { taken, done };
}

describe("lockIsStale", () => {
  const alive = (pid: number) => pid === 100;
  const cases: Array<[string, { pid?: number; host?: string; ageMs: number }, boolean]> = [
    ["fresh, live pid, this host", { pid: 100, host: "here", ageMs: 10 }, false],
    ["fresh, dead pid, this host", { pid: 200, host: "here", ageMs: 10 }, true],
    ["fresh, dead pid, legacy lock without host", { pid: 200, ageMs: 10 }, true],
    ["fresh, dead-looking pid on another host: its pid means nothing here", { pid: 200, host: "there", ageMs: 10 }, false],
    ["old, live pid, this host", { pid: 100, host: "here", ageMs: 60_000 }, true],
    ["old, another host", { pid: 200, host: "there", ageMs: 60_000 }, true],
    ["fresh, no pid (being written)", { host: "here", ageMs: 5 }, false],
  ];
  test.each(cases)("%s", (_name, lock, stale) => {
    expect(lockIsStale({ pid: lock.pid, host: lock.host, ageMs: lock.ageMs }, 10_000, "here", alive)).toBe(stale);
  });
});

describe("the workspace lock", () => {
  test("the lock file names pid, host and start time, and is gone afterwards", async () => {
    const ws = newWorkspace();
    let seen = "";
    await withLock(ws, { lang: "es" }, () => {
      seen = readFileSync(ws.lockPath, "utf8");
    });
    const owner = JSON.parse(seen) as { pid: number; host: string; started: number; token: string };
    expect(owner.pid).toBe(process.pid);
    expect(owner.host).toBe(hostname());
    expect(Math.abs(Date.now() - owner.started)).toBeLessThan(5_000);
    expect(owner.token).toMatch(/^[0-9a-f]{12}$/);
    expect(existsSync(ws.lockPath)).toBe(false);
  });

  test("workspace.ts makes no hard link (FAT and exFAT have none)", () => {
    expect(readFileSync(join(ROOT, "src", "workspace", "workspace.ts"), "utf8")).not.toMatch(/\blinkSync\b|\blink\(/);
  });

  test("two real processes: one holds, the other gives up with exit 2 and the holder's pid, then gets it once released", async () => {
    const ws = newWorkspace();
    const held = holder(ws, 1_500);
    const pid = await held.taken;
    const error = await rejected(updateState(ws, { lang: "en", lockTimeoutMs: 200 }, () => undefined));
    expect(error).toBeInstanceOf(PytutorError);
    expect((error as PytutorError).kind).toBe("bad-input");
    expect((error as PytutorError).text.en).toContain(`another pytutor command (pid ${pid}) is using this workspace`);
    expect((error as PytutorError).text.es).toContain(`otra orden de pytutor (pid ${pid})`);
    const started = Date.now();
    const { state } = await updateState(ws, { lang: "es", lockTimeoutMs: 10_000 }, (s) => {
      s.current = "ejercicio1";
    });
    expect(state.current).toBe("ejercicio1");
    expect(await held.done).toBe(0);
    // It waited for the holder rather than breaking a live lock.
    expect(Date.now() - started).toBeGreaterThan(300);
    expect(readdirSync(ws.dir).sort()).toEqual(["state.json"]);
  });

  test("a lock left by a process that died holding it is broken at once", async () => {
    const ws = newWorkspace();
    const held = holder(ws, 60_000);
    const pid = Number(await held.taken);
    process.kill(pid, "SIGKILL");
    await held.done;
    expect(JSON.parse(readFileSync(ws.lockPath, "utf8"))).toMatchObject({ pid, host: hostname() });
    const started = Date.now();
    await updateState(ws, { lang: "es", lockTimeoutMs: 2_000 }, () => undefined);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(readdirSync(ws.dir).sort()).toEqual(["state.json"]);
  });

  test("another host's lock is left alone until it is older than the stale age", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.lockPath, JSON.stringify({ pid: 999_999_999, host: "otro-portatil", started: Date.now(), token: "x" }));
    const error = await rejected(updateState(ws, { lang: "es", lockTimeoutMs: 200, staleLockMs: 60_000 }, () => undefined));
    expect((error as PytutorError).text.es).toContain("(pid 999999999 @ otro-portatil)");
    expect(existsSync(ws.lockPath)).toBe(true);
    await updateState(ws, { lang: "es", lockTimeoutMs: 3_000, staleLockMs: 600 }, () => undefined);
    expect(existsSync(ws.lockPath)).toBe(false);
  });

  test("an old lock whose mtime is in the future (a FAT stick from another time zone) is judged by its recorded start", async () => {
    const ws = newWorkspace();
    writeFileSync(ws.lockPath, JSON.stringify({ pid: process.pid, host: hostname(), started: Date.now() - 120_000, token: "x" }));
    const future = new Date(Date.now() + 3 * 3600_000);
    utimesSync(ws.lockPath, future, future);
    await updateState(ws, { lang: "es", lockTimeoutMs: 2_000 }, () => undefined);
    expect(existsSync(ws.lockPath)).toBe(false);
  });

  test("two real processes contending: 2 × 30 increments make exactly 60", async () => {
    const ws = newWorkspace();
    const script = join(ws.root, "writer.mts");
    writeFileSync(
      script,
      `import { updateState, workspaceAt } from ${JSON.stringify(join(ROOT, "src", "workspace", "workspace.ts"))};
import { entryFor } from ${JSON.stringify(join(ROOT, "src", "workspace", "state.ts"))};
const ws = workspaceAt(process.argv[2]);
while (Date.now() < Number(process.argv[3])) await new Promise((r) => setTimeout(r, 2));
for (let i = 0; i < 30; i++) await updateState(ws, { lang: "es", lockTimeoutMs: 20_000 }, (s) => { entryFor(s, "ejercicio1").attempts += 1; });
`,
    );
    const start = String(Date.now() + 1_500);
    const run = () =>
      new Promise<string>((done) =>
        execFile(process.execPath, ["--import", "tsx", script, ws.root, start], { cwd: ROOT }, (error, _o, stderr) => done(error ? `failed: ${stderr}` : "ok")),
      );
    expect(await Promise.all([run(), run()])).toEqual(["ok", "ok"]);
    const { state } = await updateState(ws, { lang: "es" }, () => undefined);
    expect(state.exercises.ejercicio1?.attempts).toBe(60);
    expect(readdirSync(ws.dir).sort()).toEqual(["state.json"]);
  });
});
