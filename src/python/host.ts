// Everything interpreter discovery asks of the machine, behind one parameter,
// so tests on Linux can drive the Windows and macOS branches.
import { execFile } from "node:child_process";
import { accessSync, constants, lstatSync, readdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { posix, win32 } from "node:path";

// "alias": exists but cannot be stat'ed (a Windows App Execution Alias, such as
// the Microsoft Store's python.exe); only running it tells what it is.
export type FileKind = "file" | "alias" | "dir" | "not-executable";

export type RunResult = { exitCode: number | null; stdout: string; stderr: string; errorCode?: string; message?: string };

export type Host = {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  homedir: string;
  exists: (path: string) => FileKind | undefined;
  list: (dir: string) => string[];
  run: (command: string, args: string[], options: { cwd: string; timeoutMs: number }) => Promise<RunResult>;
  // Size and mtime for the cache of resolved interpreters; without it nothing is cached.
  stat?: (path: string) => { mtimeMs: number; size: number } | undefined;
};

export function pathApi(platform: NodeJS.Platform): typeof posix {
  return platform === "win32" ? win32 : posix;
}

function fileKind(path: string, platform: NodeJS.Platform): FileKind | undefined {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return "dir";
    if (!stat.isFile()) return "not-executable";
    if (platform !== "win32") accessSync(path, constants.X_OK);
    return "file";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EACCES" && platform !== "win32") return "not-executable";
    if (platform !== "win32") return undefined;
  }
  // Windows: an App Execution Alias has an entry (lstat) that cannot be opened (stat).
  try {
    lstatSync(path);
    return "alias";
  } catch {
    return undefined;
  }
}

// The machine pytutor runs on. Executables run with no shell and no window.
export function realHost(env: NodeJS.ProcessEnv = process.env): Host {
  const platform = process.platform;
  return {
    platform,
    env,
    // Git Bash's HOME is a POSIX-looking path native programs do not share.
    homedir: platform === "win32" ? homedir() : env.HOME || homedir(),
    exists: (path) => fileKind(path, platform),
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    run: (command, args, { cwd, timeoutMs }) =>
      new Promise((done) => {
        execFile(command, args, { cwd, timeout: timeoutMs, encoding: "utf8", windowsHide: true, shell: false }, (error, stdout, stderr) => {
          if (!error) return done({ exitCode: 0, stdout, stderr });
          const code = (error as { code?: unknown }).code;
          done({
            exitCode: typeof code === "number" ? code : null,
            stdout,
            stderr,
            ...(typeof code === "string" ? { errorCode: code } : {}),
            message: error.message,
          });
        });
      }),
    stat: (path) => {
      try {
        const stat = statSync(path);
        return { mtimeMs: stat.mtimeMs, size: stat.size };
      } catch {
        return undefined;
      }
    },
  };
}
