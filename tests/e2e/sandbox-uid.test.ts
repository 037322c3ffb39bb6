// As root, each sandboxed run drops to an unprivileged uid of its own inside
// bubblewrap: real, effective and saved ids, no groups, no capabilities, no
// way back to root. The drop is setpriv's where the system has it, and a
// second CPython start otherwise; both are run here on real CPython.
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findPython } from "../../src/python/find.js";
import { DEFAULT_LIMITS, runProgram } from "../../src/runner/run.js";
import { detectIsolation, isRoot, sandboxCommand, type Isolation } from "../../src/runner/sandbox.js";
import { testPythons } from "../helpers/pythons.js";

const dir = mkdtempSync(join(tmpdir(), "pytutor-sandbox-uid-"));
const program = join(dir, "quien.py");
writeFileSync(
  program,
  [
    "import os",
    "print('uids', *os.getresuid())",
    "print('gids', *os.getresgid())",
    "print('groups', len(os.getgroups()))",
    "with open('/proc/self/status') as f:",
    "    caps = [l.split()[1] for l in f if l.startswith(('CapEff', 'CapPrm', 'CapAmb'))]",
    "print('caps', *caps)",
    "try:",
    "    os.setuid(0)",
    "    print('setuid ok')",
    "except PermissionError:",
    "    print('setuid refused')",
    "",
  ].join("\n"),
);

const isolation = detectIsolation();
const sandboxed = process.platform === "linux" && isolation.mode === "sandbox" && isRoot();
const ends = [...new Set([testPythons()[0], testPythons().at(-1)])].filter((p) => p !== undefined);

async function identity(python: string, iso: Extract<Isolation, { mode: "sandbox" }>) {
  const info = await findPython({ flag: python });
  const record = await runProgram({ file: program, python: info, timeoutSeconds: 30, outputLimit: 100_000, limits: DEFAULT_LIMITS, sandbox: { isolation: iso } });
  expect(record.exitCode, record.stderr).toBe(0);
  const line = (name: string) => (record.stdout.map((l) => l.text).find((l) => l.startsWith(`${name} `)) ?? "").split(" ").slice(1);
  return { uids: line("uids"), gids: line("gids"), groups: line("groups"), caps: line("caps"), setuid: line("setuid") };
}

describe.runIf(sandboxed)("a sandboxed run's own unprivileged user (as root)", () => {
  const iso = isolation as Extract<Isolation, { mode: "sandbox" }>;

  const hasSetpriv = ["/usr/bin/setpriv", "/bin/setpriv"].some((p) => existsSync(p));

  test.runIf(hasSetpriv)("setpriv is found and used where the system has it (util-linux)", () => {
    expect(iso.setpriv).toMatch(/setpriv$/);
    const spawn = sandboxCommand({ isolation: iso, python: { executable: "/usr/bin/python3" }, probeDir: dir, privateDir: dir, work: mkdtempSync(join(tmpdir(), "pytutor-sandbox-uid-w-")), command: ["/usr/bin/python3", "/work/x.py"], firstFd: 5 }, 1_234_567_890);
    const at = spawn.args.indexOf(iso.setpriv as string);
    expect(spawn.args.slice(at, at + 5)).toEqual([iso.setpriv, "--reuid=1234567890", "--regid=1234567890", "--clear-groups", "--"]);
    expect(spawn.args.slice(at + 5)).toEqual(["/usr/bin/python3", "/work/x.py"]);
  });

  for (const { path, version } of ends) {
    for (const drop of ["setpriv", "a second CPython"] as const) {
      test.runIf(drop !== "setpriv" || hasSetpriv)(`Python ${version}, dropped by ${drop}: every id its own, no groups or capabilities, setuid(0) refused; each run a different uid`, async () => {
        const used = drop === "setpriv" ? iso : { mode: iso.mode, perRunUid: iso.perRunUid, sizes: iso.sizes };
        const first = await identity(path, used);
        const second = await identity(path, used);
        for (const who of [first, second]) {
          expect(who.uids).toHaveLength(3);
          expect(new Set(who.uids).size).toBe(1);
          expect(who.gids).toEqual(who.uids);
          expect(Number(who.uids[0])).toBeGreaterThanOrEqual(1_000_000_000);
          expect(who.groups).toEqual(["0"]);
          expect(who.caps).toEqual(["0000000000000000", "0000000000000000", "0000000000000000"]);
          expect(who.setuid).toEqual(["refused"]);
        }
        expect(first.uids[0]).not.toBe(second.uids[0]);
      });
    }
  }
});
