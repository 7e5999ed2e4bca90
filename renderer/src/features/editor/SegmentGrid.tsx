import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { SegmentRowCells } from './SegmentRow';
import { useEditorContext } from './editorContext';
import { OVERSCAN_ROWS, PREFETCH_ROWS, estimateRowHeight } from './rowHeight';

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
  });

  useLayoutEffect(() => {
    controller.setScroller((index, align) => virtualizer.scrollToIndex(index, { align }));
    return () => controller.setScroller(undefined);
  }, [controller, virtualizer]);

  // A new font size changes every row's height.
  useEffect(() => virtualizer.measure(), [fontSize, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
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
