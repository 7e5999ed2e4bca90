import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isFocused, startWithDocument, translationBox, translationBoxes, useE2EApp, waitForAppReady, type FileInput } from './harness';

/** `segments` distinct Indonesian sentences, two per paragraph (the segmenter cuts each at its full stop). */
function generatedDocument(name: string, segments: number): FileInput {
  const sentence = (n: number) => `Warga desa ke-${n + 1} melaporkan hasil panen pada pekan ke-${n + 1}.`;
  const paragraphs: string[] = [];
  for (let i = 0; i < segments; i += 2) paragraphs.push(i + 1 < segments ? `${sentence(i)} ${sentence(i + 1)}` : sentence(i));
  return { name, buffer: Buffer.from(paragraphs.join('\n\n') + '\n') };
}

/** Segment numbers whose translation box is rendered. */
async function renderedSegments(page: Page): Promise<number[]> {
  const names = await translationBoxes(page).evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
  return names.map((name) => Number(/(\d+)$/.exec(name)?.[1])).filter(Number.isFinite);
}

/** Whether segment n's translation box lies fully inside the grid's scroll area. */
async function fullyShown(page: Page, n: number): Promise<boolean> {
  const box = translationBox(page, n);
  if ((await box.count()) === 0) return false;
  return box.evaluate((el) => {
    const body = el.closest('.grid-body');
    if (!body) return false;
    const a = el.getBoundingClientRect();
    const b = body.getBoundingClientRect();
    return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
  });
}

/** Clicks in segment n's translation box (it must be rendered). */
async function clickSegment(page: Page, n: number): Promise<void> {
  await translationBox(page, n).click();
  await expect.poll(() => isFocused(translationBox(page, n))).toBe(true);
  // The position write is a put in IndexedDB plus a synchronous mirror; give the put its turn.
  await page.waitForTimeout(200);
}

async function expectBackAt(page: Page, n: number): Promise<void> {
  await expect.poll(() => isFocused(translationBox(page, n)), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => fullyShown(page, n)).toBe(true);
}

describe('editor: returning to and jumping to far segments', () => {
  const app = useE2EApp();

  it('comes back to a segment near the end of a short document, scrolled to it and focused', async () => {
    const { page } = app;
    await startWithDocument(app, 'Ujung', generatedDocument('ujung.txt', 14));
    await expect.poll(() => renderedSegments(page).then((s) => s.length)).toBeGreaterThan(0);
    // Segment 12 is below the first screen at 1280×800: get there as a translator would.
    for (let n = 1; n < 12; n++) {
      if ((await translationBox(page, 12).count()) > 0 && (await fullyShown(page, 12))) break;
      await translationBox(page, n).click();
      await page.keyboard.press('Control+ArrowDown');
    }
    await clickSegment(page, 12);
    await page.reload();
    await waitForAppReady(page);
    await expectBackAt(page, 12);

    // The last segment too.
    await page.keyboard.press('Control+ArrowDown');
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => isFocused(translationBox(page, 14))).toBe(true);
    await page.waitForTimeout(200);
    await page.reload();
    await waitForAppReady(page);
    await expectBackAt(page, 14);
    expect(app.pageErrors).toEqual([]);
  });

  it('Ctrl+End / Ctrl+Home in a translation box go exactly to the last / first segment of a long document', async () => {
    const { page } = app;
    const total = 20_000;
    await startWithDocument(app, 'Panjang', generatedDocument('panjang.txt', total));
    await translationBox(page, 1).click();
    await page.keyboard.press('Control+End');
    await expectBackAt(page, total);
    // Exactly at the bottom: nothing left to scroll.
    const gap = await page.locator('.grid-body').evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop);
    expect(gap).toBeLessThanOrEqual(1);

    await page.keyboard.type('The last one.');
    await page.waitForTimeout(200);
    await page.reload();
    await waitForAppReady(page);
    await expectBackAt(page, total);
    expect(await translationBox(page, total).inputValue()).toBe('The last one.');

    await page.keyboard.press('Control+Home');
    await expectBackAt(page, 1);
    expect(await page.locator('.grid-body').evaluate((el) => el.scrollTop)).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('comes back to a segment near the end of a long document after a reload', async () => {
    const { page } = app;
    const total = 20_000;
    await startWithDocument(app, 'Panjang', generatedDocument('panjang.txt', total));
    // Drag the scrollbar to the bottom, as a mouse user would, until the row shows up, then click in it.
    await expect
      .poll(async () => {
        await page.locator('.grid-body').evaluate((el) => (el.scrollTop = el.scrollHeight));
        return translationBox(page, total - 1).count();
      })
      .toBe(1);
    await clickSegment(page, total - 1);
    await page.reload();
    await waitForAppReady(page);
    await expectBackAt(page, total - 1);
    expect(app.pageErrors).toEqual([]);
  });
});
