// The run's pipes on a real process: stdout lines (CRLF as Windows writes
// them), the output cap, and the probe's channel read to its end.
import { describe, expect, test } from "vitest";
import { spawnRun } from "../../src/runner/launch.js";
import { RunPipes } from "../../src/runner/plumbing.js";
import { platformFor } from "../../src/platform/platform.js";

const SH = { file: "/bin/sh", fds: [], detached: true };

async function pipe(script: string, limit = 1000) {
  const child = spawnRun({ ...SH, args: ["-c", script] }, "/tmp", { PATH: "/usr/bin:/bin" }, undefined);
  let capped = 0;
  const pipes = new RunPipes(child, "tok", limit, () => capped++);
  await child;
  await pipes.channelEnded;
  await pipes.ready;
  return { pipes, capped: () => capped };
}

describe("RunPipes", () => {
  test("CRLF lines lose their CR the Windows way and keep it the Linux way", async () => {
    const { pipes } = await pipe("printf 'uno\\r\\ndos\\r\\n'");
    const windows = platformFor("win32");
    expect(pipes.finish((l) => windows.stdoutLine(l)).rawLines.map((l) => l.text)).toEqual(["uno", "dos"]);
    const again = await pipe("printf 'uno\\r\\ndos\\r\\n'");
    expect(again.pipes.finish((l) => platformFor("linux").stdoutLine(l)).rawLines.map((l) => l.text)).toEqual(["uno\r", "dos\r"]);
  });

  test("the token reaches fd 4 and the channel (fd 3) is parsed; stderr is kept", async () => {
    const hello = JSON.stringify({ event: "task-done", t: 1, n: 1, k: "tok" });
    const { pipes } = await pipe(`read t <&4; [ "$t" = tok ] && printf '%s\\n' '${hello}' >&3; echo oops >&2`);
    const out = pipes.finish((l) => l);
    expect(out.report.events.map((e) => e.event)).toEqual(["task-done"]);
    expect(out.stderr).toBe("oops\n");
  });

  test("past the output cap the run is told to stop, once, and only the allowed bytes are kept", async () => {
    const { pipes, capped } = await pipe("i=0; while [ $i -lt 50 ]; do echo 0123456789; i=$((i+1)); done", 100);
    const out = pipes.finish((l) => l);
    expect(capped()).toBe(1);
    expect(out.outputCapped).toBe(true);
    expect(out.rawLines.map((l) => l.text).join("\n").length).toBeLessThanOrEqual(100);
  });
});
