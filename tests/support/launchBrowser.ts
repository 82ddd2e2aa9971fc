/**
 * Launches headless Chromium the way these machines need it: no GPU flags (WebGL runs on
 * SwiftShader by default; `--use-gl=swiftshader` and `--disable-software-rasterizer` break it).
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { findChromium } from './findChromium.ts';

/** Chromium switches used by every browser test and bench. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts headless Chromium (from {@link findChromium}); `options` override the defaults. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
