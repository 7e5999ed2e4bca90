import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureFile, startWithDocument, translationBox, useE2EApp, waitForAppReady, type FileInput } from './harness';

function sideToggle(page: Page): Locator {
  return page.getByRole('button', { name: 'Segment tools', exact: true });
}

function sidePanel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Segment tools', exact: true });
}

/** Widths of the source and translation cells of segment 1's row. */
async function textColumnWidths(page: Page): Promise<{ source: number; target: number }> {
  return translationBox(page, 1).evaluate((box) => {
    const row = box.closest('[role="row"]')!;
    const width = (selector: string) => row.querySelector(selector)!.getBoundingClientRect().width;
    return { source: width('.cell-source'), target: width('.cell-target') };
  });
}

/** What a screen reader reads in browse mode: the text of an element, skipping aria-hidden parts. */
async function spokenText(locator: Locator): Promise<string> {
  return locator.evaluate((root) => {
    let out = '';
    const walk = (node: Node) => {
      if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
      if (node.nodeType === Node.TEXT_NODE) out += node.textContent ?? '';
      node.childNodes.forEach(walk);
    };
    walk(root);
    return out;
  });
}

describe('editor layout on laptop widths, auto-height, progress text', () => {
  const app = useE2EApp();

  it('at 1024 px the side panel starts hidden; its toggle shows and hides it, remembered after a reload', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await expect.poll(() => sideToggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await sidePanel(page).count()).toBe(0);
    const wide = await textColumnWidths(page);
    console.log(`[e2e] 1024 px, side panel hidden: source ${wide.source.toFixed(0)} px, translation ${wide.target.toFixed(0)} px`);
    expect(wide.source).toBeGreaterThanOrEqual(260);
    expect(wide.target).toBeGreaterThanOrEqual(260);

    await sideToggle(page).click();
    await expect.poll(() => sidePanel(page).isVisible()).toBe(true);
    expect(await sideToggle(page).getAttribute('aria-expanded')).toBe('true');
    const narrow = await textColumnWidths(page);
    console.log(`[e2e] 1024 px, side panel shown: source ${narrow.source.toFixed(0)} px`);
    expect(narrow.source).toBeLessThan(wide.source);

    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible' });
    await expect.poll(() => sidePanel(page).isVisible()).toBe(true);
    await sideToggle(page).click();
    await expect.poll(() => sidePanel(page).count()).toBe(0);
    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible' });
    expect(await sideToggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await sidePanel(page).count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('at 1280 px the side panel starts shown, and hiding it gives the text columns the room', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await expect.poll(() => sidePanel(page).isVisible()).toBe(true);
    const shown = await textColumnWidths(page);
    await sideToggle(page).click();
    await expect.poll(async () => (await textColumnWidths(page)).source).toBeGreaterThan(shown.source + 120);
    const hidden = await textColumnWidths(page);
    console.log(`[e2e] 1280 px: source ${shown.source.toFixed(0)} px with the side panel, ${hidden.source.toFixed(0)} px without`);
    expect(hidden.target).toBeGreaterThanOrEqual(350);
  });

  it('the translation box is at least as tall as its source text', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 768 });
    const long =
      'Pemerintah provinsi mengumumkan bahwa bantuan banjir untuk warga di sepanjang daerah aliran sungai akan ' +
      'disalurkan secara bertahap mulai pekan depan melalui kantor kecamatan, balai desa, dan posko darurat yang ' +
      'dikelola bersama oleh relawan, tentara, polisi, dan petugas dinas sosial setempat di tiap kabupaten.';
    const file: FileInput = { name: 'panjang.txt', buffer: Buffer.from(`${long}\n\nPendek.\n`) };
    await startWithDocument(app, 'Panjang', file);
    const sizes = await translationBox(page, 1).evaluate((box) => {
      const row = box.closest('[role="row"]')!;
      const source = row.querySelector('.cell-source')!;
      const style = getComputedStyle(source);
      const text = source.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      return { box: box.getBoundingClientRect().height, text, line: parseFloat(style.lineHeight) };
    });
    console.log(`[e2e] long source: text ${sizes.text.toFixed(0)} px, translation box ${sizes.box.toFixed(0)} px`);
    expect(sizes.text).toBeGreaterThan(sizes.line * 3);
    expect(sizes.box).toBeGreaterThanOrEqual(sizes.text - 2);
    // Typing many lines grows the box beyond that.
    await translationBox(page, 1).click();
    await page.keyboard.type('one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten');
    await expect.poll(() => translationBox(page, 1).evaluate((box) => box.scrollHeight <= box.clientHeight + 1)).toBe(true);
  });

  it('the progress text reads with pauses between its figures, not run together', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    const text = page.locator('.progress-text');
    await text.waitFor({ state: 'visible' });
    const spoken = await spokenText(text);
    expect(spoken).toMatch(/^0 \/ \d+ segments translated, 0 \/ \d+ words, 0%$/);
    // The eye still sees the dots.
    expect(await text.innerText()).toContain(' · ');
  });
});
