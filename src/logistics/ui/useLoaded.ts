import { useEffect, useRef, useState } from 'react';
import type { LogisticsResult } from './logisticsApi.ts';

/** State of an async load: pending (undefined), or its result. */
export type Loaded<T> = LogisticsResult<T> | undefined;

/**
 * Runs `load` whenever `key` changes (undefined key: nothing to load) and returns its result;
 * a result for an older key is dropped. The loaders are memoised, so panel and map share requests.
 */
export function useLoaded<T>(key: string | undefined, load: () => Promise<LogisticsResult<T>>): Loaded<T> {
  const [state, setState] = useState<{ key: string; result: LogisticsResult<T> }>();
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    if (key === undefined) return;
    let cancelled = false;
    void loader.current().then((result) => {
      if (!cancelled) setState({ key, result });
    });
    return () => {
      cancelled = true;
    };
  }, [key]);
  return state && state.key === key ? state.result : undefined;
}
