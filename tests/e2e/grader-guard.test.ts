// A program that tries to end pytutor itself (issue 13: on Windows nothing
// stands between them, so `os.kill(os.getppid(), 9)` would reach it; on a
// Unix the same by walking up past the shell): the probe refuses the call,
// pytutor lives on and says the run was tampered with. Signals that could
// reach beyond pytutor (its group, every process of the user) are tried with
// signal 0, which does nothing if the guard ever fails.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checkJson, pytutor } from "../helpers/cli.js";
import { testPythons } from "../helpers/pythons.js";

const dir = mkdtempSync(join(tmpdir(), "pytutor-guard-"));
const program = (name: string, body: string) => {
  const file = join(dir, `${name}.py`);
  writeFileSync(
    file,
    [
      "import os, signal",
      "def parent_of(pid):",
      "    with open('/proc/%d/stat' % pid) as f:",
      "        return int(f.read().rsplit(')', 1)[1].split()[1])",
      // python -> sh -> pytutor
      "grader = parent_of(os.getppid())",
      body,
      "print('sigo aquí')",
      "",
    ].join("\n"),
  );
  return file;
};
const pythons = testPythons();
const ends = [...new Set([pythons[0], pythons.at(-1)])].filter((p) => p !== undefined);
const linux = process.platform === "linux";

describe.runIf(linux).each(ends)("a program that tries to end pytutor, on CPython $version", ({ path: python }) => {
  test.each([
    ["os.kill of its pid with SIGKILL", "os.kill(grader, signal.SIGKILL)", "os.kill"],
    ["os.killpg of its group (signal 0)", "os.killpg(os.getpgid(grader), 0)", "os.killpg"],
    ["os.kill of its group as a negative pid (signal 0)", "os.kill(-os.getpgid(grader), 0)", "os.kill"],
    ["os.kill(-1): every process of the user (signal 0)", "os.kill(-1, 0)", "os.kill"],
  ])("%s: refused, pytutor reports it, the program goes on", async (name, body, call) => {
    const { result, doc } = await checkJson("ejercicio1", program(name.replace(/\W+/gu, "_"), body), python, ["--lang", "en"]);
    expect(result.code, result.stderr).toBe(1);
    expect(doc.verdict).toBe("fail");
    expect(doc.notes.map((n) => n.message).join("\n")).toContain(`the program tried to end pytutor itself (${call})`);
    expect(doc.output.map((o) => o.text)).toEqual(["sigo aquí"]);
  });

  test("in Spanish, the report says so in the learner's language", async () => {
    const { result, doc } = await checkJson("ejercicio1", program("es_kill", "os.kill(grader, signal.SIGKILL)"), python, ["--lang", "es"]);
    expect(result.code, result.stderr).toBe(1);
    expect(doc.notes.map((n) => n.message).join("\n")).toContain("Manipulación: tu programa intentó influir en su propia corrección (the program tried to end pytutor itself (os.kill)). No se califica: NO SUPERADO.");
  });

  test("its own processes are still its to signal, and os.kill stays untouched where pytutor cannot be reached (a sandbox)", async () => {
    const own = join(dir, "own.py");
    writeFileSync(
      own,
      "import os, signal, subprocess, sys\np = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(30)'])\nos.kill(p.pid, signal.SIGKILL)\nprint(p.wait(), type(os.kill).__name__)\n",
    );
    const free = await pytutor(["check", "ejercicio1", own, "--python", python, "--json", "--lang", "en"]);
    const doc = JSON.parse(free.stdout) as { output: Array<{ text: string }>; notes: Array<{ message: string }> };
    expect(doc.output.map((o) => o.text)).toEqual(["-9 function"]);
    expect(doc.notes.map((n) => n.message).join("\n")).not.toContain("tried to end pytutor");
    const sandboxed = await pytutor(["check", "ejercicio1", own, "--python", python, "--json", "--sandbox"]);
    if (sandboxed.code === 2) return; // no bubblewrap here: the sandbox case cannot run
    const inside = JSON.parse(sandboxed.stdout) as { output: Array<{ text: string }> };
    expect(inside.output.map((o) => o.text)).toEqual(["-9 builtin_function_or_method"]);
  });
});

// Nothing outlives a run: a process that left the run's group and session
// (double fork, setsid, then a new session again) stays in the run's tree
// outside a sandbox (the probe is its subreaper; the marker in its
// environment backs that up), and dies with the sandbox's pid namespace
// inside one (where pytutor no longer reads /proc process by process).
describe.runIf(linux)("a process that escapes the run's group and session", () => {
  const python = (ends[0] as { path: string }).path;
  const tag = String(3000 + (process.pid % 1000)) + ".25";
  const escapee = join(dir, "escapa.py");
  writeFileSync(
    escapee,
    [
      "import os, subprocess",
      "if os.fork() == 0:",
      "    os.setsid()",
      "    if os.fork() == 0:",
      `        subprocess.Popen(["sleep", "${tag}"], start_new_session=True, close_fds=True)`,
      "    os._exit(0)",
      "print('adiós')",
      "",
    ].join("\n"),
  );
  const alive = () => {
    const r = spawnSync("pgrep", ["-f", `^sleep ${tag}$`], { encoding: "utf8" });
    return r.stdout.trim();
  };

  test.each([[[] as string[]], [["--sandbox"]]])("does not outlive the run (%j)", async (extra) => {
    const r = await pytutor(["check", "ejercicio1", escapee, "--python", python, ...extra]);
    if (extra.length > 0 && r.code === 2) return; // no bubblewrap here
    expect(r.stdout).toContain("adiós");
    expect(alive()).toBe("");
  });
});
