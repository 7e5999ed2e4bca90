import type { TFunction } from 'i18next';
import type { SegmentationRulesInForce } from '../../db/segmentationRules';

/** "Padanan’s Indonesian rules + 2 added abbreviations (Kapt., Dirut.)", "“omegat.srx”" … */
export function describeRules(t: TFunction, rules: Pick<SegmentationRulesInForce, 'kind' | 'fileName' | 'abbreviations'>): string {
  const count = rules.abbreviations.length;
  const list = rules.abbreviations.join(', ');
  if (rules.kind === 'default') return t('rules.default');
  if (rules.fileName) return count ? t('rules.filePlus', { file: rules.fileName, count, list }) : t('rules.file', { file: rules.fileName });
  return count ? t('rules.defaultPlus', { count, list }) : t('rules.default');
}
