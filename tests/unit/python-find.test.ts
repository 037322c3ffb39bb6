// Finding the learner's CPython on Windows, macOS and Linux, driven from Linux
// through an injected host: PATHEXT and .bat shims, Microsoft Store aliases
// (run, never stat'ed), the py launcher, python.org and Homebrew folders.
import { describe, expect, test } from "vitest";
import { explainAttempt } from "../../src/python/explain.js";
import { findPython, inspectPythons, PythonNotFoundError, type Attempt } from "../../src/python/find.js";
import type { Host, RunResult } from "../../src/python/host.js";
import { answers, fakeHost } from "./python-fake-host.js";

const WINAPPS = "C:\\Users\\ana\\AppData\\Local\\Microsoft\\WindowsApps";
const STORE_EXE = `${WINAPPS}\\PythonSoftwareFoundation.Python.3.12_qbz5n2kfra8p0\\python.exe`;
const PYORG = "C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe";
const SHIMS = "C:\\Users\\ana\\.pyenv\\pyenv-win\\shims";
const STORE_STUB: RunResult = {
  exitCode: 9009,
  stdout: "",
  stderr: "Python was not found; run without arguments to install from the Microsoft Store, or disable this shortcut from Settings > Manage App Execution Aliases.\r\n",
};
const WIN_ENV = { PATHEXT: ".COM;.EXE;.BAT;.CMD;.VBS;.JS", LOCALAPPDATA: "C:\\Users\\ana\\AppData\\Local" };

async function notFound(promise: Promise<unknown>): Promise<PythonNotFoundError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PythonNotFoundError) return error;
    throw error;
  }
  throw new Error("expected PythonNotFoundError");
}

// Fails the test if anything stats a path the real Windows cannot stat.
function noStatOf(host: Host, forbidden: RegExp): Host {
  return {
    ...host,
    stat: (path) => {
      if (forbidden.test(path)) throw new Error(`stat of ${path}`);
      return { mtimeMs: 1, size: 1 };
    },
  };
}

describe("Windows", () => {
  test("--python to a pyenv-win .bat shim: a clear message naming `pyenv which python`, and nothing is spawned", async () => {
    const bat = `${SHIMS}\\python.bat`;
    const host = fakeHost("win32", { [bat]: "file" }, () => answers("never", "3.12.1"), WIN_ENV);
    const error = await notFound(findPython({ flag: bat, host, cwd: "C:\\" }));
    expect(error.reason).toBe("not-found");
    expect(error.attempts).toHaveLength(1);
    const [a] = error.attempts as [Attempt];
    expect(a.kind).toBe("batch");
    expect(a.outcome.es).toContain("es un atajo (.bat) de pyenv-win, no un programa");
    expect(a.outcome.es).toContain("`pyenv which python`");
    expect(a.outcome.en).toContain("is a pyenv-win shim (.bat), not a program");
    expect(a.outcome.en).toContain("--python C:\\…\\python.exe");
    expect(host.runs).toEqual([]);
  });

  test("a .cmd that is not pyenv's points to `py -0p`", async () => {
    const cmd = "C:\\tools\\python.cmd";
    const host = fakeHost("win32", { [cmd]: "file" }, () => undefined, WIN_ENV);
    const error = await notFound(findPython({ flag: cmd, host }));
    expect(error.attempts[0]?.outcome.es).toContain("un script por lotes (.bat/.cmd)");
    expect(error.attempts[0]?.outcome.en).toContain("`py -0p` lists them");
  });

  test("`python` on PATH found through PATHEXT as pyenv-win's python.bat is skipped with the message; `py -3` is chosen", async () => {
    const host = fakeHost(
      "win32",
      { [`${SHIMS}\\python`]: "file", [`${SHIMS}\\python.bat`]: "file", "C:\\Windows\\py.exe": "file" },
      (command, args) => (command === "C:\\Windows\\py.exe" && args[0] === "-3" ? answers(PYORG, "3.12.1") : undefined),
      { ...WIN_ENV, PATH: `${SHIMS};C:\\Windows` },
    );
    const info = await findPython({ host, cwd: "C:\\" });
    expect(info).toMatchObject({ executable: PYORG, version: "3.12.1", requested: "py -3", source: "path" });
    expect(host.runs.map((r) => r.command)).toEqual(["C:\\Windows\\py.exe"]);
    const { attempts, chosen } = await inspectPythons({ host, cwd: "C:\\" });
    expect(attempts.map((a) => [a.candidate, a.kind ?? "", a.info?.version ?? ""])).toEqual([
      ["python", "batch", ""],
      ["py -3", "", "3.12.1"],
      ["python3", "", ""],
    ]);
    expect(chosen).toBe(1);
  });

  test("a Microsoft Store alias is run, never stat'ed, and its sys.executable is the interpreter", async () => {
    const host = noStatOf(
      fakeHost("win32", { [`${WINAPPS}\\python.exe`]: "alias", [STORE_EXE]: "alias" }, (command) => (command === `${WINAPPS}\\python.exe` ? answers(STORE_EXE, "3.12.7") : undefined), {
        ...WIN_ENV,
        PATH: `C:\\Windows;${WINAPPS}`,
      }),
      /WindowsApps/,
    );
    const info = await findPython({ host, cwd: "C:\\" });
    expect(info).toMatchObject({ executable: STORE_EXE, version: "3.12.7", requested: "python" });
  });

  test("--python to the Store alias itself works, though it cannot be stat'ed", async () => {
    const host = noStatOf(
      fakeHost("win32", { [`${WINAPPS}\\python3.exe`]: "alias" }, () => answers(STORE_EXE, "3.13.0"), WIN_ENV),
      /WindowsApps/,
    );
    expect(await findPython({ flag: `${WINAPPS}\\python3.exe`, host })).toMatchObject({ executable: STORE_EXE, version: "3.13.0", source: "flag" });
  });

  test("a Store Python whose sys.executable names its package folder keeps the alias that ran", async () => {
    const hidden = "C:\\Program Files\\WindowsApps\\PythonSoftwareFoundation.Python.3.11_3.11.2544.0_x64__qbz5n2kfra8p0\\python3.11.exe";
    const host = fakeHost("win32", { [`${WINAPPS}\\python3.exe`]: "alias" }, () => answers(hidden, "3.11.9"), { ...WIN_ENV, PATH: WINAPPS });
    expect((await findPython({ host })).executable).toBe(`${WINAPPS}\\python3.exe`);
  });

  test("a Store alias with no Python behind it says so (open the Store, or turn the alias off), and the search goes on", async () => {
    const host = fakeHost(
      "win32",
      { [`${WINAPPS}\\python.exe`]: "alias", [`${WINAPPS}\\python3.exe`]: "alias", "C:\\Windows\\py.exe": "file" },
      (command) => (command.startsWith(WINAPPS) ? STORE_STUB : answers(PYORG, "3.12.1")),
      { ...WIN_ENV, PATH: `${WINAPPS};C:\\Windows` },
    );
    const { attempts, chosen } = await inspectPythons({ host, cwd: "C:\\" });
    expect(chosen).toBe(1);
    const store = attempts[0] as Attempt;
    expect(store).toMatchObject({ candidate: "python", kind: "store-alias", path: `${WINAPPS}\\python.exe` });
    expect(store.outcome.es).toContain("alias de Microsoft Store sin Python instalado");
    expect(store.outcome.es).toContain("Alias de ejecución de aplicaciones");
    expect(store.outcome.en).toContain("App execution aliases");
    expect(explainAttempt(attempts[2] as Attempt, false, "es")).toEqual({ ok: false, text: `python3 (alias de Microsoft Store) → ${WINAPPS}\\python3.exe · ${store.outcome.es}` });
    expect(explainAttempt(attempts[1] as Attempt, true, "es")).toEqual({ ok: true, text: `py -3 → C:\\Windows\\py.exe · Python 3.12.1 (${PYORG}) · elegido` });
    const error = await notFound(findPython({ host: fakeHost("win32", { [`${WINAPPS}\\python.exe`]: "alias" }, () => STORE_STUB, { ...WIN_ENV, PATH: WINAPPS }) }));
    expect(error.reason).toBe("not-found");
    expect(error.attempts.map((a) => a.candidate)).toEqual(["python", "py -3", "python3"]);
  });

  test("a Store alias that fails for another reason (a timeout) reports that reason, not «not installed»", async () => {
    const host = fakeHost("win32", { [`${WINAPPS}\\python.exe`]: "alias" }, () => ({ exitCode: null, stdout: "", stderr: "", errorCode: "ETIMEDOUT", message: "spawn timed out" }), WIN_ENV);
    const error = await notFound(findPython({ flag: `${WINAPPS}\\python.exe`, host }));
    expect(error.attempts[0]).toMatchObject({ kind: "store-alias", outcome: { en: "could not run: spawn timed out" } });
  });

  test("a spawn that fails with EINVAL (a batch file under another name) gets the batch message", async () => {
    const host = fakeHost("win32", { "C:\\odd\\python.exe": "file" }, () => ({ exitCode: null, stdout: "", stderr: "", errorCode: "EINVAL", message: "spawn EINVAL" }), WIN_ENV);
    const error = await notFound(findPython({ flag: "C:\\odd\\python.exe", host }));
    expect(error.attempts[0]).toMatchObject({ kind: "batch" });
  });

  test("--python without .exe finds python.exe, like the Windows shell", async () => {
    const host = fakeHost("win32", { "C:\\Python312\\python.exe": "file" }, () => answers("C:\\Python312\\python.exe", "3.12.1"), WIN_ENV);
    expect(await findPython({ flag: "C:\\Python312\\python", host })).toMatchObject({ executable: "C:\\Python312\\python.exe" });
    expect(host.runs[0]?.command).toBe("C:\\Python312\\python.exe");
  });

  test("a folder given as --python is named as one", async () => {
    const host = fakeHost("win32", { "C:\\Python312": "dir" }, () => undefined, WIN_ENV);
    const error = await notFound(findPython({ flag: "C:\\Python312", host }));
    expect(error.attempts[0]?.outcome.en).toBe("is a folder, not a program");
  });
});

describe("macOS", () => {
  const frameworks = "/Library/Frameworks/Python.framework/Versions/3.12/bin/python3";

  test("an old /usr/bin/python3 is skipped as too old, and python.org's 3.12 is chosen", async () => {
    const host = fakeHost(
      "darwin",
      { "/usr/bin/python3": "file", [frameworks]: "file" },
      (command) =>
        command === "/usr/bin/python3" ? answers("/usr/bin/python3", "3.7.3") : command === frameworks ? answers("/Library/Frameworks/Python.framework/Versions/3.12/bin/python3.12", "3.12.4") : undefined,
      { PATH: "/usr/bin:/bin" },
    );
    const info = await findPython({ host, cwd: "/tmp" });
    expect(info).toMatchObject({ version: "3.12.4", requested: frameworks });
    const { attempts, chosen } = await inspectPythons({ host, cwd: "/tmp" });
    expect(chosen).toBe(3);
    expect(explainAttempt(attempts[0] as Attempt, false, "es").text).toBe("python3 → /usr/bin/python3 · Python 3.7.3 · versión < 3.8");
    expect(explainAttempt(attempts[0] as Attempt, false, "en").text).toBe("python3 → /usr/bin/python3 · Python 3.7.3 · version < 3.8");
    expect(explainAttempt(attempts[1] as Attempt, false, "es")).toEqual({ ok: false, text: "python · no está en el PATH" });
  });

  test("the Xcode stub that cannot run is reported with its own words, and Homebrew's python3 is chosen", async () => {
    const host = fakeHost(
      "darwin",
      { "/usr/bin/python3": "file", "/opt/homebrew/bin/python3": "file" },
      (command) =>
        command === "/usr/bin/python3"
          ? { exitCode: 1, stdout: "", stderr: "xcode-select: note: No developer tools were found, requesting install.\n" }
          : command === "/opt/homebrew/bin/python3"
            ? answers("/opt/homebrew/opt/python@3.13/bin/python3.13", "3.13.1")
            : undefined,
      { PATH: "/usr/bin:/bin" },
    );
    const { attempts, chosen } = await inspectPythons({ host, cwd: "/tmp" });
    expect(attempts[0]?.outcome.es).toBe("no se pudo ejecutar: xcode-select: note: No developer tools were found, requesting install.");
    expect(attempts[chosen ?? -1]).toMatchObject({ candidate: "/opt/homebrew/bin/python3", info: { version: "3.13.1" } });
  });

  test("a fixed place already reached through PATH is not tried twice", async () => {
    const host = fakeHost("darwin", { "/usr/local/bin/python3": "file" }, () => answers("/usr/local/bin/python3", "3.6.8"), { PATH: "/usr/local/bin:/usr/bin" });
    const error = await notFound(findPython({ host, cwd: "/tmp" }));
    expect(error.reason).toBe("too-old");
    expect(error.found?.version).toBe("3.6.8");
    expect(error.attempts.map((a) => a.candidate)).toEqual(["python3", "python", "py -3", "/opt/homebrew/bin/python3"]);
    expect(host.runs).toHaveLength(1);
  });
});

describe("Linux", () => {
  test("python3, python, py -3 in that order; a too-old python3 does not stop the search", async () => {
    const host = fakeHost(
      "linux",
      { "/usr/bin/python3": "file", "/usr/local/bin/python": "file" },
      (command) => (command === "/usr/bin/python3" ? answers("/usr/bin/python3.6", "3.6.9") : answers("/usr/local/bin/python3.11", "3.11.7")),
      { PATH: "/usr/local/bin:/usr/bin" },
      "/home/ana",
    );
    expect(await findPython({ host, cwd: "/tmp" })).toMatchObject({ version: "3.11.7", requested: "python" });
    expect(host.runs.map((r) => r.command)).toEqual(["/usr/bin/python3", "/usr/local/bin/python"]);
  });

  test("a file without execute permission on PATH is passed over; given as --python it is explained", async () => {
    const host = fakeHost("linux", { "/opt/py/python3": "not-executable" }, () => undefined, { PATH: "/opt/py" }, "/home/ana");
    expect((await notFound(findPython({ host }))).attempts[0]?.outcome.es).toBe("no está en el PATH");
    expect((await notFound(findPython({ flag: "/opt/py/python3", host }))).attempts[0]?.outcome.en).toBe("cannot be run (it lacks execute permission)");
  });

  test("PYTUTOR_PYTHON from the host's environment is the only candidate", async () => {
    const host = fakeHost("linux", { "/x/python3": "file", "/usr/bin/python3": "file" }, () => answers("/x/python3", "3.12.1"), { PATH: "/usr/bin", PYTUTOR_PYTHON: "/x/python3" }, "/home/ana");
    expect(await findPython({ host })).toMatchObject({ source: "env", requested: "/x/python3" });
    expect(host.runs.map((r) => r.command)).toEqual(["/x/python3"]);
  });
});
