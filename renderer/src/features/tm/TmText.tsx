import { useTranslation } from 'react-i18next';
import type { SourceDiffPart } from '../../../../core/tm/diff';
import { parseTagChar } from '../../../../core/formats/inlineTags';
import { tagToken } from '../../../../core/formats/tagDisplay';

/** Text from the memory with inline-tag characters shown as the editor shows them ({1} … {/1}). */
export function TmText({ text }: { text: string }) {
  return <>{withTags(text)}</>;
}

/**
 * A memory's source with its differences from the current source: words the current segment does
 * not have are struck through (<del>), words only the current segment has are inserted (<ins>).
 */
export function SourceDiff({ parts }: { parts: readonly SourceDiffPart[] }) {
  const { t } = useTranslation('tm');
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{withTags(part.text)}</span>
        ) : part.kind === 'removed' ? (
          <del key={i} className="tm-diff-removed" title={t('panel.diffRemoved')}>
            {withTags(part.text)}
          </del>
        ) : (
          <ins key={i} className="tm-diff-added" title={t('panel.diffAdded')}>
            {withTags(part.text)}
          </ins>
        ),
      )}
    </>
  );
}

function withTags(text: string): string {
  let out = '';
  for (const char of text) {
    const tag = parseTagChar(char.charCodeAt(0));
    out += tag ? tagToken(tag.kind, tag.n) : char;
  }
  return out;
}
