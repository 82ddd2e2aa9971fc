/** The undo/redo stack: execute, undo, redo, no-op commands, redo cleared by a new edit, the undo limit. */
import { describe, expect, it } from 'vitest';
import { createStack, execute, redo, redoLabel, undo, undoLabel, type Command } from '../../../../src/planning/ui/CommandStack.ts';

const add = (n: number): Command<number[]> => ({ label: `add ${n}`, apply: (s) => [...s, n] });
const same: Command<number[]> = { label: 'nothing', apply: (s) => s };

describe('CommandStack', () => {
  it('executes, undoes and redoes exactly, with labels', () => {
    let s = createStack<number[]>([]);
    s = execute(s, add(1));
    s = execute(s, add(2));
    expect(s.present).toEqual([1, 2]);
    expect(undoLabel(s)).toBe('add 2');
    s = undo(s);
    expect(s.present).toEqual([1]);
    expect(redoLabel(s)).toBe('add 2');
    s = undo(s);
    expect(s.present).toEqual([]);
    expect(undoLabel(s)).toBeUndefined();
    s = redo(redo(s));
    expect(s.present).toEqual([1, 2]);
    expect(redoLabel(s)).toBeUndefined();
  });

  it('undo and redo at the ends return the same stack', () => {
    const s = createStack<number[]>([7]);
    expect(undo(s)).toBe(s);
    expect(redo(s)).toBe(s);
  });

  it('a new edit after undo drops the redo list', () => {
    let s = execute(execute(createStack<number[]>([]), add(1)), add(2));
    s = execute(undo(s), add(3));
    expect(s.present).toEqual([1, 3]);
    expect(s.future).toHaveLength(0);
    expect(redo(s)).toBe(s);
  });

  it('a command that returns the same state is not recorded', () => {
    const s = execute(createStack<number[]>([1]), add(2));
    expect(execute(s, same)).toBe(s);
  });

  it('keeps at most maxUndo states', () => {
    let s = createStack<number[]>([]);
    for (let i = 0; i < 5; i++) s = execute(s, add(i), 3);
    expect(s.past).toHaveLength(3);
    s = undo(undo(undo(s)));
    expect(s.present).toEqual([0, 1]);
    expect(undo(s)).toBe(s);
  });

  it('never changes the states it holds', () => {
    const initial = Object.freeze([1]) as number[];
    const s = execute(createStack(initial), add(2));
    expect(undo(s).present).toBe(initial);
    expect(initial).toEqual([1]);
  });
});
