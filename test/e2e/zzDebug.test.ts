import { describe, it } from 'vitest';
import { isFocused, startWithDocument, translationBox, useE2EApp, waitForAppReady, type FileInput } from './harness';
function generatedDocument(name: string, segments: number): FileInput {
  const sentence = (n: number) => `Warga desa ke-${n + 1} melaporkan hasil panen pada pekan ke-${n + 1}.`;
  const paragraphs: string[] = [];
  for (let i = 0; i < segments; i += 2) paragraphs.push(i + 1 < segments ? `${sentence(i)} ${sentence(i + 1)}` : sentence(i));
  return { name, buffer: Buffer.from(paragraphs.join('\n\n') + '\n') };
}
describe('dbg', () => {
  const app = useE2EApp();
  it('dbg', async () => {
    const { page } = app;
    const total = Number(process.env.DBG_TOTAL ?? 14);
    const target = Number(process.env.DBG_TARGET ?? 14);
    await startWithDocument(app, 'Ujung', generatedDocument('ujung.txt', total));
    await page.evaluate(([t]) => localStorage.setItem('padanan.workPosition', JSON.stringify({ ...JSON.parse(localStorage.getItem('padanan.workPosition')!), segmentIndex: t - 1 })), [target]);
    await page.addInitScript(() => {
      const log: string[] = ((window as any).__log = []);
      const t0 = performance.now();
      const tick = () => {
        const b = document.querySelector('.grid-body');
        if (b) {
          const rows = [...document.querySelectorAll('.segment-row')].map((r) => r.getAttribute('data-index'));
          log.push(`${(performance.now() - t0).toFixed(0)} st=${b.scrollTop} sh=${b.scrollHeight} ch=${b.clientHeight} rows=${rows[0]}..${rows.at(-1)} act=${document.activeElement?.tagName}${document.activeElement?.getAttribute('aria-label') ?? ''}`);
        }
        if (performance.now() - t0 < 4000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.reload();
    await waitForAppReady(page);
    await page.waitForTimeout(4500);
    const log: string[] = await page.evaluate(() => (window as any).__log);
    const dedup = log.filter((l, i) => i === 0 || l.replace(/^\d+ /, '') !== log[i - 1]!.replace(/^\d+ /, ''));
    console.log(dedup.join('\n'));
    console.log('focused', await isFocused(translationBox(page, target)).catch(() => 'no box'));
  });
});
