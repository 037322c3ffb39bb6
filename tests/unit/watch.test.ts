// `pytutor watch`'s scheduling: the debounce, the coalescing runner (never two
// checks at once; saves during a check fold into exactly one more), and the
// folder watcher on a real file system (rename-over, delete and re-create,
// no-op saves, other files), all with a fake check.
import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { Coalescer, debounce } from "../../src/watch/coalesce.js";
import { changed, FileWatcher, readSignature, type Signature } from "../../src/watch/file-watcher.js";
import { fit } from "../../src/report/watch-summary.js";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// A check that takes as long as the test says, counting runs and overlaps.
function fakeCheck() {
  const state = { runs: 0, running: 0, maxRunning: 0, release: [] as Array<() => void> };
  const task = async () => {
    state.runs++;
    state.running++;
    state.maxRunning = Math.max(state.maxRunning, state.running);
    await new Promise<void>((done) => state.release.push(done));
    state.running--;
  };
  const finishOne = async () => {
    const next = state.release.shift();
    if (!next) throw new Error("no run in progress");
    next();
    await sleep(0);
  };
  return { state, task, finishOne };
}

describe("Coalescer", () => {
  test("one request, one run", async () => {
    const { state, task, finishOne } = fakeCheck();
    const runner = new Coalescer(task);
    runner.request();
    expect(state.runs).toBe(1);
    expect(runner.busy).toBe(true);
    await finishOne();
    await runner.idle();
    expect(state.runs).toBe(1);
    expect(runner.busy).toBe(false);
  });

  test("any number of requests during a run make exactly one more run, never two at once", async () => {
    const { state, task, finishOne } = fakeCheck();
    const runner = new Coalescer(task);
    runner.request();
    for (let i = 0; i < 5; i++) runner.request();
    expect(state.runs).toBe(1);
    await finishOne();
    expect(state.runs).toBe(2);
    runner.request();
    runner.request();
    await finishOne();
    expect(state.runs).toBe(3);
    await finishOne();
    await runner.idle();
    expect(state.runs).toBe(3);
    expect(state.maxRunning).toBe(1);
  });

  test("a request after the run ends starts a new run at once", async () => {
    const { state, task, finishOne } = fakeCheck();
    const runner = new Coalescer(task);
    runner.request();
    await finishOne();
    await runner.idle();
    runner.request();
    expect(state.runs).toBe(2);
    await finishOne();
  });

  test("clearPending forgets the queued run; stop ends the loop after the current run", async () => {
    const { state, task, finishOne } = fakeCheck();
    const runner = new Coalescer(task);
    runner.request();
    runner.request();
    runner.clearPending();
    await finishOne();
    await runner.idle();
    expect(state.runs).toBe(1);
    runner.request();
    runner.request();
    runner.stop();
    await finishOne();
    await runner.idle();
    expect(state.runs).toBe(2);
    runner.request();
    expect(state.runs).toBe(2);
  });

  test("a failing check is reported and the loop goes on", async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const runner = new Coalescer(async () => {
      runs++;
      if (runs === 1) throw new Error("boom");
    }, (error) => errors.push(error));
    runner.request();
    await runner.idle();
    runner.request();
    await runner.idle();
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
  });

  test("a request made from inside the task queues one more run instead of a second loop", async () => {
    let runs = 0;
    let concurrent = 0;
    let max = 0;
    const runner: Coalescer = new Coalescer(async () => {
      runs++;
      concurrent++;
      max = Math.max(max, concurrent);
      if (runs === 1) runner.request();
      await sleep(5);
      concurrent--;
    });
    runner.request();
    await runner.idle();
    expect(runs).toBe(2);
    expect(max).toBe(1);
  });
});

describe("debounce", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test("a burst of triggers runs once, 50 ms after the last", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 50);
    for (let i = 0; i < 5; i++) {
      d.trigger();
      vi.advanceTimersByTime(10);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(39);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
  });

  test("triggers further apart than the delay each run; cancel drops a pending one", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 50);
    d.trigger();
    vi.advanceTimersByTime(60);
    d.trigger();
    vi.advanceTimersByTime(60);
    expect(fn).toHaveBeenCalledTimes(2);
    d.trigger();
    d.cancel();
    vi.advanceTimersByTime(100);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  test("debounced saves feeding a slow check: one check per quiet period, one more for saves during it", async () => {
    vi.useFakeTimers();
    const { state, task, finishOne } = fakeCheck();
    const runner = new Coalescer(task);
    const d = debounce(() => runner.request(), 50);
    // An editor's burst of events for one save.
    d.trigger();
    d.trigger();
    vi.advanceTimersByTime(50);
    expect(state.runs).toBe(1);
    // Three saves while the check runs.
    for (let i = 0; i < 3; i++) {
      d.trigger();
      vi.advanceTimersByTime(80);
    }
    expect(state.runs).toBe(1);
    vi.useRealTimers();
    await finishOne();
    expect(state.runs).toBe(2);
    await finishOne();
    await runner.idle();
    expect(state.runs).toBe(2);
    expect(state.maxRunning).toBe(1);
  });
});

describe("signatures", () => {
  test("a change is content (or existence), not a touch", () => {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-unit-sig-"));
    const file = join(dir, "a.py");
    expect(readSignature(file)).toEqual({ exists: false });
    writeFileSync(file, "pass\n");
    const one = readSignature(file);
    expect(changed({ exists: false }, one)).toBe(true);
    utimesSync(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
    const touched = readSignature(file);
    expect(touched.exists && one.exists && touched.mtimeMs !== one.mtimeMs).toBe(true);
    expect(changed(one, touched)).toBe(false);
    writeFileSync(file, "pass  # 2\n");
    expect(changed(touched, readSignature(file))).toBe(true);
    rmSync(file);
    expect(changed(touched, readSignature(file))).toBe(true);
    expect(changed(undefined, { exists: false })).toBe(true);
  });
});

describe("FileWatcher on a real folder", () => {
  const watchers: FileWatcher[] = [];
  afterEach(() => {
    for (const w of watchers.splice(0)) w.close();
  });

  function setup(pollMs = 0) {
    const dir = mkdtempSync(join(tmpdir(), "pytutor-unit-watch-"));
    const file = join(dir, "ejercicio3.py");
    writeFileSync(file, "print(1)\n");
    const seen: Signature[] = [];
    const errors: Error[] = [];
    const watcher = new FileWatcher(dir, "ejercicio3.py", { onChange: (s) => seen.push(s), onError: (e) => errors.push(e), pollMs });
    watchers.push(watcher);
    return { dir, file, seen, errors, watcher };
  }

  // Waits until `n` changes were reported (or the time is up), then a little more.
  async function settle(seen: Signature[], n: number, ms = 2_000) {
    const until = Date.now() + ms;
    while (seen.length < n && Date.now() < until) await sleep(10);
    await sleep(150);
  }

  test("a save by rename-over (temporary file, then rename) is one change; the temporary file is not", async () => {
    const { dir, file, seen } = setup();
    const tmp = join(dir, ".ejercicio3.py.tmp-123");
    writeFileSync(tmp, "print(2)\n");
    renameSync(tmp, file);
    await settle(seen, 1);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.exists).toBe(true);
  });

  test("several quick writes make one change (debounced)", async () => {
    const { file, seen } = setup();
    for (let i = 0; i < 5; i++) writeFileSync(file, `print(${i + 10})\n`);
    await settle(seen, 1);
    expect(seen).toHaveLength(1);
  });

  test("saving the same content, or touching the file, is not a change", async () => {
    const { file, seen } = setup();
    writeFileSync(file, "print(1)\n");
    utimesSync(file, new Date(), new Date());
    await sleep(300);
    expect(seen).toHaveLength(0);
  });

  test("deleted, then re-created: two changes, gone and back", async () => {
    const { file, seen } = setup();
    rmSync(file);
    await settle(seen, 1);
    expect(seen.map((s) => s.exists)).toEqual([false]);
    writeFileSync(file, "print(3)\n");
    await settle(seen, 2);
    expect(seen.map((s) => s.exists)).toEqual([false, true]);
  });

  test("other files in the folder are ignored; retarget watches another file from its present content", async () => {
    const { dir, seen, watcher } = setup();
    writeFileSync(join(dir, "ejercicio4.py"), "print(4)\n");
    writeFileSync(join(dir, "notas.txt"), "x\n");
    await sleep(300);
    expect(seen).toHaveLength(0);
    watcher.retarget("ejercicio4.py");
    expect(watcher.fileName).toBe("ejercicio4.py");
    writeFileSync(join(dir, "ejercicio4.py"), "print(4)\n");
    await sleep(300);
    expect(seen).toHaveLength(0);
    writeFileSync(join(dir, "ejercicio4.py"), "print(44)\n");
    await settle(seen, 1);
    expect(seen).toHaveLength(1);
  });

  test("the poll notices a change on its own (where fs.watch is blind)", async () => {
    const { file, seen, watcher } = setup(100);
    // Stop listening to fs.watch's events: only the poll is left.
    (watcher as unknown as { watcher: { removeAllListeners: (e: string) => void } }).watcher.removeAllListeners("change");
    writeFileSync(file, "print(5)\n");
    await settle(seen, 1);
    expect(seen).toHaveLength(1);
  });
});

describe("fit", () => {
  test("cuts to the width with an ellipsis, by characters, on one line", () => {
    expect(fit("hola", 10)).toBe("hola");
    expect(fit("ñandú ñandú", 6)).toBe("ñandú…");
    expect(fit("a\n  b", 10)).toBe("a b");
    expect(fit("abcdef", 1)).toBe("a…");
    // Columns, not code points: a CJK character takes two, a combining accent none.
    expect(fit("漢字漢字", 5)).toBe("漢字…");
    expect(fit("cafe\u0301 cafe\u0301", 9)).toBe("cafe\u0301 cafe\u0301");
  });
});
