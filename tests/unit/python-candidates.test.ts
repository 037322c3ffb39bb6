// Where each platform's CPythons are: `py -0p` in all its formats, macOS's
// python.org and Homebrew folders, Windows' installs for --all-pythons.
import { describe, expect, test } from "vitest";
import { allCandidates, defaultCandidates, macCandidates, parsePyList } from "../../src/python/candidates.js";
import { fakeHost } from "./python-fake-host.js";

describe("parsePyList (py -0p)", () => {
  const cases: Array<[string, string, string[]]> = [
    [
      "launcher 3.11+ (-V:), default starred, paths with spaces",
      [
        " -V:3.13 *        C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python313\\python.exe",
        " -V:3.12          C:\\Program Files\\Python312\\python.exe",
        " -V:3.13t         C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python313\\python3.13t.exe",
        " -V:3.10-32       C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python310-32\\python.exe",
      ].join("\r\n"),
      [
        "C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python313\\python.exe",
        "C:\\Program Files\\Python312\\python.exe",
        "C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python313\\python3.13t.exe",
        "C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python310-32\\python.exe",
      ],
    ],
    ["the brief's example", " -V:3.12 *        C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python312\\python.exe", ["C:\\Users\\a\\AppData\\Local\\Programs\\Python\\Python312\\python.exe"]],
    [
      "launcher 3.8–3.10 (heading, -X.Y-BB, star after the path)",
      ["Installed Pythons found by py Launcher for Windows", " -3.9-64        C:\\Python39\\python.exe *", " -3.8-32        C:\\Python38-32\\python.exe", ""].join("\r\n"),
      ["C:\\Python39\\python.exe", "C:\\Python38-32\\python.exe"],
    ],
    [
      "a Microsoft Store install and another company's tag",
      [
        " -V:3.12 *        C:\\Users\\a\\AppData\\Local\\Microsoft\\WindowsApps\\PythonSoftwareFoundation.Python.3.12_qbz5n2kfra8p0\\python.exe",
        " -V:ContinuumAnalytics/Anaconda39-64 C:\\ProgramData\\Anaconda3\\python.exe",
      ].join("\n"),
      ["C:\\Users\\a\\AppData\\Local\\Microsoft\\WindowsApps\\PythonSoftwareFoundation.Python.3.12_qbz5n2kfra8p0\\python.exe", "C:\\ProgramData\\Anaconda3\\python.exe"],
    ],
    ["a UNC path", " -V:3.11          \\\\server\\share\\Python311\\python.exe", ["\\\\server\\share\\Python311\\python.exe"]],
    ["nothing installed", "No Installed Pythons Found!\r\n", []],
    ["py -0 (no paths) lists nothing", " -V:3.12 *        Python 3.12 (64-bit)\n -3.9-64 *", []],
    ["empty", "", []],
  ];
  test.each(cases)("%s", (_name, output, paths) => {
    expect(parsePyList(output)).toEqual(paths);
  });
});

describe("macOS", () => {
  const files = {
    "/Library/Frameworks/Python.framework/Versions/3.9/bin/python3": "file",
    "/Library/Frameworks/Python.framework/Versions/3.12/bin/python3": "file",
    "/Library/Frameworks/PythonT.framework/Versions/3.13/bin/python3.13t": "file",
    "/Library/Frameworks/Python.framework/Versions/Current/bin/python3": "file",
    "/opt/homebrew/bin/python3": "file",
    "/opt/homebrew/bin/python3.13": "file",
    "/opt/homebrew/opt/python@3.11/bin/python3": "file",
    "/opt/homebrew/opt/python@3.13/bin/python3": "file",
    "/opt/homebrew/opt/openssl@3/bin/openssl": "file",
    "/usr/local/bin/python3": "file",
    "/usr/bin/python3": "file",
  } as const;
  const host = fakeHost("darwin", files, () => undefined, { PATH: "/usr/bin:/bin" });

  test("python.org's Frameworks versions (newest first, not Current), its free-threaded PythonT, then Homebrew's, Apple silicon and Intel", () => {
    expect(macCandidates(host)).toEqual([
      "/Library/Frameworks/Python.framework/Versions/3.12/bin/python3",
      "/Library/Frameworks/Python.framework/Versions/3.9/bin/python3",
      "/Library/Frameworks/PythonT.framework/Versions/3.13/bin/python3.13t",
      "/opt/homebrew/bin/python3",
      "/opt/homebrew/opt/python@3.13/bin/python3",
      "/opt/homebrew/opt/python@3.11/bin/python3",
      "/usr/local/bin/python3",
    ]);
  });

  test("the default search is PATH's python3, python, py -3, then those folders", () => {
    const commands = defaultCandidates(host).map((c) => [c.command, ...c.args].join(" "));
    expect(commands.slice(0, 4)).toEqual(["python3", "python", "py -3", "/Library/Frameworks/Python.framework/Versions/3.12/bin/python3"]);
    expect(commands).toContain("/opt/homebrew/opt/python@3.11/bin/python3");
  });

  test("--all-pythons also lists python3.X in Homebrew's bin", async () => {
    const all = await allCandidates(host, "/tmp");
    expect(all).toEqual(expect.arrayContaining(["/usr/bin/python3", "/opt/homebrew/bin/python3.13", "/opt/homebrew/opt/python@3.13/bin/python3", "/Library/Frameworks/Python.framework/Versions/3.12/bin/python3"]));
  });
});

describe("Windows", () => {
  test("the default search is python, py -3, python3", () => {
    expect(defaultCandidates(fakeHost("win32", {}, () => undefined)).map((c) => [c.command, ...c.args].join(" "))).toEqual(["python", "py -3", "python3"]);
  });

  test("Linux keeps python3, python, py -3 and nothing more", () => {
    expect(defaultCandidates(fakeHost("linux", {}, () => undefined)).map((c) => [c.command, ...c.args].join(" "))).toEqual(["python3", "python", "py -3"]);
  });

  test("--all-pythons reads py -0p, pyenv-win's versions, python.org's folders and PATH (not pyenv-win's shims), once each", async () => {
    const host = fakeHost(
      "win32",
      {
        "C:\\Users\\ana\\.pyenv\\pyenv-win\\versions\\3.10.11\\python.exe": "file",
        "C:\\Users\\ana\\.pyenv\\pyenv-win\\shims\\python.bat": "file",
        "C:\\Users\\ana\\.pyenv\\pyenv-win\\shims\\python3.exe": "file",
        "C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe": "file",
        "C:\\Program Files\\Python311\\python.exe": "file",
        "C:\\Tools\\python3.9.exe": "file",
        "C:\\Tools\\pythonw.exe": "file",
      },
      (command, args) =>
        command === "py" && args[0] === "-0p"
          ? { exitCode: 0, stdout: " -V:3.12 *        C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe\r\n -V:3.11          C:\\Program Files\\Python311\\python.exe\r\n", stderr: "" }
          : undefined,
      { PATH: "C:\\Users\\ana\\.pyenv\\pyenv-win\\shims;\"C:\\Tools\"", LOCALAPPDATA: "C:\\Users\\ana\\AppData\\Local", ProgramFiles: "C:\\Program Files" },
    );
    expect(await allCandidates(host, "C:\\")).toEqual([
      "C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python312\\python.exe",
      "C:\\Program Files\\Python311\\python.exe",
      "C:\\Users\\ana\\.pyenv\\pyenv-win\\versions\\3.10.11\\python.exe",
      "C:\\Tools\\python3.9.exe",
    ]);
    expect(host.runs).toEqual([{ command: "py", args: ["-0p"] }]);
  });

  test("no py launcher: --all-pythons still looks in the folders", async () => {
    const host = fakeHost("win32", { "C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python39\\python.exe": "file" }, () => undefined, {});
    expect(await allCandidates(host, "C:\\")).toEqual(["C:\\Users\\ana\\AppData\\Local\\Programs\\Python\\Python39\\python.exe"]);
  });
});
