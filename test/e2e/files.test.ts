import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { docxCodec } from '../../core/formats/docx';
import { xliffCodec } from '../../core/formats/xliffCommonCodec';
import { createDefaultSegmenter } from '../../core/segment/index';
import { expectValid, showTags } from '../core/formats/xliffHelpers';
import { editReviewDocx } from '../renderer/features/review/reviewerEdits';
import {
  REPO_ROOT,
  exportAs,
  fileFromPath,
  importThroughButton,
  isFocused,
  progressOf,
  segmentRow,
  segmentStatus,
  startWithDocument,
  storeCounts,
  translationBox,
  translationProgress,
  useE2EApp,
  waitUntil,
  type FileInput,
} from './harness';

const segmenter = createDefaultSegmenter();
const DOCX_FIXTURE = `${REPO_ROOT}/test/fixtures/docx/berita.docx`;
const XLIFF_FIXTURE = `${REPO_ROOT}/test/fixtures/xliff12/agency-multi.xlf`;
const HEADLINE = 'US warns Kim Jong-un over weapons for Russia';

/** Types a translation into segment n and confirms it (Ctrl+Enter), as a translator does. */
async function translate(page: Page, n: number, text: string): Promise<void> {
  await translationBox(page, n).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => isFocused(translationBox(page, n + 1))).toBe(true);
  await expect.poll(() => segmentStatus(page, n)).toBe('Translated');
}

/** The segments of a DOCX file as a reader of it sees them, tags shown as {1} … {/1}. */
function docxSources(bytes: Uint8Array): string[] {
  return docxCodec.read(bytes, { fileName: 'out.docx', segmenter }).segments.map((s) => showTags(s.source));
}

async function importReview(page: Page, file: FileInput): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import review', exact: true }).click()]);
  await chooser.setFiles({ name: file.name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: file.buffer });
}

describe('files: DOCX and XLIFF round trips and the bilingual review', () => {
  const app = useE2EApp();

  it('exports a translated DOCX as an English DOCX, and an XLIFF 1.2 that re-imports with its targets', async () => {
    const { page } = app;
    await startWithDocument(app, 'Berita DOCX', await fileFromPath(DOCX_FIXTURE));
    // Inline formatting shows as compact placeholders, never as private-use characters.
    const source2 = (await segmentRow(page, 2).locator('.cell-source').textContent()) ?? '';
    expect(source2).toContain('Bisnis.com, JAKARTA');
    expect(source2).not.toMatch(/[\ue000-\ue2ff]/);
    expect(await segmentRow(page, 2).locator('.inline-tag').count()).toBeGreaterThanOrEqual(6);

    await translate(page, 1, HEADLINE);

    const docx = await exportAs(page, 'English document (DOCX)');
    expect(docx.suggestedFilename).toBe('berita.en.docx');
    const sources = docxSources(new Uint8Array(docx.bytes));
    expect(sources[0]).toBe(HEADLINE);
    expect(sources).toContain('Rusia mencari amunisi.'); // untranslated: kept in Indonesian
    expect(sources).toHaveLength(16);

    const xliff = await exportAs(page, 'XLIFF 1.2');
    expect(xliff.suggestedFilename).toBe('berita.xlf');
    expectValid('xliff12', new Uint8Array(xliff.bytes), 'the XLIFF 1.2 downloaded from the app');
    const read = xliffCodec.read(new Uint8Array(xliff.bytes), { fileName: 'berita.xlf', segmenter });
    expect(read.segments.map((s) => [s.target, s.status])[0]).toEqual([HEADLINE, 'translated']);

    // The XLIFF comes back in as a new document of the project, with its translation and status.
    await importThroughButton(page, { name: 'berita.xlf', buffer: xliff.bytes });
    await expect.poll(async () => (await storeCounts(page)).documents).toBe(2);
    await waitUntil(async () => (await page.locator('.editor-title').textContent()) === 'berita.xlf', 'the imported XLIFF to open');
    await translationBox(page, 1).waitFor();
    expect(await translationBox(page, 1).inputValue()).toBe(HEADLINE);
    expect(await segmentStatus(page, 1)).toBe('Translated');
    expect(await translationBox(page, 2).inputValue()).toBe('');
    expect(await progressOf(translationProgress(page))).toMatchObject({ now: 1, max: 16 });
    expect(app.pageErrors).toEqual([]);
  });

  it('imports an agency XLIFF with its targets, states and notes, and hands it back with the new work', async () => {
    const { page } = app;
    await startWithDocument(app, 'Agensi', await fileFromPath(XLIFF_FIXTURE));
    expect(await translationBox(page, 1).inputValue()).toBe('North Korea & Russia strengthen {1}military{/1} cooperation');
    expect(await segmentStatus(page, 1)).toBe('Translated');
    expect(await segmentStatus(page, 2)).toBe('Draft');
    expect(await segmentStatus(page, 4)).toBe('Reviewed');
    // Translated, reviewed and final segments count as done, from the counters stored on import.
    expect(await progressOf(translationProgress(page))).toMatchObject({ now: 4, max: 9 });
    // The agency's notes show in the comment panel of the segment.
    await expect.poll(() => page.locator('.comments-panel').textContent()).toContain('Use "North Korea", not "DPRK".');

    await translate(page, 6, 'Sentence without a translation.');
    await expect.poll(async () => (await progressOf(translationProgress(page))).now).toBe(5);
    const handBack = await exportAs(page, 'Translated XLIFF (hand-back)');
    expect(handBack.suggestedFilename).toBe('agency-multi.en.xlf');
    expect(handBack.text).toContain('<target state="translated">Sentence without a translation.</target>');
    expect(handBack.text).toContain('<tool tool-id="agency" tool-name="Agency CAT" tool-version="9.1"/>');
    expectValid('xliff12', new Uint8Array(handBack.bytes), 'the hand-back downloaded from the app');
    expect(app.pageErrors).toEqual([]);
  });

  it('imports an XLIFF 2.1 file with its states and progress, and hands it back as XLIFF 2', async () => {
    const { page } = app;
    await startWithDocument(app, 'Agensi 2', await fileFromPath(`${REPO_ROOT}/test/fixtures/xliff2/agency.xlf`));
    expect(await segmentStatus(page, 1)).toBe('Translated');
    expect(await segmentStatus(page, 2)).toBe('New');
    expect(await segmentStatus(page, 3)).toBe('Draft');
    expect(await segmentStatus(page, 4)).toBe('Reviewed');
    expect(await progressOf(translationProgress(page))).toMatchObject({ now: 3, max: 7 });
    expect(await segmentRow(page, 4).locator('.inline-tag').count()).toBeGreaterThanOrEqual(2);
    await translate(page, 2, 'Prices rose.');
    const handBack = await exportAs(page, 'Translated XLIFF (hand-back)');
    expect(handBack.text).toMatch(/^<\?xml[^>]*\?>\s*<!--[^]*?-->\s*<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"/);
    const back = xliffCodec.read(new Uint8Array(handBack.bytes), { fileName: 'agency.xlf', segmenter });
    expect(back.segments.slice(0, 4).map((s) => s.status)).toEqual(['translated', 'translated', 'draft', 'reviewed']);
    expect(back.segments[1]!.target).toBe('Prices rose.');
    expectValid('xliff2', new Uint8Array(handBack.bytes), 'the XLIFF 2 hand-back downloaded from the app');
    expect(app.pageErrors).toEqual([]);
  });

  it('exports the bilingual review, takes the reviewer’s edits back with "Import review", and applies them', async () => {
    const { page } = app;
    await startWithDocument(app, 'Tinjauan', await fileFromPath(DOCX_FIXTURE));
    await translate(page, 1, HEADLINE);
    await translate(page, 2, 'Bisnis.com, JAKARTA - Arms talks between Russia and North Korea are advancing.');

    const review = await exportAs(page, 'Bilingual review (DOCX)');
    expect(review.suggestedFilename).toBe('berita.review.docx');

    // The reviewer edits the table in Word: a new headline, a status and a comment.
    const edited = editReviewDocx(
      new Uint8Array(review.bytes),
      [{ id: '1', english: 'US warns Kim Jong-un about arms for Russia', status: 'reviewed', comment: 'Shorter headline.' }],
      { savedBy: 'Siti Rahma' },
    );

    // Cancel first: nothing changes.
    await importReview(page, { name: 'berita.review.docx', buffer: Buffer.from(edited) });
    const dialog = page.getByRole('dialog', { name: 'Review from berita.review.docx' });
    await dialog.waitFor();
    const summary = (await dialog.textContent()) ?? '';
    expect(summary).toContain('16 segment rows read.');
    expect(summary).toContain('1 translation changed');
    expect(summary).toContain('1 status changed');
    expect(summary).toContain('1 comment changed');
    expect(summary).toContain('Siti Rahma');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await translationBox(page, 1).inputValue()).toBe(HEADLINE);

    // Then apply.
    await importReview(page, { name: 'berita.review.docx', buffer: Buffer.from(edited) });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => translationBox(page, 1).inputValue()).toBe('US warns Kim Jong-un about arms for Russia');
    expect(await segmentStatus(page, 1)).toBe('Reviewed');
    expect(await translationBox(page, 2).inputValue()).toBe('Bisnis.com, JAKARTA - Arms talks between Russia and North Korea are advancing.');
    expect(await progressOf(translationProgress(page))).toMatchObject({ now: 2, max: 16 });
    await translationBox(page, 1).click();
    const comments = page.locator('.comments-panel');
    await expect.poll(() => comments.textContent()).toContain('Shorter headline.');
    // The note comes with the row at once; the stored comment with its author is read after it.
    await expect.poll(() => comments.textContent()).toContain('Siti Rahma');

    // Stored: a reload shows the reviewer's work; the same file again changes nothing.
    await page.reload();
    await translationBox(page, 1).waitFor({ timeout: 30_000 });
    expect(await translationBox(page, 1).inputValue()).toBe('US warns Kim Jong-un about arms for Russia');
    await importReview(page, { name: 'berita.review.docx', buffer: Buffer.from(edited) });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('The reviewer changed nothing in this document.');
    expect(await dialog.getByRole('button', { name: 'Apply', exact: true }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a file that is not a review table with a clear message, changing nothing', async () => {
    const { page } = app;
    await startWithDocument(app, 'Bukan tinjauan', await fileFromPath(DOCX_FIXTURE));
    const before = await storeCounts(page);
    await importReview(page, await fileFromPath(DOCX_FIXTURE));
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('is not a Padanan bilingual review table');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await storeCounts(page)).toEqual(before);
    expect(app.pageErrors).toEqual([]);
  });
});
