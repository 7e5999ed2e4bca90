import { PadananError } from '../../../core/errors';
import { SOURCE_LANG, TARGET_LANG, type Project } from '../../../core/model';
import { newId } from './ids';
import { POSITION_SETTING, type PadananDb } from './schema';
import { documentKeyRange } from './blocks';
import { attachStarterPack } from './glossary';
import { segmentationRulesKey } from './segmentationRules';
import { projectMissing, withStorageErrors } from './storageErrors';

export async function createProject(db: PadananDb, name: string): Promise<Project> {
  const now = Date.now();
  const project: Project = {
    id: newId(),
    name: checkName(name),
    sourceLang: SOURCE_LANG,
    targetLang: TARGET_LANG,
    segmentationRules: 'default',
    createdAt: now,
    updatedAt: now,
  };
  // Every new project starts with the starter glossary pack, enabled (the user can disable it).
  await withStorageErrors(() =>
    db.transaction('rw', db.projects, db.glossaryPacks, db.terms, async () => {
      await db.projects.add(project);
      await attachStarterPack(db, project.id, now);
    }),
  );
  return project;
}

export async function getProject(db: PadananDb, id: string): Promise<Project | undefined> {
  return db.projects.get(id);
}

/** Most recently updated first. */
export async function listProjects(db: PadananDb): Promise<Project[]> {
  return db.projects.orderBy('updatedAt').reverse().toArray();
}

export async function renameProject(db: PadananDb, id: string, name: string): Promise<void> {
  const checked = checkName(name);
  await withStorageErrors(() =>
    db.transaction('rw', db.projects, async () => {
      const project = await db.projects.get(id);
      if (!project) throw projectMissing(id);
      await db.projects.put({ ...project, name: checked, updatedAt: Date.now() });
    }),
  );
}

/**
 * Removes the project and everything in it, in one transaction: documents (with skeletons,
 * segment blocks, revisions, comments), glossary packs and their terms, TM units, imports and index, the project's
 * segmentation rules, and the saved work position when it points into the project.
 */
export async function deleteProject(db: PadananDb, id: string): Promise<void> {
  await withStorageErrors(() =>
    db.transaction(
      'rw',
      [db.projects, db.documents, db.documentSkeletons, db.segmentBlocks, db.revisions, db.comments, db.glossaryPacks, db.terms, db.tmUnits, db.tmImports, db.tmIndexes, db.settings],
      async () => {
        const documentIds = (await db.documents.where('projectId').equals(id).primaryKeys()) as string[];
        for (const documentId of documentIds) {
          const [lower, upper] = documentKeyRange(documentId);
          await db.segmentBlocks.where('[documentId+block]').between(lower, upper, true, true).delete();
          await db.revisions.where('[documentId+unitId]').between(lower, upper, true, true).delete();
          await db.comments.where('[documentId+unitId]').between(lower, upper, true, true).delete();
        }
        await db.documentSkeletons.bulkDelete(documentIds);
        await db.documents.bulkDelete(documentIds);
        const packIds = (await db.glossaryPacks.where('projectId').equals(id).primaryKeys()) as string[];
        if (packIds.length) await db.terms.where('packId').anyOf(packIds).delete();
        await db.glossaryPacks.bulkDelete(packIds);
        await db.tmUnits.where('projectId').equals(id).delete();
        await db.tmImports.where('projectId').equals(id).delete();
        await db.tmIndexes.delete(id);
        await db.settings.delete(segmentationRulesKey(id));
        const position = await db.settings.get(POSITION_SETTING);
        if ((position?.value as { projectId?: unknown } | undefined)?.projectId === id) await db.settings.delete(POSITION_SETTING);
        await db.projects.delete(id);
      },
    ),
  );
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new PadananError('storage.projectNameEmpty', 'A project needs a name.');
  return trimmed;
}
