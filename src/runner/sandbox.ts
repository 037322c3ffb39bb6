// Isolation of an untrusted program with bubblewrap, built from an allow-list:
// the system's libraries, the interpreter's own prefix, the probe's folder and
// nothing else of the machine (not the package, not the teacher's home, not
// the class); a private /work, /tmp and /dev/shm of bounded size; its own PID,
// network, IPC and UTS namespaces. As root, the program itself runs under an
// unprivileged uid of its own, dropped inside the sandbox after the mounts are
// made (so the interpreter's prefix may live under a private /root).
//
// Written here rather than taken from a library: no npm package builds a
// bubblewrap allow-list, and what must be visible depends on how CPython finds
// its prefix, which only this grader knows.
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { both, type Text } from "../i18n/lang.js";
import { randomHex } from "../util/random.js";

// Fixed paths inside the sandbox: the same for every run, whatever the host's.
export const SANDBOX_WORK = "/work";
export const SANDBOX_PROBE = "/pytutor/probe";
export const SANDBOX_PRIVATE = "/pytutor/private";
export const SANDBOX_PATH = "/usr/local/bin:/usr/bin:/bin";

// Bytes of each private tmpfs (/work, /tmp, /dev/shm).
export const SCRATCH_BYTES = 64 * 1024 * 1024;

// What a run can be given, decided once per process.
export type Isolation =
  | { mode: "sandbox"; perRunUid: boolean; sizes: boolean; setpriv?: string }
  | { mode: "none"; reason: Text };

// Files of /etc a Python program may need; nothing else of /etc is visible.
const ETC_FILES = [
  "/etc/ld.so.cache",
  "/etc/ld.so.conf",
  "/etc/ld.so.conf.d",
  "/etc/localtime",
  "/etc/nsswitch.conf",
  "/etc/passwd",
  "/etc/group",
  "/etc/os-release",
  "/etc/mime.types",
];
// Where util-linux puts setpriv (visible inside the sandbox through /usr or /bin).
const SETPRIV = ["/usr/bin/setpriv", "/bin/setpriv"];
const SYSTEM_DIRS = ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"];

let detected: Isolation | undefined;

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

// Whether bubblewrap can isolate here, tried once with the options a run uses.
export function detectIsolation(): Isolation {
  if (detected) return detected;
  detected = probeIsolation();
  return detected;
}

function probeIsolation(): Isolation {
  if (process.platform !== "linux") {
    return {
      mode: "none",
      reason: both(
        `el aislamiento necesita Linux con bubblewrap; en ${process.platform} los programas corren sin aislar`,
        `isolation needs Linux with bubblewrap; on ${process.platform} programs run without isolation`,
      ),
    };
  }
  const help = spawnSync("bwrap", ["--help"], { encoding: "utf8", timeout: 10_000 });
  if (help.error || help.status !== 0) {
    return {
      mode: "none",
      reason: both(
        "no encuentro bubblewrap (`bwrap`): instálalo (`apt-get install bubblewrap`) para aislar los programas",
        "bubblewrap (`bwrap`) was not found: install it (`apt-get install bubblewrap`) to isolate the programs",
      ),
    };
  }
  const sizes = help.stdout.includes("--size");
  const root = isRoot();
  const base = [...namespaceArgs(root), ...systemArgs(), "--proc", "/proc", "--dev", "/dev", "--"];
  const trial = (drop: string[]) => spawnSync("bwrap", [...base, ...drop, "/bin/sh", "-c", "exit 0"], { encoding: "utf8", timeout: 10_000 });
  // As root, util-linux's setpriv drops to the run's uid in one small exec;
  // without it a second CPython start does the same (~20 ms of CPU more for
  // every run). It is used only where a trial drop inside the sandbox works.
  const setpriv = root ? SETPRIV.find((path) => existsSync(path)) : undefined;
  if (setpriv !== undefined && trial(dropArgs(setpriv, String(runUid()))).status === 0) return { mode: "sandbox", perRunUid: root, sizes, setpriv };
  const plain = trial([]);
  if (plain.status !== 0) {
    const why = (plain.stderr || plain.error?.message || "").trim().split("\n").slice(-1)[0] ?? "";
    return {
      mode: "none",
      reason: both(
        `bubblewrap no puede crear el aislamiento en este sistema (${why}); ¿espacios de nombres de usuario desactivados?`,
        `bubblewrap cannot build the sandbox on this system (${why}); are user namespaces disabled?`,
      ),
    };
  }
  return { mode: "sandbox", perRunUid: root, sizes };
}

// Real, effective and saved uid and gid all the run's own, no supplementary groups.
function dropArgs(setpriv: string, uid: string): string[] {
  return [setpriv, `--reuid=${uid}`, `--regid=${uid}`, "--clear-groups", "--"];
}

function namespaceArgs(root: boolean): string[] {
  const args = ["--die-with-parent", "--new-session", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"];
  // As root, no user namespace: the mounts are made with root's reach, and
  // the program drops to its own uid inside (the only capabilities kept are
  // the two that dropping needs, and no_new_privs stops any gain on exec).
  if (root) args.push("--cap-drop", "ALL", "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID");
  else args.push("--unshare-user", "--cap-drop", "ALL");
  return args;
}

// The machine's system folders do not move during a command: read once (a
// batch builds a sandbox for every run).
let systemArgsRead: string[] | undefined;
function systemArgs(): string[] {
  systemArgsRead ??= readSystemArgs();
  return systemArgsRead;
}

function readSystemArgs(): string[] {
  const args = ["--ro-bind", "/usr", "/usr"];
  for (const dir of SYSTEM_DIRS) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) args.push("--symlink", readlinkSync(dir), dir);
    else if (stat.isDirectory()) args.push("--ro-bind", dir, dir);
  }
  for (const file of ETC_FILES) args.push("--ro-bind-try", file, file);
  // Debian keeps its sitecustomize in /etc/python3.X.
  try {
    for (const name of readdirSync("/etc")) if (/^python3(\.\d+)?$/u.test(name)) args.push("--ro-bind", `/etc/${name}`, `/etc/${name}`);
  } catch {
    /* no /etc */
  }
  return args;
}

const under = (path: string, dir: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

// The interpreter's folders, as CPython will look for them, bound at their own
// paths (its prefix is computed from where the executable is).
const interpreterPathsRead = new Map<string, string[]>();
function interpreterPaths(executable: string, prefixes: string[]): string[] {
  const key = JSON.stringify([executable, prefixes]);
  let paths = interpreterPathsRead.get(key);
  if (paths === undefined) {
    paths = readInterpreterPaths(executable, prefixes);
    interpreterPathsRead.set(key, paths);
  }
  return paths;
}

function readInterpreterPaths(executable: string, prefixes: string[]): string[] {
  const found = new Set<string>();
  const add = (path: string) => {
    if (!path || path === "/" || !existsSync(path)) return;
    found.add(path);
    try {
      found.add(realpathSync(path));
    } catch {
      /* keep the path as given */
    }
  };
  for (const prefix of prefixes) add(prefix);
  add(dirname(executable));
  try {
    add(dirname(realpathSync(executable)));
  } catch {
    /* a missing executable fails later, with its own message */
  }
  const system = ["/usr", ...SYSTEM_DIRS];
  const paths = [...found].filter((p) => !system.some((s) => under(p, s)));
  // A folder inside another is bound with it.
  return paths.filter((p) => !paths.some((q) => q !== p && under(p, q))).sort();
}

// bwrap's `--dir` for every ancestor of the bound paths, world-traversable,
// so that a program with its own uid reaches a prefix under a private /root.
function ancestorArgs(paths: string[], made: Set<string>): string[] {
  const args: string[] = [];
  for (const path of paths) {
    const parts = path.split(sep).filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = sep + parts.slice(0, i).join(sep);
      if (made.has(dir) || dir === "/usr") continue;
      made.add(dir);
      args.push("--perms", "0755", "--dir", dir);
    }
  }
  return args;
}

export type SandboxSpawn = {
  file: string;
  args: string[];
  // Open file descriptors bwrap consumes (copies into /work); the caller passes
  // them as the child's fds from `firstFd` on and closes its own copies after.
  fds: number[];
  // The uid the program runs under (as root), or undefined.
  uid?: number;
};

export type SandboxInput = {
  isolation: Extract<Isolation, { mode: "sandbox" }>;
  python: { executable: string; prefixes?: string[] };
  probeDir: string;
  privateDir: string;
  // Host folder whose regular files are copied into /work.
  work: string;
  // The command to run inside, with paths already inside the sandbox.
  command: string[];
  firstFd: number;
};

// A fresh unprivileged uid and gid for one run (as root): no other process on
// the machine has it, so it can signal, trace or read nothing of theirs.
export function runUid(): number {
  return 1_000_000_000 + (Number.parseInt(randomHex(4), 16) % 1_000_000_000);
}

export function sandboxCommand(input: SandboxInput, uid?: number): SandboxSpawn {
  const { isolation } = input;
  const args = namespaceArgs(isolation.perRunUid);
  args.push(...systemArgs());
  const made = new Set<string>();
  const interpreter = interpreterPaths(input.python.executable, input.python.prefixes ?? [dirname(dirname(input.python.executable))]);
  args.push(...ancestorArgs([...interpreter, SANDBOX_PROBE, SANDBOX_PRIVATE], made));
  for (const path of interpreter) args.push("--ro-bind", path, path);
  args.push("--ro-bind", input.probeDir, SANDBOX_PROBE);
  args.push("--bind", input.privateDir, SANDBOX_PRIVATE);
  args.push("--proc", "/proc", "--dev", "/dev");
  const size = (mode: string) => [...(isolation.sizes ? ["--size", String(SCRATCH_BYTES)] : []), "--perms", mode];
  args.push(...size("1777"), "--tmpfs", "/tmp");
  args.push(...size("1777"), "--tmpfs", "/dev/shm");
  args.push(...size("0777"), "--tmpfs", SANDBOX_WORK);
  const fds: number[] = [];
  for (const name of readdirSync(input.work).sort()) {
    const path = join(input.work, name);
    if (!lstatSync(path).isFile()) continue;
    fds.push(openSync(path, "r"));
    args.push("--perms", "0666", "--file", String(input.firstFd + fds.length - 1), `${SANDBOX_WORK}/${name}`);
  }
  args.push("--chdir", SANDBOX_WORK, "--setenv", "PATH", SANDBOX_PATH, "--");
  if (uid !== undefined && isolation.setpriv !== undefined) args.push(...dropArgs(isolation.setpriv, String(uid)));
  else if (uid !== undefined) {
    // Without setpriv: dropped with the program's own interpreter, in
    // isolated mode so that nothing of the sandbox's Python path runs as root.
    args.push(input.python.executable, "-I", "-S", "-c", DROP, String(uid));
  }
  args.push(...input.command);
  return { file: "bwrap", args, fds, ...(uid !== undefined ? { uid } : {}) };
}

const DROP = "import os, sys; n = int(sys.argv[1]); os.setgroups([]); os.setgid(n); os.setuid(n); os.execv(sys.argv[2], sys.argv[2:])";

// What to tell a teacher, and to write in every report, about a batch's isolation.
export function describeIsolation(isolation: Isolation | { mode: "off" }): Text {
  if (isolation.mode === "off") {
    return both(
      "sin aislar (--no-sandbox): cada programa corrió con los permisos de pytutor y pudo ver el resto de la máquina",
      "not isolated (--no-sandbox): each program ran with pytutor's permissions and could see the rest of the machine",
    );
  }
  if (isolation.mode === "none") return both(`sin aislar: ${isolation.reason.es}`, `not isolated: ${isolation.reason.en}`);
  const uid = isolation.perRunUid ? both(", cada uno con su propio usuario sin privilegios", ", each under an unprivileged user of its own") : both("", "");
  const sizes = isolation.sizes ? both("", "") : both(" (este bubblewrap no limita el tamaño de /tmp)", " (this bubblewrap cannot bound /tmp's size)");
  return both(
    `aislado con bubblewrap: sin red, sin ver la máquina ni las otras entregas${uid.es}${sizes.es}`,
    `isolated with bubblewrap: no network, nothing of the machine or the other submissions visible${uid.en}${sizes.en}`,
  );
}
