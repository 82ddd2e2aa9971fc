/**
 * What every browser test starts with: a real server process, headless Chromium, one 1280×800 page
 * whose requests are recorded (to prove nothing leaves the machine) and whose uncaught errors are
 * collected — and the matching tear-down, which prints the server's output if it died mid-test.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { recordRequests, type RequestLog } from './appPage.ts';
import { launchBrowser } from './launchBrowser.ts';
import { startServerProcess, type ServerProcess, type ServerProcessOptions } from './startServerProcess.ts';

/** A started server, browser and page. */
export interface BrowserSession {
  server: ServerProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  requests: RequestLog;
  /** Messages of uncaught page errors, in order. */
  pageErrors: string[];
  /** Closes the browser and stops the server (prints the server's output if it had exited). */
  close(): Promise<void>;
}

/** Starts a server (`server` options, e.g. `{ env: { SIMULATOR: 'off' }, timeoutMs }`), Chromium and a page. */
export async function startBrowserSession(options: { server?: ServerProcessOptions & { timeoutMs?: number } } = {}): Promise<BrowserSession> {
  const server = await startServerProcess(options.server);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const opened = browser;
    return {
      server, browser: opened, context, page, requests, pageErrors,
      close: async () => {
        if (server.spawned.child.exitCode !== null) console.log(`the server exited during the tests:\n${server.output()}`);
        await opened.close();
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.stop();
    throw error;
  }
}
