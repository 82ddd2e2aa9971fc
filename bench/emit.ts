/** Bench output: one JSON object per line on stdout (progress goes to stderr). */
import os from 'node:os';

/** The machine a figure was measured on. */
export const MACHINE = { cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length };

/** One figure: `{"bench","metric","value","unit","machine",...extra}`. */
export interface BenchLine {
  bench: string;
  metric: string;
  /** null when the measurement failed (then `error` says why). */
  value: number | null;
  unit: string;
  [extra: string]: unknown;
}

/** Prints one figure as a JSON line on stdout. */
export function emit(line: BenchLine): void {
  process.stdout.write(`${JSON.stringify({ ...line, machine: MACHINE })}\n`);
}

/** Progress for humans, on stderr so stdout stays machine-readable. */
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Rounds to `digits` decimals (figures stay readable in the JSON). */
export function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}
