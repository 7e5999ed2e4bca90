import { it, describe } from 'vitest';
import { startWithDocument, translationBox, useE2EApp, waitForAppReady } from './harness';
describe('dbg', () => {
  const app = useE2EApp();
  it('dbg', async () => {
    const { page } = app;
    const sentence = (n: number) => `Warga desa ke-${n + 1} melaporkan hasil panen pada pekan ke-${n + 1}.`;
    const paragraphs: string[] = [];
    for (let i = 0; i < 14; i += 2) paragraphs.push(`${sentence(i)} ${sentence(i + 1)}`);
    await startWithDocument(app, 'Ujung', { name: 'u.txt', buffer: Buffer.from(paragraphs.join('\n\n') + '\n') });
    for (let n = 1; n < 12; n++) {
      if ((await translationBox(page, 12).count()) > 0) break;
      await translationBox(page, n).click();
      await page.keyboard.press('Control+ArrowDown');
    }
    await translationBox(page, 12).click();
    await page.waitForTimeout(300);
    await page.reload();
    await waitForAppReady(page);
    const out: string[] = [];
    for (let i = 0; i < 20; i++) {
      const info = await page.evaluate(() => { const a = document.activeElement as HTMLElement; return `${a?.tagName} ${a?.getAttribute('aria-label') ?? ''} ${a?.className ?? ''}`; });
      const boxes = await page.evaluate(() => [...document.querySelectorAll('textarea')].map((t) => t.getAttribute('aria-label')?.replace('Translation of segment ', '')).join(','));
      out.push(`${i} ${info} | ${boxes}`);
      await page.waitForTimeout(250);
    }
    console.log('DBG\n' + out.join('\n'));
  });
});
