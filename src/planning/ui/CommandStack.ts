/**
 * Undo/redo for editing: a pure, immutable command stack over any state value. A command maps a
 * state to the next one; the stack keeps the states before and after, so undo and redo are exact
 * whatever the command did (no inverse to get wrong). Plain TypeScript, no React, unit-tested.
 */

/** One edit: a label for the UI and a pure function from the state to the next state. */
export interface Command<S> {
  /** What the edit did, shown in the undo/redo buttons' titles (e.g. "move vn-house-1"). */
  label: string;
  /** Returns the next state; must not change `state`. */
  apply(state: S): S;
}

/** The stack: the current state, the edits that led to it (undo) and those undone (redo). */
export interface CommandStack<S> {
  readonly present: S;
  readonly past: ReadonlyArray<{ label: string; state: S }>;
  readonly future: ReadonlyArray<{ label: string; state: S }>;
}

/** Most edits kept for undo; older ones are forgotten. Default 200. */
export const MAX_UNDO = 200;

/** A stack whose present is `state` with nothing to undo or redo. */
export function createStack<S>(state: S): CommandStack<S> {
  return { present: state, past: [], future: [] };
}

/** Applies `command`: the result becomes the present, the redo list is cleared. A no-op command (same state) changes nothing. */
export function execute<S>(stack: CommandStack<S>, command: Command<S>, maxUndo = MAX_UNDO): CommandStack<S> {
  const next = command.apply(stack.present);
  if (Object.is(next, stack.present)) return stack;
  const past = [...stack.past, { label: command.label, state: stack.present }];
  return { present: next, past: past.length > maxUndo ? past.slice(past.length - maxUndo) : past, future: [] };
}

/** Goes back one edit (unchanged when there is nothing to undo). */
export function undo<S>(stack: CommandStack<S>): CommandStack<S> {
  const last = stack.past[stack.past.length - 1];
  if (!last) return stack;
  return { present: last.state, past: stack.past.slice(0, -1), future: [{ label: last.label, state: stack.present }, ...stack.future] };
}

/** Re-applies the last undone edit (unchanged when there is none). */
export function redo<S>(stack: CommandStack<S>): CommandStack<S> {
  const [next, ...rest] = stack.future;
  if (!next) return stack;
  return { present: next.state, past: [...stack.past, { label: next.label, state: stack.present }], future: rest };
}

/** Label of the edit undo would revert, if any. */
export function undoLabel<S>(stack: CommandStack<S>): string | undefined {
  return stack.past[stack.past.length - 1]?.label;
}

/** Label of the edit redo would re-apply, if any. */
export function redoLabel<S>(stack: CommandStack<S>): string | undefined {
  return stack.future[0]?.label;
}
