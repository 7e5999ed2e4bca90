import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseSrx } from '../../core/segment/index';
import {
  FIXTURES,
  captureDownload,
  exportAs,
  fixtureFile,
  importThroughButton,
  isFocused,
  segmentRow,
  segmentStatus,
  segmentTotal,
  startWithDocument,
  storeCounts,
  translationBox,
  useE2EApp,
  waitForAppReady,
} from './harness';

/** The Indonesian text of segment n (its row, without the number and the controls). */
async function sourceOf(page: Page, n: number): Promise<string> {
  return (await segmentRow(page, n).locator('.cell-source').textContent()) ?? '';
}

async function sources(page: Page): Promise<string[]> {
  const total = await segmentTotal(page);
  const out: string[] = [];
  for (let n = 1; n <= total; n++) {
    await translationBox(page, n).waitFor({ state: 'visible' });
    out.push(await sourceOf(page, n));
  }
  return out;
}

function button(page: Page, name: string | RegExp) {
  return page.getByRole('button', { name, exact: typeof name === 'string' });
}

function rulesInForce(page: Page) {
  return page.getByText(/^In force: /);
}

const BANJIR_1 = 'Banjir merendam ratusan rumah di Kabupaten Bandung pada Senin (4/3/2024).';
const BANJIR_2 = 'Warga mulai mengungsi ke balai desa sejak pagi.';

describe('segmentation in the editor', () => {
  const app = useE2EApp();

  it('splits a segment at the caret, keeps the split after a reload, joins it back and exports the original text', async () => {
    const { page } = app;
    const original = await readFile(resolve(FIXTURES, 'berita-banjir.txt'), 'utf8');
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));
    await expect.poll(() => segmentTotal(page)).toBe(7);
    expect(await sourceOf(page, 1)).toBe(BANJIR_1);

    // Keyboard: Alt+Shift+S opens the split dialog; the caret is put before " pada" with the arrows.
    await translationBox(page, 1).click();
    await page.keyboard.press('Alt+Shift+S');
    const dialog = page.getByRole('dialog', { name: 'Split segment 1' });
    await dialog.waitFor({ state: 'visible' });
    const sourceBox = dialog.getByRole('textbox', { name: 'Source of segment 1' });
    expect(await isFocused(sourceBox)).toBe(true);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < BANJIR_1.indexOf(' pada'); i++) await page.keyboard.press('ArrowRight');
    // The text itself cannot be changed from the dialog.
    await page.keyboard.type('xyz');
    expect(await sourceBox.inputValue()).toBe(BANJIR_1);
    await expect.poll(() => dialog.getByRole('listitem').allTextContents()).toEqual(['Banjir merendam ratusan rumah di Kabupaten Bandung', 'pada Senin (4/3/2024).']);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => segmentTotal(page)).toBe(8);
    expect(await sourceOf(page, 1)).toBe('Banjir merendam ratusan rumah di Kabupaten Bandung');
    expect(await sourceOf(page, 2)).toBe('pada Senin (4/3/2024).');
    expect(await sourceOf(page, 3)).toBe(BANJIR_2);
    await expect.poll(() => isFocused(translationBox(page, 1))).toBe(true);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Segment 1 was split in two');

    // Mouse: a click in the source text is the caret; "Split segment" opens the dialog there.
    await segmentRow(page, 3).locator('.cell-source').evaluate((cell, offset) => {
      // The source may be split into several text nodes by glossary <mark>s: find the one holding the offset.
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let rest = offset;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (rest <= length) {
          window.getSelection()!.collapse(node, rest);
          return;
        }
        rest -= length;
      }
      throw new Error(`offset ${offset} is beyond the source text`);
    }, BANJIR_2.indexOf(' ke balai'));
    await button(page, 'Split segment').click();
    const second = page.getByRole('dialog', { name: 'Split segment 3' });
    await second.waitFor({ state: 'visible' });
    expect(await second.getByRole('listitem').allTextContents()).toEqual(['Warga mulai mengungsi', 'ke balai desa sejak pagi.']);
    await second.getByRole('button', { name: 'Split', exact: true }).click();
    await expect.poll(() => segmentTotal(page)).toBe(9);

    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await segmentTotal(page)).toBe(9);
    expect((await sources(page)).slice(0, 5)).toEqual([
      'Banjir merendam ratusan rumah di Kabupaten Bandung',
      'pada Senin (4/3/2024).',
      'Warga mulai mengungsi',
      'ke balai desa sejak pagi.',
      'Kepala BPBD Jawa Barat, Dr. Dani Ramdan, mengatakan ketinggian air mencapai 1,5 meter di beberapa titik.',
    ]);

    // Joining across the paragraph break is refused, and changes nothing.
    await translationBox(page, 4).click();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('different paragraphs');
    expect(await segmentTotal(page)).toBe(9);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

    // Join back: the button, then the key.
    await translationBox(page, 3).click();
    await button(page, 'Join with next segment').click();
    await expect.poll(() => segmentTotal(page)).toBe(8);
    await translationBox(page, 1).click();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => segmentTotal(page)).toBe(7);
    expect((await sources(page)).slice(0, 2)).toEqual([BANJIR_1, BANJIR_2]);
    await expect.poll(() => isFocused(translationBox(page, 1))).toBe(true);

    const file = await exportAs(page, 'English document (TXT)');
    expect(file.text).toBe(original);
    expect(app.pageErrors).toEqual([]);
  });

  it('divides a translation where the caret is put in the translation box of the split dialog', async () => {
    const { page } = app;
    await startWithDocument(app, 'Berita banjir', await fixtureFile('berita-banjir.txt'));
    const english = 'Floods submerged hundreds of houses in Bandung Regency on Monday (4/3/2024).';
    await translationBox(page, 1).click();
    await page.keyboard.type(english);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => segmentStatus(page, 1)).toBe('Translated');
    await translationBox(page, 1).click();
    await button(page, 'Split segment').click();
    const dialog = page.getByRole('dialog', { name: 'Split segment 1' });
    const sourceBox = dialog.getByRole('textbox', { name: 'Source of segment 1' });
    await sourceBox.evaluate((box: HTMLTextAreaElement, at) => box.setSelectionRange(at, at), BANJIR_1.indexOf(' pada'));
    const targetBox = dialog.getByRole('textbox', { name: 'Where the translation divides' });
    expect(await targetBox.inputValue()).toBe(english);
    await targetBox.click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < english.indexOf(' on Monday'); i++) await page.keyboard.press('ArrowRight');
    await dialog.getByRole('button', { name: 'Split', exact: true }).click();
    await expect.poll(() => segmentTotal(page)).toBe(8);
    expect(await translationBox(page, 1).inputValue()).toBe('Floods submerged hundreds of houses in Bandung Regency');
    expect(await translationBox(page, 2).inputValue()).toBe('on Monday (4/3/2024).');
    // Each part now translates a different source: both are drafts to check.
    expect(await segmentStatus(page, 1)).toBe('Draft');
    expect(await segmentStatus(page, 2)).toBe('Draft');
    expect(await sourceOf(page, 2)).toBe('pada Senin (4/3/2024).');
    expect(app.pageErrors).toEqual([]);
  });

  it('imports a project’s SRX rules (an invalid file changes nothing), re-segments, exports the rules and goes back to the default', async () => {
    const { page } = app;
    await startWithDocument(app, 'Rapat', await fixtureFile('rapat-direksi.txt'));
    expect(await sources(page)).toEqual([
      'Rapat dipimpin Dirut.',
      'Ahmad Santoso di Jakarta.',
      'Semua direktur hadir; dua komisaris berhalangan.',
      'Keputusan rapat diumumkan pada sore hari oleh Dr. Siti Rahayu.',
    ]);
    await translationBox(page, 1).click();
    await page.keyboard.type('The meeting was chaired by the CEO,');
    await translationBox(page, 2).click();
    await page.keyboard.type('Ahmad Santoso, in Jakarta.');
    await translationBox(page, 4).click();
    await page.keyboard.type('The decision was announced in the afternoon by Dr. Siti Rahayu.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => segmentStatus(page, 4)).toBe('Translated');
    await expect.poll(() => rulesInForce(page).textContent()).toBe('In force: Padanan’s Indonesian rules (default)');

    // An SRX file whose rule does not compile: the message names the rule, nothing is stored.
    const storedBefore = await storeCounts(page);
    await pickFile(page, 'Import segmentation rules (SRX)', 'aturan-rusak.srx');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('rule 2 of language rule “Rusak”');
    expect(await page.getByRole('alert').textContent()).toContain('The current segmentation rules stay in force.');
    expect(await rulesInForce(page).textContent()).toBe('In force: Padanan’s Indonesian rules (default)');
    expect(await storeCounts(page)).toEqual(storedBefore);

    await pickFile(page, 'Import segmentation rules (SRX)', 'aturan-rapat.srx');
    await expect.poll(() => rulesInForce(page).textContent()).toBe('In force: “aturan-rapat.srx”');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('are now in force');

    await button(page, 'Re-segment document').click();
    const confirm = page.getByRole('dialog', { name: 'Re-segment “rapat-direksi.txt”?' });
    await confirm.waitFor({ state: 'visible' });
    expect(await confirm.textContent()).toContain('the document gets 4 segments instead of 4. 1 segment stays exactly as it is. 1 segment receives the translation of the sentences it replaces');
    await confirm.getByRole('button', { name: 'Re-segment', exact: true }).click();
    await expect.poll(() => sourceOf(page, 2)).toBe('Semua direktur hadir;');
    expect(await sources(page)).toEqual([
      'Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.',
      'Semua direktur hadir;',
      'dua komisaris berhalangan.',
      'Keputusan rapat diumumkan pada sore hari oleh Dr. Siti Rahayu.',
    ]);
    // Unchanged segments keep translation and status; joined sentences keep both translations as a draft.
    expect(await translationBox(page, 4).inputValue()).toBe('The decision was announced in the afternoon by Dr. Siti Rahayu.');
    expect(await segmentStatus(page, 4)).toBe('Translated');
    expect(await translationBox(page, 1).inputValue()).toBe('The meeting was chaired by the CEO, Ahmad Santoso, in Jakarta.');
    expect(await segmentStatus(page, 1)).toBe('Draft');
    expect(await translationBox(page, 2).inputValue()).toBe('');

    await page.reload();
    await waitForAppReady(page);
    await translationBox(page, 1).waitFor({ state: 'visible', timeout: 20_000 });
    expect(await sourceOf(page, 2)).toBe('Semua direktur hadir;');
    expect(await rulesInForce(page).textContent()).toBe('In force: “aturan-rapat.srx”');

    const exportedRules = await captureDownload(page, () => button(page, 'Export segmentation rules (SRX)').click());
    expect(exportedRules.suggestedFilename).toBe('Rapat.srx');
    const doc = parseSrx(exportedRules.text);
    expect(doc.languageRules[0]!.rules[0]).toEqual({ break: false, before: '\\b(?:Dirut|Dr|Drs|Ir|Prof|Jl|No)\\.', after: '\\s' });

    await button(page, 'Use default rules').click();
    const back = page.getByRole('dialog', { name: 'Use the default segmentation rules?' });
    await back.getByRole('button', { name: 'Use default rules', exact: true }).click();
    await expect.poll(() => rulesInForce(page).textContent()).toBe('In force: Padanan’s Indonesian rules (default)');
    const defaultRules = await captureDownload(page, () => button(page, 'Export segmentation rules (SRX)').click());
    expect(defaultRules.suggestedFilename).toBe('padanan-indonesian.srx');
    expect(parseSrx(defaultRules.text).languageRules.length).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('“don’t split after this” adds the abbreviation for the project, joins the segment, and new imports use it', async () => {
    const { page } = app;
    await startWithDocument(app, 'Rapat', await fixtureFile('rapat-direksi.txt'));
    await expect.poll(() => segmentTotal(page)).toBe(4);
    await translationBox(page, 1).click();
    await button(page, /^Don.t split after this$/).click();
    const dialog = page.getByRole('dialog', { name: /^Don.t split after an abbreviation$/ });
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.getByRole('textbox', { name: 'Abbreviation' }).inputValue()).toBe('Dirut.');
    expect(await dialog.getByRole('checkbox', { name: 'Also join segment 1 with the next segment now' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Add rule' }).click();
    await expect.poll(() => segmentTotal(page)).toBe(3);
    expect(await sourceOf(page, 1)).toBe('Rapat dipimpin Dirut. Ahmad Santoso di Jakarta.');
    await expect.poll(() => rulesInForce(page).textContent()).toBe('In force: Padanan’s Indonesian rules + 1 added abbreviation (Dirut.)');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('“Dirut.” no longer ends a segment in this project');

    await importThroughButton(page, {
      name: 'rapat-kedua.txt',
      buffer: Buffer.from('Rapat kedua juga dipimpin Dirut. Ahmad Santoso. Semua hadir.\n'),
    });
    await page.getByRole('grid', { name: 'Segments of rapat-kedua.txt' }).waitFor({ state: 'visible' });
    await translationBox(page, 1).waitFor({ state: 'visible' });
    expect(await sources(page)).toEqual(['Rapat kedua juga dipimpin Dirut. Ahmad Santoso.', 'Semua hadir.']);
    expect(app.pageErrors).toEqual([]);
  });
});

/** Clicks a button that opens the file chooser and picks a fixture. */
async function pickFile(page: Page, buttonName: string, fixture: string): Promise<void> {
  const file = await fixtureFile(fixture);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button(page, buttonName).click()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/xml', buffer: file.buffer });
}
