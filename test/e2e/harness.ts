/**
 * Vitest hooks for the end-to-end tests: one static server and one Chromium per test file, a fresh
 * browser context per test (IndexedDB starts empty; page.reload() keeps the same context). It builds
 * nothing: `npm test` runs `build:web` first, and a missing build fails with a clear message.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/serve-web.mjs';
import { checkPrerequisites, DIST_WEB, launchChromium } from './browser';

export * from './browser';

export interface E2EApp {
  readonly url: string;
  readonly browser: Browser;
  /** A fresh context per test: IndexedDB and localStorage start empty; page.reload() keeps them. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Errors thrown in the page (uncaught exceptions); checked empty after each test. */
  readonly pageErrors: string[];
}

/**
 * Registers the hooks for one test file and returns the live handles. Call once at the top of a
 * describe block (or the file).
 */
export function useE2EApp(): E2EApp {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    checkPrerequisites();
    server = await startStaticServer({ root: DIST_WEB, port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    pageErrors.length = 0;
    context = await browser!.newContext({ acceptDownloads: true, locale: 'en-US', viewport: { width: 1280, height: 800 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
    page = undefined;
  });

  return {
    get url() {
      return must(server, 'server').url;
    },
    get browser() {
      return must(browser, 'browser');
    },
    get context() {
      return must(context, 'context');
    },
    get page() {
      return must(page, 'page');
    },
    pageErrors,
  };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The e2e ${what} is not ready: use it inside a test.`);
  return value;
}

