// Finding the learner's workspace: the nearest folder, from the working
// directory up, that holds `.pytutor/state.json`. Kept free of zod so that
// main.ts can ask for the workspace's language on every start at no cost.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Lang } from "../i18n/lang.js";

export const STATE_DIR = ".pytutor";

export type Workspace = {
  // The folder with the learner's files.
  root: string;
  // root/.pytutor
  dir: string;
  statePath: string;
  lockPath: string;
  backupsDir: string;
};

export function workspaceAt(root: string): Workspace {
  const abs = resolve(root);
  const dir = join(abs, STATE_DIR);
  return { root: abs, dir, statePath: join(dir, "state.json"), lockPath: join(dir, "state.lock"), backupsDir: join(dir, "backups") };
}

export function findWorkspace(from: string = process.cwd()): Workspace | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, STATE_DIR, "state.json"))) return workspaceAt(dir);
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

// The language the workspace was made in, if it can be read at a glance; any
// problem with the file is left to the command that reads it properly.
export function workspaceLang(from?: string): Lang | undefined {
  try {
    const ws = findWorkspace(from ?? process.cwd());
    if (!ws) return undefined;
    const lang = (JSON.parse(readFileSync(ws.statePath, "utf8")) as { lang?: unknown }).lang;
    return lang === "es" || lang === "en" ? lang : undefined;
  } catch {
    return undefined;
  }
}
