import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../core/model';
import { SegmentationDialog } from './SegmentationDialog';
import { splitView } from './splitView';

export interface SplitDialogProps {
  segment: Segment;
  /** Initial caret, as a source offset. */
  caret: number;
  onSplit(sourceOffset: number, targetOffset: number | undefined): void;
  onCancel(): void;
}

/**
 * "Split segment N": the source in a text box whose caret says where to cut (the text itself
 * cannot be changed), with the two parts shown as they will be. When the segment has a
 * translation, a second box says where the translation divides (at its end: all of it stays with
 * the first part).
 */
export function SplitDialog({ segment, caret, onSplit, onCancel }: SplitDialogProps) {
  const { t } = useTranslation('segmentation');
  const n = segment.index + 1;
  const view = useMemo(() => splitView(segment.source), [segment.source]);
  // The translation shows its codes as the same tokens; its caret maps back the same way.
  const targetView = useMemo(() => splitView(segment.target), [segment.target]);
  const [sourceCaret, setSourceCaret] = useState(() => view.toDisplay(caret));
  const [targetCaret, setTargetCaret] = useState(targetView.text.length);
  const sourceRef = useRef<HTMLTextAreaElement>(null);
  const targetRef = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const previewId = useId();

  useLayoutEffect(() => {
    const box = sourceRef.current;
    if (box) box.selectionStart = box.selectionEnd = sourceCaret;
    // Only the initial caret is placed here; afterwards the translator moves it.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const { left, right, valid } = parts(segment.source, view.toSource(sourceCaret));
  // The carets are read from the boxes themselves: a caret moved without a select event still counts.
  const confirm = () => {
    const offset = view.toSource(sourceRef.current?.selectionStart ?? sourceCaret);
    const target = targetView.toSource(targetRef.current?.selectionStart ?? targetCaret);
    if (parts(segment.source, offset).valid) onSplit(offset, target >= segment.target.length ? undefined : target);
  };

  return (
    <SegmentationDialog
      title={t('split.title', { n })}
      confirmLabel={t('split.confirm')}
      initialFocus={sourceRef}
      onConfirm={confirm}
      onCancel={onCancel}
    >
      <p id={hintId}>{t('split.instructions')}</p>
      <textarea
        ref={sourceRef}
        className="split-text"
        lang="id"
        rows={4}
        aria-label={t('split.source', { n })}
        aria-describedby={`${hintId} ${previewId}`}
        aria-readonly="true"
        spellCheck={false}
        value={view.text}
        {...fixedText(setSourceCaret, confirm)}
      />
      {valid ? (
        <ol className="split-preview" id={previewId} lang="id">
          <li>{splitView(left).text}</li>
          <li>{splitView(right).text}</li>
        </ol>
      ) : (
        <p className="split-preview split-invalid" id={previewId}>
          {t('split.invalid')}
        </p>
      )}
      {segment.target !== '' && (
        <>
          <label className="split-target-label">
            {t('split.target')}
            <textarea
              ref={targetRef}
              className="split-text"
              lang="en"
              rows={3}
              aria-readonly="true"
              spellCheck={false}
              value={targetView.text}
              {...fixedText(setTargetCaret, confirm)}
            />
          </label>
          <p className="muted">{t('split.targetHint')}</p>
        </>
      )}
    </SegmentationDialog>
  );
}

/** Props for a text box whose text never changes but whose caret is read; Enter confirms. */
function fixedText(onCaret: (caret: number) => void, onEnter: () => void) {
  const track = (event: SyntheticEvent<HTMLTextAreaElement>) => onCaret(event.currentTarget.selectionStart);
  return {
    onChange: () => {},
    onSelect: track,
    onKeyUp: track,
    onClick: track,
    onBeforeInput: (event: SyntheticEvent) => event.preventDefault(),
    onPaste: (event: SyntheticEvent) => event.preventDefault(),
    onCut: (event: SyntheticEvent) => event.preventDefault(),
    onDrop: (event: SyntheticEvent) => event.preventDefault(),
    onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
        event.preventDefault();
        onEnter();
      } else if (event.key === 'Backspace' || event.key === 'Delete') event.preventDefault();
    },
  };
}

function parts(source: string, offset: number): { left: string; right: string; valid: boolean } {
  const left = source.slice(0, offset).trimEnd();
  const right = source.slice(offset).trimStart();
  return { left, right, valid: left !== '' && right !== '' };
}
