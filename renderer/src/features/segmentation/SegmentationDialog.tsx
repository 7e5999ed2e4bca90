import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../app/useModalDialog';

export interface SegmentationDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmDisabled?: boolean;
  /** Receives focus when the dialog opens (else the Cancel button). */
  initialFocus?: RefObject<HTMLElement | null>;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal form for the segmentation commands (native <dialog>: focus trap, Escape, inert
 * background). Focus goes back to where it was when the dialog closes.
 */
export function SegmentationDialog({ title, children, confirmLabel, confirmDisabled, initialFocus, onConfirm, onCancel }: SegmentationDialogProps) {
  const { t } = useTranslation();
  const { dialogRef, cancelRef } = useModalDialog(initialFocus);
  const titleId = useId();

  return (
    <dialog
      ref={dialogRef}
      className="dialog segmentation-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!confirmDisabled) onConfirm();
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body segmentation-dialog-body">{children}</div>
        <div className="dialog-actions">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            {t('cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={confirmDisabled}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
