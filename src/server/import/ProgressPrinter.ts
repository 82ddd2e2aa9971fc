/** Prints import progress: a live line rewritten with `\r` on a TTY, plain lines otherwise, throttled. */
import type { ImportProgress } from './ImportFeature.ts';

/** Options for {@link ProgressPrinter}. */
export interface ProgressPrinterOptions {
  /** Output stream. Default: process.stdout. */
  stream?: NodeJS.WriteStream | { isTTY?: boolean; write(text: string): unknown };
  /** Minimum time between lines (milliseconds). Default: 250. */
  intervalMs?: number;
  /** Clock (milliseconds), for tests. Default: performance.now. */
  now?: () => number;
}

/** Throttled progress output for the CLI. */
export class ProgressPrinter {
  private last = -Infinity;
  private lastPhase = '';
  private open = false;
  private readonly stream: NonNullable<ProgressPrinterOptions['stream']>;
  private readonly interval: number;
  private readonly now: () => number;

  constructor(options: ProgressPrinterOptions = {}) {
    this.stream = options.stream ?? process.stdout;
    this.interval = options.intervalMs ?? 250;
    this.now = options.now ?? (() => performance.now());
  }

  /** Reports progress; prints when the phase changes, when a phase completes, or after the interval. */
  update(progress: ImportProgress): void {
    const t = this.now();
    const complete = progress.done >= progress.total;
    if (progress.phase === this.lastPhase && !complete && t - this.last < this.interval) return;
    this.last = t;
    this.lastPhase = progress.phase;
    const percent = progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : 100;
    const line = `${progress.phase.padEnd(8)} ${progress.done.toLocaleString('en')}/${progress.total.toLocaleString('en')} (${percent}%)`;
    if (this.stream.isTTY) {
      this.stream.write(`\r${line.padEnd(50)}`);
      this.open = true;
    } else this.stream.write(`${line}\n`);
  }

  /** Ends the live line (before printing anything else). */
  finish(): void {
    if (this.open) this.stream.write('\n');
    this.open = false;
  }
}
