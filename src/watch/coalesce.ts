// Scheduling for `pytutor watch`, free of the file system so that it can be
// tested with fake clocks and fake checks: a trailing debounce, and a runner
// that never runs its task twice at once and folds any number of requests made
// during a run into exactly one more run after it.

export type Timers = {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
};

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type Debounced = { trigger(): void; cancel(): void; readonly pending: boolean };

// `fn` runs once `ms` after the last of a burst of triggers.
export function debounce(fn: () => void, ms: number, timers: Timers = realTimers): Debounced {
  let handle: unknown;
  let armed = false;
  return {
    trigger() {
      if (armed) timers.clearTimeout(handle);
      armed = true;
      handle = timers.setTimeout(() => {
        armed = false;
        fn();
      }, ms);
    },
    cancel() {
      if (armed) timers.clearTimeout(handle);
      armed = false;
    },
    get pending() {
      return armed;
    },
  };
}

export class Coalescer {
  private running: Promise<void> | undefined;
  private active = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly task: () => Promise<void>,
    // A task's error must not stop the loop; it goes here.
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  // Runs the task now, or once more after the run in progress.
  request(): void {
    if (this.stopped) return;
    if (this.active) {
      this.again = true;
      return;
    }
    this.active = true;
    this.running = this.loop();
  }

  // Forgets a run requested during the current one (the target changed).
  clearPending(): void {
    this.again = false;
  }

  get busy(): boolean {
    return this.active;
  }

  // No more runs; the one in progress (if any) finishes.
  stop(): void {
    this.stopped = true;
    this.again = false;
  }

  // Resolves when no run is in progress or pending.
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        try {
          await this.task();
        } catch (error) {
          this.onError(error);
        }
      } while (this.again && !this.stopped);
    } finally {
      this.active = false;
      this.running = undefined;
    }
  }
}
