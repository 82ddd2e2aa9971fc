import { useEffect, useState } from 'react';
import type { CatalogLayer, CatalogResponse } from '../catalog/LayerDefinition.ts';

/** The layer catalog as loaded from `GET /api/layers`. */
export type CatalogState =
  | { status: 'loading' }
  | { status: 'ready'; layers: CatalogLayer[]; warnings: string[] }
  | { status: 'error'; message: string };

/** Fetches the layer catalog once. A failure is a value, shown in the panel. */
export function useCatalog(url = '/api/layers'): CatalogState {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    const abort = new AbortController();
    fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } })
      .then(async (res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
        const body = (await res.json()) as Partial<CatalogResponse>;
        const layers = Array.isArray(body.layers) ? body.layers.filter((l) => l && typeof l.id === 'string') : [];
        setState({ status: 'ready', layers, warnings: Array.isArray(body.warnings) ? body.warnings.map(String) : [] });
      })
      .catch((err: unknown) => {
        if (!abort.signal.aborted) setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => abort.abort();
  }, [url]);
  return state;
}
