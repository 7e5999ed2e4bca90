import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InlineTag } from '../../../../core/model';
import type { SourceMark } from './plugins';
import { sourceRuns, type SourcePiece } from './sourcePieces';

export interface SourceTextProps {
  text: string;
  tags?: readonly InlineTag[];
  /** Highlights (glossary matches …), rendered as <mark title>. */
  marks?: readonly SourceMark[];
}

/** A segment's Indonesian source as plain text, with inline tags as compact placeholders and marks. */
export const SourceText = memo(function SourceText({ text, tags, marks }: SourceTextProps) {
  const runs = sourceRuns(text, marks, tags);
  return (
    <>
      {runs.map((run, i) =>
        run.mark ? (
          <mark key={i} title={run.mark.title} className={run.mark.className}>
            <Pieces pieces={run.pieces} />
          </mark>
        ) : (
          <Pieces key={i} pieces={run.pieces} />
        ),
      )}
    </>
  );
});

function Pieces({ pieces }: { pieces: SourcePiece[] }) {
  const { t } = useTranslation('editor');
  return (
    <>
      {pieces.map((piece, i) =>
        piece.kind === 'text' ? (
          piece.text
        ) : (
          <span key={i} className={`inline-tag inline-tag-${piece.tagKind}`} title={t(`tag.${piece.tagKind}`, { n: piece.n, type: piece.type || '?' })}>
            {piece.label}
          </span>
        ),
      )}
    </>
  );
}
