/**
 * Headless Debian Chromium through playwright-core, with a fresh profile and no network beyond localhost
 * (the flags of scripts/chromium.ts). `watch(page)` records console errors, page errors, CSP violations and
 * requests that leave the test server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a window of `viewport`; with `touch`, a phone's touch screen instead of a mouse. */
export async function launch(
  viewport = { width: 1100, height: 700 },
  { touch = false }: { touch?: boolean } = {},
): Promise<Browser> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport,
    ...(touch ? { hasTouch: true, isMobile: true } : {}),
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface Watch {
  problems: string[];
}

/** Collects everything that must not happen on a page; read `problems` at the end of a test. */
export async function watch(page: Page, origin: string): Promise<Watch> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  await page.exposeFunction('__kringCspViolation', (text: string) => problems.push(`CSP: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __kringCspViolation(t: string): void }).__kringCspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return { problems };
}
