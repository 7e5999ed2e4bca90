import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPack, packChecksum } from '../../glossary/formats/pack';
import { createGlossaryMatcher } from '../../glossary/match/matcher';
import { STARTER_PACK_MANIFEST, loadStarterPack, parsePackSource } from '../../glossary/packs/starterPack';

const packs = new URL('../../glossary/packs/', import.meta.url);
const ARTICLE = new URL('../../../shared/samples/berita-korut-rusia.txt', import.meta.url);

function matchesIn(text: string) {
  const pack = loadStarterPack();
  const matcher = createGlossaryMatcher([pack.terms.map((t) => ({ ...t, packId: pack.manifest.id }))]);
  return text.split('\n').flatMap((line) => matcher.match(line).map((m) => ({ text: line.slice(m.start, m.end), target: m.term.target })));
}

describe('starter pack "International news (id→en)"', () => {
  it('has at least 200 entries, each with a part of speech, and a licence note', () => {
    const { manifest, terms } = loadStarterPack();
    expect(manifest.name).toBe('International news (id→en)');
    expect(manifest.licence).toBe('CC0-1.0');
    expect(terms.length).toBeGreaterThanOrEqual(200);
    expect(terms.filter((t) => !t.pos)).toEqual([]);
    expect(new Set(terms.map((t) => `${t.source}\t${t.target}`)).size).toBe(terms.length);
    expect(readFileSync(new URL('LICENCE.md', packs), 'utf8')).toContain('CC0');
  });

  it('contains the entries the product names', () => {
    const pairs = new Set(loadStarterPack().terms.map((t) => `${t.source} → ${t.target}`));
    for (const pair of [
      'Korut → North Korea',
      'Korea Utara → North Korea',
      'Gedung Putih → White House',
      'Kremlin → Kremlin',
      'AS → US',
      'penasihat keamanan nasional → national security adviser',
      'juru bicara → spokesperson',
      'Dewan Keamanan Nasional → National Security Council',
    ]) {
      expect(pairs, pair).toContain(pair);
    }
  });

  it('is the pack built from its TSV source', () => {
    const fromSource = parsePackSource(readFileSync(new URL('international-news.source.tsv', packs), 'utf8'));
    const shipped = loadStarterPack();
    expect(shipped.manifest.checksum).toBe(packChecksum(fromSource));
    expect(createPack({ ...STARTER_PACK_MANIFEST, created: shipped.manifest.created }, fromSource).manifest).toEqual(shipped.manifest);
  });

  it('marks Korut, Gedung Putih and Kremlin in news text', () => {
    const found = matchesIn(
      'Negosiasi senjata antara Rusia dan Korea Utara (Korut) mengalami kemajuan, kata penasihat keamanan nasional AS kepada wartawan di Gedung Putih. Kremlin membantahnya; as roda tidak ada hubungannya.',
    );
    const texts = found.map((f) => f.text);
    for (const t of ['Korut', 'Gedung Putih', 'Kremlin', 'Korea Utara', 'AS', 'penasihat keamanan nasional', 'senjata']) expect(texts).toContain(t);
    expect(texts).not.toContain('as');
  });

  it('marks Korut, Gedung Putih and Kremlin in the reference article', () => {
    if (!existsSync(ARTICLE)) {
      console.log(`skipped: ${ARTICLE.pathname} not found (../shared is not part of a user's clone)`);
      return;
    }
    const found = matchesIn(readFileSync(ARTICLE, 'utf8'));
    const byText = new Map(found.map((f) => [f.text, f.target]));
    expect(byText.get('Korut')).toBe('North Korea');
    expect(byText.get('Gedung Putih')).toBe('White House');
    expect(byText.get('Kremlin')).toBe('Kremlin');
    expect(byText.get('Juru Bicara')).toBe('spokesperson');
    expect(byText.get('Dewan Keamanan Nasional')).toBe('National Security Council');
    expect(byText.get('memasok')).toBe('supply');
    console.log(`reference article: ${found.length} matches of ${byText.size} distinct forms`);
  });
});
