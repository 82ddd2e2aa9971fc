/** A value that follows `value` at most once every `ms` milliseconds (the last change always lands). */
import { useEffect, useRef, useState } from 'react';

/** Throttled copy of `value` (default 1000 ms). */
export function useThrottled<T>(value: T, ms = 1000): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    const apply = () => {
      last.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) {
      apply();
      return;
    }
    const timer = window.setTimeout(apply, wait);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return shown;
}
