/**
 * The pledges and missions pages at 360 px in the pseudo-locale en-XA (40%
 * longer words): rendered by the app over DynamoDB Local, laid out by Debian's
 * Chromium with the real stylesheet, and none scrolls sideways; the gap table
 * turns into cards whose cells carry their column's name.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { STYLES } from '../../web/assets/styles.ts';
import { STYLES_PATH } from '../../web/assets/asset-paths.ts';
import { makeHarness, type Harness } from '../support/harness.ts';
import { pledgesMissionsWorld, type PledgesMissionsWorld } from './pledges-missions-world.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let h: Harness;
let w: PledgesMissionsWorld;
let browser: Browser;

beforeAll(async () => {
  h = await makeHarness();
  w = await pledgesMissionsWorld(h);
  if (existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 60_000);
afterAll(async () => browser?.close());

type Who = keyof PledgesMissionsWorld['cookies'];
const PAGES: [string, Who][] = [
  ['/my-cases', 'mp'], [`/cases/{case}/pledge`, 'mp'], ['/cases/{case}/actions/new', 'mp'], ['/cases/{case}', 'coordinator'],
  ['/cases/{case}', 'mp'], ['/cases/{case}/action-requests/new', 'coordinator'], ['/requests?country=CO', 'coordinator'],
  ['/requests', 'diplomat'], ['/cases/{case}/mission-actions/new?request={request}', 'diplomat'], ['/gaps', 'coordinator'],
];

/** The page as the app renders it in en-XA, with the stylesheet inlined (no server to fetch it from). */
async function rendered(path: string, who: Who): Promise<string> {
  const url = path.replace('{case}', w.caseId).replace('{request}', w.requestId);
  const res = await h.app.request(url, { headers: { cookie: `${w.cookies[who]}; tandem_lang=en-XA` } });
  expect(res.status).toBe(200);
  return (await res.text()).replace(`<link rel="stylesheet" href="${STYLES_PATH}"/>`, `<style>${STYLES}</style>`);
}

describe.skipIf(!existsSync(CHROMIUM))('at 360 px in en-XA', () => {
  it.each(PAGES)('%s (%s) does not scroll sideways', async (path, who) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent(await rendered(path, who));
    const scrollWidth = await page.evaluate<number>('document.documentElement.scrollWidth');
    const clientWidth = await page.evaluate<number>('document.documentElement.clientWidth');
    await page.close();
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  it('the gap table becomes cards: no header row shown, each cell under its column\'s name', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.setContent(await rendered('/gaps', 'coordinator'));
    // A string, run in the page: this project's TypeScript has no DOM types.
    const layout = await page.evaluate<{ display: string; label: string; header: number }>(`(() => {
      const row = document.querySelector('table.cards-when-narrow tbody tr');
      const cell = row.querySelector('td[data-label]');
      const header = document.querySelector('table.cards-when-narrow thead').getBoundingClientRect().height;
      return { display: getComputedStyle(row).display, label: getComputedStyle(cell, '::before').content, header };
    })()`);
    await page.close();
    expect(layout.display).toBe('block');
    expect(layout.label).toMatch(/^"⟦/);
    expect(layout.header).toBeLessThanOrEqual(1);
  });
});
