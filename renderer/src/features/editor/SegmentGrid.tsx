import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { SegmentRowCells } from './SegmentRow';
import { useEditorContext } from './editorContext';
import { OVERSCAN_ROWS, PREFETCH_ROWS, estimateRowHeight } from './rowHeight';
import { revealRow } from './revealRow';

export interface SegmentGridProps {
  documentName: string;
  fontSize: number;
}

/**
 * The side-by-side segment grid, virtualised: only the rows on screen (plus a few) exist in the
 * DOM, and only the pages around them are read from storage, so 100,000 segments scroll like 100.
 */
export function SegmentGrid({ documentName, fontSize }: SegmentGridProps) {
  const { t } = useTranslation('editor');
  const { controller } = useEditorContext();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = useSyncExternalStore(controller.count.subscribe, controller.count.get);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight(fontSize),
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => index,
    // The active row stays rendered wherever the grid scrolls: unmounting it would drop the caret
    // (focus falls to <body>), e.g. while far rows are measured during a jump.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        const active = controller.active.get();
        if (active < range.count && !indexes.includes(active)) {
          indexes.push(active);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      [controller],
    ),
  });

  useLayoutEffect(() => {
    let cancel: (() => void) | undefined;
    controller.setScroller((index, align) => {
      cancel?.();
      cancel = revealRow(
        {
          scrollToIndex: (i, a) => virtualizer.scrollToIndex(i, { align: a }),
          body: () => scrollRef.current,
          isLoaded: (i) => controller.cache.get(i) !== undefined,
        },
        index,
        align,
      );
    });
    return () => {
      cancel?.();
      controller.setScroller(undefined);
    };
  }, [controller, virtualizer]);

  // A new font size changes every row's height.
  useEffect(() => virtualizer.measure(), [fontSize, virtualizer]);

  const items = virtualizer.getVirtualItems();
  // The rows on screen, without the pinned active row (which may be far away).
  const first = Math.max(0, (virtualizer.range?.startIndex ?? 0) - OVERSCAN_ROWS);
  const last = virtualizer.range ? Math.min(total - 1, virtualizer.range.endIndex + OVERSCAN_ROWS) : -1;
  useEffect(() => {
    if (last >= first) controller.cache.want(first - PREFETCH_ROWS, last + PREFETCH_ROWS);
  }, [controller, first, last]);

  return (
    <div className="segment-grid" role="grid" aria-label={t('grid.label', { name: documentName })} aria-rowcount={total + 1} aria-colcount={4}>
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
          <div role="columnheader" className="cell cell-number">
            {t('columns.number')}
          </div>
          <div role="columnheader" className="cell cell-source">
            {t('columns.source')}
          </div>
          <div role="columnheader" className="cell cell-target">
            {t('columns.target')}
          </div>
          <div role="columnheader" className="cell cell-status">
            {t('columns.status')}
          </div>
        </div>
      </div>
      <div role="rowgroup" className="grid-body" ref={scrollRef}>
        <div role="presentation" className="grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <div
              key={item.key}
              role="row"
              aria-rowindex={item.index + 2}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="grid-row segment-row"
              style={{ transform: `translateY(${item.start}px)` }}
              onFocus={() => controller.activate(item.index)}
            >
              <SegmentRowCells index={item.index} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
