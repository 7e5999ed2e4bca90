import { describe, expect, it } from 'vitest';
import type { ProjectDocument, Segment } from '../../../../core/model';
import { txtCodec } from '../../../../core/formats/txt';
import { createDefaultSegmenter } from '../../../../core/segment/index';
import { availableExporters, codecForFormat, englishTextExporter, exportFileName, exporters, sameFormatExporter } from '../../../../renderer/src/features/export/exporters';
import { createI18n } from '../../../../renderer/src/i18n/i18n';

function documentFrom(name: string, text: string): { doc: ProjectDocument; segments: Segment[] } {
  const imported = txtCodec.read(new TextEncoder().encode(text), { fileName: name, segmenter: createDefaultSegmenter(), now: 1 });
  const empty = { segments: 0, words: 0 };
  const doc: ProjectDocument = {
    id: 'd1',
    projectId: 'p1',
    name,
    format: imported.format,
    skeleton: imported.skeleton,
    segmentCount: imported.segments.length,
    wordCount: 0,
    stats: { new: empty, draft: empty, translated: empty, reviewed: empty, final: empty },
    nextUnitId: imported.segments.length + 1,
    createdAt: 1,
    updatedAt: 1,
  };
  return { doc, segments: imported.segments.map((s) => ({ ...s, documentId: 'd1' })) };
}

describe('exportFileName', () => {
  it('puts the language before the extension and never reuses the source name', () => {
    expect(exportFileName('berita.txt', 'txt')).toBe('berita.en.txt');
    expect(exportFileName('laporan.final.md', 'md')).toBe('laporan.final.en.md');
    expect(exportFileName('C:\\docs\\surat.txt', 'txt')).toBe('surat.en.txt');
    expect(exportFileName('README', 'txt')).toBe('README.en.txt');
    expect(exportFileName('.txt', 'txt')).toBe('.txt.en.txt');
  });
});

describe('English TXT exporter', () => {
  it('writes the English text around the source layout, falling back to the source where untranslated', async () => {
    const { doc, segments } = documentFrom('berita.txt', 'Korut menolak. Gedung Putih diam.\r\n\r\nKremlin setuju.\r\n');
    expect(segments.map((s) => s.source)).toEqual(['Korut menolak.', 'Gedung Putih diam.', 'Kremlin setuju.']);
    segments[0] = { ...segments[0]!, target: 'North Korea refused.', status: 'translated' };
    segments[2] = { ...segments[2]!, target: 'The Kremlin agreed.', status: 'draft' };
    const file = await englishTextExporter.build(doc, segments);
    expect(file.fileName).toBe('berita.en.txt');
    expect(file.mediaType).toBe('text/plain');
    expect(new TextDecoder().decode(file.bytes)).toBe('North Korea refused. Gedung Putih diam.\r\n\r\nThe Kremlin agreed.\r\n');
  });

  it('is offered for every document; the Markdown entry only for Markdown sources', () => {
    const { doc } = documentFrom('a.txt', 'Satu.');
    const ids = availableExporters(doc).map((e) => e.id);
    expect(ids[0]).toBe('english-txt');
    expect(ids).not.toContain('english-md');
    const md = sameFormatExporter('md', 'english-md', 'formats.englishMd', 'md');
    expect(md.available({ ...doc, format: 'md' })).toBe(codecForFormat('md') !== undefined);
    expect(md.available(doc)).toBe(false);
  });

  it('has a translated label for every exporter in both languages, and unique ids', async () => {
    const i18n = createI18n('en');
    for (const lang of ['en', 'id']) {
      await i18n.changeLanguage(lang);
      for (const exporter of exporters) {
        // Labels are keys of the `export` namespace, or `ns:key` for another feature's namespace.
        expect(i18n.exists(exporter.labelKey, { ns: 'export', lng: lang, fallbackLng: false }), `${lang} ${exporter.labelKey}`).toBe(true);
      }
    }
    expect(new Set(exporters.map((e) => e.id)).size).toBe(exporters.length);
    expect(i18n.getFixedT('en', 'export')('formats.englishTxt')).toBe('English document (TXT)');
  });
});
