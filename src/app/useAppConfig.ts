import { useEffect, useState } from 'react';

/** Optional viewer settings from `GET /api/config`; each is used only when set. */
export interface AppConfig {
  /** Cesium ion access token. Default: none (no ion). */
  ionToken?: string;
  /** XYZ imagery URL template (`…/{z}/{x}/{y}.png`). Default: bundled NaturalEarthII. */
  imageryUrl?: string;
  /** Quantized-mesh terrain root. Default: ellipsoid. */
  terrainUrl?: string;
}

/** Loads `/api/config`; undefined while loading, `{}` when the request fails (offline defaults). */
export function useAppConfig(url = '/api/config'): AppConfig | undefined {
  const [config, setConfig] = useState<AppConfig | undefined>(undefined);
  useEffect(() => {
    const abort = new AbortController();
    fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } })
      .then(async (res): Promise<AppConfig> => (res.ok ? ((await res.json()) as AppConfig) : {}))
      .catch((): AppConfig => ({}))
      .then((body) => {
        if (abort.signal.aborted) return;
        const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
        setConfig({ ionToken: str(body.ionToken), imageryUrl: str(body.imageryUrl), terrainUrl: str(body.terrainUrl) });
      });
    return () => abort.abort();
  }, [url]);
  return config;
}
