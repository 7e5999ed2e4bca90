import type { GlossaryPack } from '../../../../core/model';
import { isOwnPack } from '../../db/glossary';

/** A pack's name as shown: the project's own pack in the interface language, others as named. */
export function packLabel(t: (key: string) => string, pack: Pick<GlossaryPack, 'id' | 'projectId' | 'name'>): string {
  return isOwnPack(pack) ? t('ownPack') : pack.name;
}
