// Starts the probe on CPython: the platform's wrapper (a shell on POSIX) or
// bubblewrap around it, execa with five pipes (stdin, stdout, stderr, the
// probe's channel, its token) and, in a sandbox, the files bwrap copies in.
import { chmodSync, chownSync, closeSync } from "node:fs";
import { basename, join } from "node:path";
import { execa } from "execa";
import type { Platform } from "../platform/platform.js";
import type { RunPlan } from "./plan.js";
import { SANDBOX_WORK, runUid, sandboxCommand } from "./sandbox.js";

export type Command = { file: string; args: string[]; fds: number[]; detached: boolean; uid?: number };

// The fds 0–4 are stdin, stdout, stderr, the probe's channel and its token;
// a sandbox's copies into /work come after.
const FIRST_EXTRA_FD = 5;

export function command(platform: Platform, plan: RunPlan, script: string, work: string, privateDir: string, probeDir: string): Command {
  const inside = plan.sandbox ? join(SANDBOX_WORK, basename(script)) : script;
  const launch = platform.launch([plan.python.executable, inside, ...(plan.args ?? [])]);
  if (!plan.sandbox) return { file: launch.file, args: launch.args, fds: [], detached: launch.detached };
  const uid = plan.sandbox.isolation.perRunUid ? runUid() : undefined;
  if (uid !== undefined) {
    // The stack dump at a timeout is written by the program's own uid.
    chownSync(privateDir, uid, uid);
    chmodSync(privateDir, 0o700);
  }
  const wrapped = sandboxCommand(
    { isolation: plan.sandbox.isolation, python: plan.python, probeDir, privateDir, work, command: [launch.file, ...launch.args], firstFd: FIRST_EXTRA_FD },
    uid,
  );
  return { ...wrapped, detached: true };
}

export function spawnRun(cmd: Command, work: string, env: Record<string, string>, input: string | undefined) {
  const child = execa(cmd.file, cmd.args, {
    cwd: work,
    env,
    extendEnv: false,
    // execa passes a number through as that fd (its types do not say so).
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe", "pipe", "pipe", ...cmd.fds] as unknown as ["ignore" | "pipe", "pipe", "pipe", "pipe", "pipe"],
    ...(input === undefined ? {} : { input }),
    buffer: false,
    reject: false,
    // POSIX: the run leads its own group. Never on Windows (DETACHED_PROCESS).
    detached: cmd.detached,
    encoding: "buffer",
    stripFinalNewline: false,
    cleanup: true,
    windowsHide: true,
  });
  // bwrap has its own copies of the files it copies into /work.
  for (const fd of cmd.fds) closeSync(fd);
  return child;
}

export type RunChild = ReturnType<typeof spawnRun>;
