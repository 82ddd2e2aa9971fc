/**
 * A binary min-heap of (key, value) pairs in growable typed arrays, for Dijkstra/A*. Decrease-key is
 * done lazily: push the node again and skip stale entries when popped (the caller compares keys).
 */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  /** Number of entries in the heap. */
  size = 0;

  /** @param capacity initial capacity in entries (grows by doubling). Default: 1024. */
  constructor(capacity = 1024) {
    this.keys = new Float64Array(Math.max(4, capacity));
    this.values = new Int32Array(Math.max(4, capacity));
  }

  /** Adds `value` with priority `key` (smaller first). */
  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    const keys = this.keys;
    const values = this.values;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** The smallest key, or Infinity when empty. */
  peekKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity;
  }

  /** Removes the entry with the smallest key; returns its value (read its key with `peekKey` first). */
  pop(): number {
    if (this.size === 0) throw new Error('MinHeap.pop on an empty heap');
    const keys = this.keys;
    const values = this.values;
    const top = values[0];
    const n = --this.size;
    if (n > 0) {
      const key = keys[n];
      const value = values[n];
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        const child = right < n && keys[right] < keys[left] ? right : left;
        if (keys[child] >= key) break;
        keys[i] = keys[child];
        values[i] = values[child];
        i = child;
      }
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
