import { memo, useCallback, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SEGMENT_STATUSES, isSegmentStatus } from '../../../../core/model';
import { SourceText } from './SourceText';
import { TargetInput } from './TargetInput';
import { useEditorContext } from './editorContext';
import { segmentKeyCommand } from './keyboard';

/**
 * The cells of one segment row. It subscribes to its own segment and to "am I active", so typing
 * re-renders this row only; the grid around it is not involved.
 */
export const SegmentRowCells = memo(function SegmentRowCells({ index }: { index: number }) {
  const { t } = useTranslation('editor');
  const { controller, marker } = useEditorContext();
  const subscribe = useCallback((listener: () => void) => controller.cache.subscribe(index, listener), [controller, index]);
  const segment = useSyncExternalStore(subscribe, () => controller.cache.get(index));
  const active = useSyncExternalStore(controller.active.subscribe, () => controller.active.get() === index);
  const textboxRef = useCallback(
    (element: HTMLTextAreaElement | null) => {
      controller.registerTextbox(index, element);
      return () => controller.registerTextbox(index, null);
    },
    [controller, index],
  );
  const n = index + 1;

  if (!segment) {
    return (
      <>
        <div role="gridcell" className="cell cell-number">
          {n}
        </div>
        <div role="gridcell" className="cell cell-source cell-loading" aria-busy="true">
          {t('segment.loading')}
        </div>
        <div role="gridcell" className="cell cell-target" />
        <div role="gridcell" className="cell cell-status" />
      </>
    );
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const command = segmentKeyCommand(event.nativeEvent);
    if (!command) return;
    event.preventDefault();
    if (command === 'confirm') void controller.confirm(index);
    else if (command === 'first') controller.focusSegment(0, 'start');
    else if (command === 'last') controller.focusSegment(controller.total - 1, 'end');
    else controller.focusSegment(command === 'next' ? index + 1 : index - 1);
  };

  return (
    <>
      <div role="gridcell" className="cell cell-number">
        <span className={`status-dot status-dot-${segment.status}`} aria-hidden="true" />
        {n}
      </div>
      <div role="gridcell" className="cell cell-source" lang="id">
        <SourceText text={segment.source} tags={segment.tags} marks={marker?.(segment)} />
      </div>
      <div role="gridcell" className="cell cell-target">
        <TargetInput index={index} segment={segment} active={active} textboxRef={textboxRef} onKeyDown={onKeyDown} />
      </div>
      <div role="gridcell" className="cell cell-status">
        <select
          className={`status-select status-${segment.status}`}
          aria-label={t('segment.status', { n })}
          value={segment.status}
          onChange={(event) => {
            if (isSegmentStatus(event.target.value)) void controller.setStatus(index, event.target.value);
          }}
        >
          {SEGMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
        {active && (
          <button
            type="button"
            className="button-primary confirm-button"
            title={t('segment.confirmHint')}
            aria-keyshortcuts="Control+Enter"
            onClick={() => void controller.confirm(index)}
          >
            {t('segment.confirm')}
          </button>
        )}
      </div>
    </>
  );
});
