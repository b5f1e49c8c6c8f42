/**
 * Every email kind in every language, as Chromium draws it at a phone's
 * 360 px and at the layout's full 600 px: a PNG of each under
 * test/artifacts/emails/ (committed, for review), and no sideways scroll at
 * 360 px. The samples are the unit test's (test/support/email-samples.ts).
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { EMAIL_KINDS, WITHOUT_BUTTON, emailSamples } from '../support/email-samples.ts';
import { launchBrowser } from './support/browser.ts';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/emails/', import.meta.url));
const WIDTHS = [360, 600] as const;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 600, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
});

describe('emails in Chromium', () => {
  for (const language of UI_LANGUAGES) {
    const samples = emailSamples(language);
    for (const kind of EMAIL_KINDS) {
      it(`${kind} in ${language} at 360 and 600 px, no sideways scroll at 360 px`, async () => {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await page.setContent(samples[kind].html!, { waitUntil: 'load' });
          await page.screenshot({ path: `${ARTIFACTS}${kind}-${language}-${width}.png`, fullPage: true });
          // Browser-side code as strings: this project's TypeScript has no DOM library.
          expect(await page.evaluate<string>('document.documentElement.lang')).toBe(language);
          const buttons = await page.evaluate<number>('document.querySelectorAll("td[bgcolor] > a").length');
          if (WITHOUT_BUTTON.includes(kind)) expect(buttons).toBe(0);
          else expect(buttons).toBeGreaterThan(0);
          if (width === 360) {
            const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
            expect(scrollWidth, `${kind} in ${language} scrolls sideways at 360 px`).toBeLessThanOrEqual(360);
          }
        }
      });
    }
  }
});
