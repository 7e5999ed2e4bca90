import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportTmxFromSegments } from '../../../core/formats/tmx';
import type { WritableSegment } from '../../../core/formats/types';
import { ROOT } from './xliffHelpers';

const OMEGAT = resolve(ROOT, '../shared/validators/omegat-translate.sh');

/** OmegaT 3.6, a real CAT tool, uses our TMX: its 100% matches land in the translated document. */
describe('TMX in OmegaT', () => {
  it('inserts the confirmed segments of our TMX as exact matches', () => {
    if (!existsSync(OMEGAT)) {
      console.log(`OmegaT check skipped: ${OMEGAT} not found (no ../shared beside the project)`);
      return;
    }
    const segments: WritableSegment[] = [
      { index: 0, unitId: '1', paragraph: 0, source: 'Korea Utara dan Rusia sepakat memperkuat kerja sama militer.', target: 'North Korea and Russia agreed to strengthen military cooperation.', status: 'translated', note: '', gapAfter: ' ' },
      { index: 1, unitId: '2', paragraph: 0, source: 'Pertemuan itu berlangsung di Vladivostok pada Selasa (5/9/2023).', target: 'The meeting took place in Vladivostok on Tuesday (Sept. 5, 2023).', status: 'reviewed', note: '', gapAfter: '\n' },
      { index: 2, unitId: '3', paragraph: 1, source: 'Nilai kontrak mencapai Rp1,5 triliun & lebih.', target: 'The contract is worth Rp1.5 trillion & more.', status: 'final', note: 'checked', gapAfter: '\n' },
      { index: 3, unitId: '4', paragraph: 2, source: 'Kalimat ini belum selesai.', target: 'Draft only.', status: 'draft', note: '', gapAfter: '\n' },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'padanan-omegat-'));
    try {
      writeFileSync(join(dir, 'padanan.tmx'), exportTmxFromSegments(segments, { documentName: 'berita.txt' }));
      writeFileSync(join(dir, 'berita.txt'), segments.map((s) => s.source + s.gapAfter).join(''));
      const out = join(dir, 'project');
      const run = spawnSync(OMEGAT, [join(dir, 'berita.txt'), join(dir, 'padanan.tmx'), '', out], { encoding: 'utf8', timeout: 120_000 });
      if (run.status === 2) {
        console.log(`OmegaT check skipped: ${run.stderr.trim()}`);
        return;
      }
      expect(run.status, run.stderr).toBe(0);
      const translated = readFileSync(join(out, 'target/berita.txt'), 'utf8');
      expect(translated).toBe(
        'North Korea and Russia agreed to strengthen military cooperation. The meeting took place in Vladivostok on Tuesday (Sept. 5, 2023).\nThe contract is worth Rp1.5 trillion & more.\nKalimat ini belum selesai.\n',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
