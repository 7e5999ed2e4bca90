import { describe, expect, it } from 'vitest';
import { exportAs, fixtureFile, isFocused, startWithDocument, translationBox, useE2EApp } from './harness';

describe('export: the English document in the source format', () => {
  const app = useE2EApp();

  it('exports a TXT document as English TXT, untranslated segments kept in Indonesian', async () => {
    const { page } = app;
    await startWithDocument(app, 'Cuaca', await fixtureFile('cuaca.txt'));
    await translationBox(page, 1).click();
    await page.keyboard.type('The weather is sunny today.');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);

    const file = await exportAs(page, 'English document (TXT)');
    expect(file.suggestedFilename).toMatch(/\.txt$/);
    expect(file.text).toContain('The weather is sunny today.');
    expect(file.text).not.toContain('Cuaca hari ini cerah.');
    // Segment 2 has no translation yet: the export keeps its source so nothing is lost.
    expect(file.text).toContain('Angin bertiup pelan dari arah barat.');
    expect(app.pageErrors).toEqual([]);
  });

  it('exports a Markdown document as English Markdown with its structure', async () => {
    const { page } = app;
    await startWithDocument(app, 'Rapat', await fixtureFile('catatan-rapat.md'));
    await translationBox(page, 1).click();
    await page.keyboard.type('Editorial meeting notes');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => isFocused(translationBox(page, 2))).toBe(true);

    const file = await exportAs(page, /^English document \((MD|Markdown)\)$/);
    expect(file.suggestedFilename).toMatch(/\.md$/);
    expect(file.text).toMatch(/^# Editorial meeting notes$/m);
    expect(file.text).toMatch(/^- Liputan pemilu diperluas ke tiga provinsi\.$/m);
    expect(file.text).toMatch(/^## /m);
    expect(app.pageErrors).toEqual([]);
  });
});
