// A worker pool in which some jobs are exclusive: they run with nothing else
// in parallel (CPU timings, speed-ups), so a busy neighbour cannot skew them.
export async function runPool<T>(
  jobs: T[],
  width: number,
  isExclusive: (job: T) => boolean,
  work: (job: T) => Promise<void>,
): Promise<void> {
  const pending = [...jobs];
  let running = 0;
  let exclusiveRunning = false;
  await new Promise<void>((resolve, reject) => {
    const pump = () => {
      if (pending.length === 0 && running === 0) {
        resolve();
        return;
      }
      while (pending.length > 0 && !exclusiveRunning && running < Math.max(1, width)) {
        const exclusive = isExclusive(pending[0] as T);
        // First in, first out; an exclusive job waits for the pool to drain, then runs alone.
        if (exclusive && running > 0) break;
        const job = pending.shift() as T;
        running++;
        if (exclusive) exclusiveRunning = true;
        work(job).then(
          () => {
            running--;
            if (exclusive) exclusiveRunning = false;
            pump();
          },
          reject,
        );
      }
    };
    pump();
  });
}
