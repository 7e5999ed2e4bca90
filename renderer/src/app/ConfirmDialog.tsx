import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from './useModalDialog';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  /** Styles the confirm button as destructive. */
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal confirmation (native <dialog>: focus trap, Escape and inert background for free).
 * Focus starts on Cancel so that a stray Enter never destroys anything.
 */
export function ConfirmDialog({ title, body, confirmLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const { dialogRef, cancelRef } = useModalDialog();
  const titleId = useId();
  const bodyId = useId();

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <p id={bodyId} className="dialog-body">
        {body}
      </p>
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} onClick={onCancel}>
          {t('cancel')}
        </button>
        <button type="button" className={danger ? 'button-danger' : 'button-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
