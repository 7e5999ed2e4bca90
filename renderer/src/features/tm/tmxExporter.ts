import { exportTmx, type TmxUnitInput } from '../../../../core/formats/tmx';
import { isConfirmed, type ProjectDocument, type Segment } from '../../../../core/model';
import { listDocumentRecords } from '../../db/documents';
import { listProjects } from '../../db/projects';
import { readAllSegments } from '../../db/segments';
import type { PadananDb } from '../../db/schema';
import type { Exporter } from '../export/exporters';

/**
 * Export menu → "TMX": the confirmed segments (translated, reviewed, final) of every document
 * of the project, written by core's TMX 1.4b writer — the translator's own memory, to take to
 * another tool. The same source+target pair appears once. Units imported from other TMX files
 * are not written back out: this is the project's own work.
 */
export const tmxExporter: Exporter = {
  id: 'tmx',
  labelKey: 'tm:export.label',
  extensions: ['tmx'],
  available: () => true,
  async build(doc, segments, context) {
    if (!context) throw new Error('The TMX export needs the database');
    const { db } = context;
    const units = await projectUnits(db, doc, segments);
    const project = (await listProjects(db)).find((p) => p.id === doc.projectId);
    return { fileName: `${safeFileStem(project?.name ?? doc.name)}.tmx`, bytes: exportTmx(units), mediaType: 'application/x-tmx+xml' };
  },
};

/** The project's confirmed segments as TMX units: `current` (already flushed) first, then the others. */
export async function projectUnits(db: PadananDb, current: ProjectDocument, currentSegments: readonly Segment[]): Promise<TmxUnitInput[]> {
  const documents = (await listDocumentRecords(db, current.projectId)).filter((d) => d.id !== current.id);
  const units: TmxUnitInput[] = [];
  const seen = new Set<string>();
  const add = (doc: Pick<ProjectDocument, 'name'>, segments: readonly Segment[]) => {
    for (const s of segments) {
      if (!isConfirmed(s.status) || s.locked || s.target.trim() === '') continue;
      const key = `${s.source}\u0000${s.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const unit: TmxUnitInput = { source: s.source, target: s.target, tuid: `${doc.name}#${s.unitId}`, context: doc.name, createdAt: s.updatedAt, changedAt: s.updatedAt };
      if (s.tags?.length) unit.tags = s.tags;
      if (s.note) unit.note = s.note;
      units.push(unit);
    }
  };
  add(current, currentSegments);
  for (const doc of documents) add(doc, await readAllSegments(db, doc.id));
  return units;
}

function safeFileStem(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'translation-memory';
}
