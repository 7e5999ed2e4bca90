import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { docxCodec } from '../../core/formats/docx';
import { stripTags, tagSequence } from '../../core/formats/inlineTags';
import { xliffCodec } from '../../core/formats/xliffCommonCodec';
import { createDefaultSegmenter } from '../../core/segment/index';
import { expectValid, showTags } from '../core/formats/xliffHelpers';
import { REPO_ROOT, exportAs, fileFromPath, isFocused, segmentRow, segmentStatus, startWithDocument, translationBox, useE2EApp } from './harness';

const segmenter = createDefaultSegmenter();
const XLIFF_FIXTURE = `${REPO_ROOT}/test/fixtures/xliff12/agency-multi.xlf`;
const DOCX_FIXTURE = `${REPO_ROOT}/test/fixtures/docx/berita.docx`;

/** Puts the caret at `offset` of a translation box, as a click there would. */
async function caretAt(box: Locator, offset: number): Promise<void> {
  await box.evaluate((el, at) => {
    const area = el as HTMLTextAreaElement;
    area.focus();
    area.setSelectionRange(at, at);
  }, offset);
}

function tagWarning(page: Page, n: number): Locator {
  return segmentRow(page, n).locator('.tag-warning');
}

async function confirm(page: Page, n: number): Promise<void> {
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => isFocused(translationBox(page, n + 1))).toBe(true);
  await expect.poll(() => segmentStatus(page, n)).toBe('Translated');
}

describe('inline tags in the translation box', () => {
  const app = useE2EApp();

  it('XLIFF: tags show as {n} tokens, copy source keeps them, Backspace takes a closing token whole, and the hand-back keeps the codes', async () => {
    const { page } = app;
    await startWithDocument(app, 'Tag XLIFF', await fileFromPath(XLIFF_FIXTURE));

    // <g id="1"> is tag 1 in the source placeholders and in the translation box alike.
    expect(await segmentRow(page, 1).locator('.cell-source').textContent()).toBe('Korut & Rusia perkuat {1}kerja sama{/1} militer');
    expect(await translationBox(page, 1).inputValue()).toBe('North Korea & Russia strengthen {1}military{/1} cooperation');
    expect(await tagWarning(page, 1).count()).toBe(0);

    // Segment 5 has no translation: copy the source into it (Ctrl+Alt+Insert), tags included.
    const box = translationBox(page, 5);
    await box.click();
    await page.keyboard.press('Control+Alt+Insert');
    await expect.poll(() => box.inputValue()).toBe('Teks {7/}miring terbuka dan {1}Gedung Putih{/1}.');
    expect(await tagWarning(page, 5).count()).toBe(0);

    // Backspace right after the closing token removes all of it, never half.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await expect.poll(() => box.inputValue()).toBe('Teks {7/}miring terbuka dan {1}Gedung Putih.');
    // The row says what is wrong, and the textbox is described by it.
    await expect.poll(() => tagWarning(page, 5).textContent()).toContain('missing {/1}');
    const describedBy = await box.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('{/1}');

    // The browser did the deletion itself (the key selected the whole token first), so undo works.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => box.inputValue()).toBe('Teks {7/}miring terbuka dan {1}Gedung Putih{/1}.');
    await expect.poll(() => tagWarning(page, 5).count()).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => box.inputValue()).toBe('Teks {7/}miring terbuka dan {1}Gedung Putih.');
    await caretAt(box, 'Teks {7/}miring terbuka dan {1}Gedung Putih'.length);

    // Ctrl+, puts back the missing tag at the caret.
    await page.keyboard.press('Control+Comma');
    await expect.poll(() => box.inputValue()).toBe('Teks {7/}miring terbuka dan {1}Gedung Putih{/1}.');
    await expect.poll(() => tagWarning(page, 5).count()).toBe(0);

    // Typing inside a token goes after it; the token stays whole.
    await caretAt(box, 'Teks {7'.length);
    await page.keyboard.type('X');
    const typed = await box.inputValue();
    expect(typed).toMatch(/^Teks (X\{7\/\}|\{7\/\}X)miring/);

    // The translation, typed with tokens (Playwright's fill), is stored with real tags.
    await box.fill('Open {7/}italic text and the {1}White House{/1}. {9}');
    expect(await box.inputValue()).toBe('Open {7/}italic text and the {1}White House{/1}. {9}');
    expect(await tagWarning(page, 5).count()).toBe(0);
    await box.fill('Open {7/}italic text and the {1}White House{/1}.');
    await confirm(page, 5);

    const handBack = await exportAs(page, 'Translated XLIFF (hand-back)');
    expectValid('xliff12', new Uint8Array(handBack.bytes), 'the hand-back with edited tags');
    expect(handBack.text).toContain('<it id="7" pos="open">&lt;i&gt;</it>italic text and the <mrk mtype="term" comment="glossary">White House</mrk>.');
    expect(handBack.text).toContain('North Korea &amp; Russia strengthen <g id="1" ctype="bold">military</g> cooperation');

    const xliff2 = await exportAs(page, 'XLIFF 2.1');
    expectValid('xliff2', new Uint8Array(xliff2.bytes), 'the XLIFF 2.1 export with edited tags');
    const back = xliffCodec.read(new Uint8Array(xliff2.bytes), { fileName: 'agency.xlf', segmenter });
    const unit = back.segments.find((s) => stripTags(s.target) === 'Open italic text and the White House.');
    expect(unit, 'the edited segment in the XLIFF 2.1 export').toBeDefined();
    expect(tagSequence(unit!.target).map((t) => t.kind)).toEqual(['standalone', 'open', 'close']);
    expect(tagSequence(unit!.target).map((t) => t.kind)).toEqual(tagSequence(unit!.source).map((t) => t.kind));
    expect(app.pageErrors).toEqual([]);
  });

  it('DOCX: bold, link and footnote survive copy source, a moved tag and the export', async () => {
    const { page } = app;
    await startWithDocument(app, 'Tag DOCX', await fileFromPath(DOCX_FIXTURE));
    const source = 'Bisnis.com, JAKARTA{/1} - Negosiasi senjata antara Rusia dan Korea Utara (Korut) secara aktif mengalami kemajuan, kata seorang pejabat {2}{3}Amerika Serikat{/3}{/2} (AS) pada Selasa (5/9/2023).{4/}';
    expect(await segmentRow(page, 2).locator('.cell-source').textContent()).toBe(`{1}${source}`);

    const box = translationBox(page, 2);
    await box.click();
    await page.getByRole('button', { name: 'Copy source', exact: true }).click();
    await expect.poll(() => box.inputValue()).toBe(`{1}${source}`);
    await expect.poll(() => isFocused(box)).toBe(true);

    // Translate with tokens, leaving the footnote out: the row warns that {4/} is missing.
    const english = '{1}Bisnis.com, JAKARTA{/1} - Arms talks between Russia and North Korea are actively progressing, a {2}{3}United States{/3}{/2} (US) official said on Tuesday (5/9/2023).';
    await box.fill(english);
    await expect.poll(() => tagWarning(page, 2).textContent()).toContain('missing {4/}');
    // "Insert next tag" adds the footnote at the caret (the end).
    await page.getByRole('button', { name: 'Insert next tag', exact: true }).click();
    await expect.poll(() => box.inputValue()).toBe(`${english}{4/}`);
    await expect.poll(() => tagWarning(page, 2).count()).toBe(0);

    // Move the footnote by cut and paste of its whole token: select it, cut, paste after "JAKARTA{/1}".
    const shown = await box.inputValue();
    await box.evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at + 4), shown.length - 4);
    await page.keyboard.press('Control+X');
    await expect.poll(() => box.inputValue()).toBe(english);
    await caretAt(box, '{1}Bisnis.com, JAKARTA{/1}'.length);
    await page.keyboard.press('Control+V');
    const moved = english.replace('JAKARTA{/1}', 'JAKARTA{/1}{4/}');
    await expect.poll(() => box.inputValue()).toBe(moved);
    await confirm(page, 2);

    const docx = await exportAs(page, 'English document (DOCX)');
    const segments = docxCodec.read(new Uint8Array(docx.bytes), { fileName: 'out.docx', segmenter }).segments;
    const text = segments.map((s) => showTags(s.source)).join(' ');
    expect(text).toContain('Bisnis.com, JAKARTA');
    const withLink = segments.find((s) => stripTags(s.source).includes('United States'))!;
    expect(withLink, 'the translated paragraph in the exported DOCX').toBeDefined();
    // Bold, hyperlink (with its inner formatting) and the footnote reference, now after "JAKARTA".
    const paragraph = segments.filter((s) => s.paragraph === withLink.paragraph);
    const types = new Set(paragraph.flatMap((s) => (s.tags ?? []).map((t) => t.type)));
    expect([...types]).toEqual(expect.arrayContaining(['b', 'fmt', 'fn', 'link']));
    // (The DOCX writer puts a code that touches the end of a run inside it: {2/}{/1} or {/1}{2/}.)
    expect(showTags(paragraph.map((s) => s.source + s.gapAfter).join(''))).toMatch(/^\{1\}Bisnis\.com, JAKARTA(\{\/1\}\{\d\/\}|\{\d\/\}\{\/1\}) - Arms talks .* a \{\d\}\{\d\}United States\{\/\d\}\{\/\d\} \(US\)/);

    const xliff = await exportAs(page, 'XLIFF 1.2');
    expectValid('xliff12', new Uint8Array(xliff.bytes), 'the XLIFF 1.2 export of the DOCX');
    const read = xliffCodec.read(new Uint8Array(xliff.bytes), { fileName: 'berita.xlf', segmenter });
    expect(showTags(read.segments[1]!.target)).toBe(moved);
    expect(app.pageErrors).toEqual([]);
  });
});
