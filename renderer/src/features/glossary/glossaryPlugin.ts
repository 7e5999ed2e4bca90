import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../core/model';
import type { TermMatch } from '../../../../glossary/match/index';
import { useServices } from '../../app/services';
import type { EditorPlugin, EditorPluginContext, SourceMark, SourceMarker } from '../editor/plugins';
import { GlossaryPanel } from './GlossaryPanel';
import { glossaryMarks } from './glossaryMarks';
import { useGlossaryMatches } from './useGlossaryMatches';

const NO_MARKS: readonly SourceMark[] = [];

/**
 * The glossary in the editor: a side panel with the current segment's terms, and every match
 * marked in the visible sources (<mark title="English">).
 */
export const glossaryPlugin: EditorPlugin = { id: 'glossary', SidePanel: GlossaryPanel, useSourceMarks: useGlossaryMarks };

function useGlossaryMarks(context: EditorPluginContext): SourceMarker | undefined {
  const { t } = useTranslation('glossary');
  const { db } = useServices();
  const { matches, state } = useGlossaryMatches(db, context.projectId);
  // A new marker (so the rows re-render) whenever answers arrive or the matcher changes.
  return useMemo(() => {
    if (!matches) return undefined;
    const memo = new WeakMap<TermMatch[], SourceMark[]>();
    const forbidden = (target: string) => t('mark.forbidden', { target });
    return (segment: Segment) => {
      const found = matches.get(segment.source);
      if (!found || found.length === 0) return NO_MARKS;
      let marks = memo.get(found);
      if (!marks) memo.set(found, (marks = glossaryMarks(found, forbidden)));
      return marks;
    };
  }, [matches, state.version, t]); // eslint-disable-line react-hooks/exhaustive-deps
}
