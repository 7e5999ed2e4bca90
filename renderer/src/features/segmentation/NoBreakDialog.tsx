import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SegmentationDialog } from './SegmentationDialog';

export interface NoBreakDialogProps {
  projectName: string;
  /** 1-based number of the segment the command came from. */
  n: number;
  /** Prefilled abbreviation: the segment's last word. */
  word: string;
  /** Whether the segment has a next segment in the same paragraph (then joining is offered). */
  canJoin: boolean;
  onConfirm(abbreviation: string, join: boolean): void;
  onCancel(): void;
}

/** "Don't split after this": the abbreviation to add as a no-break rule, and the offer to join. */
export function NoBreakDialog({ projectName, n, word, canJoin, onConfirm, onCancel }: NoBreakDialogProps) {
  const { t } = useTranslation('segmentation');
  const [abbreviation, setAbbreviation] = useState(word);
  const [join, setJoin] = useState(canJoin);
  const inputRef = useRef<HTMLInputElement>(null);
  const bodyId = useId();

  return (
    <SegmentationDialog
      title={t('noBreak.title')}
      confirmLabel={t('noBreak.confirm')}
      confirmDisabled={abbreviation.trim() === ''}
      initialFocus={inputRef}
      onConfirm={() => onConfirm(abbreviation.trim(), canJoin && join)}
      onCancel={onCancel}
    >
      <label className="segmentation-field">
        {t('noBreak.abbreviation')}
        <input ref={inputRef} type="text" lang="id" spellCheck={false} value={abbreviation} aria-describedby={bodyId} onChange={(event) => setAbbreviation(event.target.value)} />
      </label>
      <p id={bodyId}>{t('noBreak.body', { project: projectName })}</p>
      {canJoin && (
        <label className="segmentation-check">
          <input type="checkbox" checked={join} onChange={(event) => setJoin(event.target.checked)} />
          {t('noBreak.join', { n })}
        </label>
      )}
    </SegmentationDialog>
  );
}
