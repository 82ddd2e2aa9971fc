/** Media sniffing: formats by their bytes with pixel sizes; text and truncated headers are recognised as nothing. */
import { describe, expect, it } from 'vitest';
import { extensionFor } from '../../../src/heritage/assets/assetKinds.ts';
import { sniffMedia } from '../../../src/heritage/assets/sniffMedia.ts';
import { brokenGltf, png, triangleGlb, wav } from './fixtures.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('sniffMedia', () => {
  it('reads PNG dimensions from IHDR', () => {
    expect(sniffMedia(png(64, 32))).toEqual({ family: 'image', mediaType: 'image/png', width: 64, height: 32 });
    expect(sniffMedia(png(64, 32).slice(0, 20))).toBeUndefined();
  });

  it('reads JPEG dimensions from the frame header after other segments', () => {
    // SOI, APP0 (16 bytes), SOF0 with height 1024 and width 2048
    const jpeg = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...new Array(14).fill(0), 0xff, 0xc0, 0x00, 0x11, 0x08, 0x04, 0x00, 0x08, 0x00, 0x03, 0, 0, 0, 0);
    expect(sniffMedia(jpeg)).toEqual({ family: 'image', mediaType: 'image/jpeg', width: 2048, height: 1024 });
    expect(sniffMedia(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0, 0, 0, 0, 0, 0))).toBeUndefined();
  });

  it('reads WebP (VP8X) and GIF dimensions', () => {
    const webp = new Uint8Array(30);
    webp.set(new TextEncoder().encode('RIFF'), 0);
    webp.set(new TextEncoder().encode('WEBPVP8X'), 8);
    webp.set([0xff, 0x0f, 0x00, 0xff, 0x07, 0x00], 24); // width-1 = 4095, height-1 = 2047
    expect(sniffMedia(webp)).toEqual({ family: 'image', mediaType: 'image/webp', width: 4096, height: 2048 });
    const gif = new Uint8Array([...new TextEncoder().encode('GIF89a'), 0x20, 0x00, 0x10, 0x00, 0, 0, 0]);
    expect(sniffMedia(gif)).toEqual({ family: 'image', mediaType: 'image/gif', width: 32, height: 16 });
  });

  it('recognises audio containers', () => {
    expect(sniffMedia(wav(0.1))?.mediaType).toBe('audio/wav');
    expect(sniffMedia(new Uint8Array([...new TextEncoder().encode('ID3'), 4, 0, 0, 0, 0, 0, 0, 0, 0]))?.mediaType).toBe('audio/mpeg');
    expect(sniffMedia(bytes(0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0))?.mediaType).toBe('audio/mpeg');
    expect(sniffMedia(bytes(0xff, 0xf1, 0x50, 0x80, 0, 0, 0, 0, 0, 0, 0, 0))?.mediaType).toBe('audio/aac');
    expect(sniffMedia(new Uint8Array([...new TextEncoder().encode('OggS'), 0, 2, 0, 0, 0, 0, 0, 0]))?.mediaType).toBe('audio/ogg');
    expect(sniffMedia(new Uint8Array([0, 0, 0, 0x20, ...new TextEncoder().encode('ftypM4A '), 0, 0, 0, 0]))?.mediaType).toBe('audio/mp4');
  });

  it('recognises GLB and glTF JSON, and nothing in plain text or JSON that is not glTF', () => {
    expect(sniffMedia(triangleGlb())).toEqual({ family: 'model', mediaType: 'model/gltf-binary' });
    expect(sniffMedia(brokenGltf())).toEqual({ family: 'model', mediaType: 'model/gltf+json' });
    expect(sniffMedia(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'))).toBeUndefined();
    expect(sniffMedia(new TextEncoder().encode('just some words, not media'))).toBeUndefined();
    expect(sniffMedia(bytes(1, 2, 3))).toBeUndefined();
  });

  it('names file extensions by media type', () => {
    expect(extensionFor('model/gltf-binary')).toBe('glb');
    expect(extensionFor('audio/mpeg')).toBe('mp3');
    expect(extensionFor('application/x-unknown')).toBe('bin');
  });
});
