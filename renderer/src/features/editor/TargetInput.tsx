import { useMemo, useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../../core/model';
import { hasTags } from '../../../../core/formats/inlineTags';
import { checkTags, type TagCheck, type TagRef } from '../../../../core/formats/tagCheck';
import { tagToken } from '../../../../core/formats/tagDisplay';
import { nextMissingTag } from '../../../../core/formats/tagEdit';
import { useEditorContext } from './editorContext';
import { TAG_KEY_SHORTCUTS, tagKeyCommand } from './tagKeys';
import { snapTargetCaret, targetDisplay, widenDeletion } from './targetEditing';

export interface TargetInputProps {
  index: number;
  segment: Segment;
  active: boolean;
  textboxRef: Ref<HTMLTextAreaElement>;
  /** The row's own keys (confirm, next, previous); called first. */
  onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void;
}

/**
 * The English draft of one segment: a textarea showing inline tags as tokens ({1} … {/1}, {2/})
 * that cannot be broken (targetEditing.ts), a subtle warning when its tags differ from the
 * source's, and, in the active row, "Copy source" and "Insert tag".
 */
export function TargetInput({ index, segment, active, textboxRef, onKeyDown }: TargetInputProps) {
  const { t } = useTranslation('editor');
  const { controller } = useEditorContext();
  const caret = useRef<number | undefined>(undefined);
  const n = index + 1;
  const { target, tags } = segment;
  const display = useMemo(() => targetDisplay({ target, tags }), [target, tags]);
  const check = useMemo(() => (segment.target.trim() ? checkTags(segment.source, segment.target) : undefined), [segment.source, segment.target]);
  const sourceHasTags = hasTags(segment.source);
  const warningId = `tag-warning-${index}`;
  const warning = check && !check.ok ? tagWarning(check, t) : undefined;

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown(event);
    if (event.defaultPrevented || segment.locked) return;
    const native = event.nativeEvent;
    const command = tagKeyCommand(native);
    if (command) {
      event.preventDefault();
      if (command === 'insertTag') controller.insertNextTag(index);
      else controller.copySource(index);
      return;
    }
    if ((event.key === 'Backspace' || event.key === 'Delete') && !event.ctrlKey && !event.altKey && !event.metaKey && !native.isComposing) {
      const current = controller.getSegment(index);
      if (current) widenDeletion(event.currentTarget, current, event.key === 'Backspace' ? 'backward' : 'forward');
    }
  };

  return (
    <>
      <textarea
        ref={textboxRef}
        className="target-input"
        lang="en"
        spellCheck
        rows={1}
        aria-label={t('segment.translation', { n })}
        aria-describedby={warning ? warningId : undefined}
        value={display}
        readOnly={segment.locked}
        onChange={(event) => controller.input(index, event.currentTarget)}
        onKeyDown={keyDown}
        onSelect={(event) => {
          const current = controller.getSegment(index);
          if (current && current.target.length > 0) caret.current = snapTargetCaret(event.currentTarget, current, caret.current);
        }}
        onBlur={() => controller.queue.flushNow()}
      />
      {warning && (
        <p id={warningId} className="tag-warning">
          {warning}
        </p>
      )}
      {active && !segment.locked && (
        <div className="target-tools">
          <button
            type="button"
            className="button-small"
            title={t('tags.copySourceHint')}
            aria-keyshortcuts={TAG_KEY_SHORTCUTS.copySource}
            // Keep the caret and selection in the textbox.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => controller.copySource(index)}
          >
            {t('tags.copySource')}
          </button>
          {sourceHasTags && (
            <button
              type="button"
              className="button-small"
              title={t('tags.insertHint')}
              aria-keyshortcuts={TAG_KEY_SHORTCUTS.insertTag}
              disabled={!nextMissingTag(segment.source, segment.target)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => controller.insertNextTag(index)}
            >
              {t('tags.insert')}
            </button>
          )}
        </div>
      )}
    </>
  );
}

function tagWarning(check: TagCheck, t: (key: string, options?: Record<string, unknown>) => string): string {
  const list = (tags: TagRef[]) => tags.map((tag) => tagToken(tag.kind, tag.n)).join(' ');
  const parts: string[] = [];
  if (check.missing.length) parts.push(t('tags.missing', { tags: list(check.missing) }));
  if (check.extra.length) parts.push(t('tags.extra', { tags: list(check.extra) }));
  if (check.misordered.length) parts.push(t('tags.misordered', { tags: list(check.misordered) }));
  return t('tags.warning', { problems: parts.join('; ') });
}
