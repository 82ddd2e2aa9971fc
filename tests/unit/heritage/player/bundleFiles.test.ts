import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleFilesScript, mediaTypeOf } from '../../../../src/tour-player/bundleFiles.ts';
import { bundlePath } from '../../../../src/tour-player/installBundleFiles.ts';
import { installWorkerShim } from '../../../../src/tour-player/workerShim.ts';

describe('offline bundle files (file:// player)', () => {
  it('embeds files as base64 in a script that several scripts can add to', () => {
    const window: Record<string, unknown> = {};
    vm.runInNewContext(bundleFilesScript([{ path: './tilesets/a/tileset.json', bytes: new TextEncoder().encode('{"a":1}') }]), { window });
    vm.runInNewContext(bundleFilesScript([{ path: 'media/x.glb', bytes: new Uint8Array([0, 255, 7]) }]), { window });
    const files = window.HUE_TOUR_FILES as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual(['media/x.glb', 'tilesets/a/tileset.json']);
    expect(Buffer.from(files['tilesets/a/tileset.json'], 'base64').toString()).toBe('{"a":1}');
    expect([...Buffer.from(files['media/x.glb'], 'base64')]).toEqual([0, 255, 7]);
  });

  it('maps request URLs to bundle paths (file:// and http), nothing outside the bundle', () => {
    const page = 'file:///media/usb/tour/index.html?kiosk=1';
    expect(bundlePath('./cesium/Assets/Textures/NaturalEarthII/0/0/0.jpg', page)).toBe('cesium/Assets/Textures/NaturalEarthII/0/0/0.jpg');
    expect(bundlePath('file:///media/usb/tour/tilesets/m/tiles/a%20b.glb?v=2', page)).toBe('tilesets/m/tiles/a b.glb');
    expect(bundlePath('file:///etc/passwd', page)).toBeUndefined();
    expect(bundlePath('layers/x.geojson', 'http://localhost:9000/bundle/index.html')).toBe('layers/x.geojson');
    expect(bundlePath('http://elsewhere.example/x.json', 'http://localhost:9000/bundle/')).toBeUndefined();
    expect(mediaTypeOf('a/b/0.JPG')).toBe('image/jpeg');
    expect(mediaTypeOf('tiles/x.glb?v=1')).toBe('model/gltf-binary');
    expect(mediaTypeOf('noext')).toBe('application/octet-stream');
  });
});

describe("Cesium's worker shim rewrite", () => {
  const g = globalThis as unknown as { Blob: typeof Blob; CESIUM_WORKERS?: string; __hueWorkerShim?: boolean };
  const NativeBlob = g.Blob;
  afterEach(() => {
    g.Blob = NativeBlob;
    delete g.CESIUM_WORKERS;
    delete g.__hueWorkerShim;
  });

  it('turns the two-level importScripts shim into one self-contained script and leaves other blobs alone', async () => {
    g.CESIUM_WORKERS = 'var CesiumWorkers={createVerticesFromHeightmap(){}};';
    installWorkerShim();
    const shim = '\n      importScripts("blob:null/1234-abcd");\n      CesiumWorkers["createVerticesFromHeightmap"]();\n    ';
    const text = await new g.Blob([shim]).text();
    expect(text).toContain('var CesiumWorkers=');
    expect(text).toContain('CesiumWorkers["createVerticesFromHeightmap"]();');
    expect(text).not.toContain('importScripts');
    expect(await new g.Blob(['importScripts("x.js")']).text()).toBe('importScripts("x.js")');
  });
});
