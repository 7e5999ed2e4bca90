import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../core/model';
import { getDocument } from '../../db/documents';
import { documentMissing } from '../../db/storageErrors';
import { useServices } from '../../app/services';
import { useNotices } from '../../app/notices';
import { useMenuCommand } from '../../app/commands';
import { reviewLabels } from './bilingualExporters';
import { exportInWorker } from './exportInWorker';
import { availableExporters, type Exporter } from './exporters';

export interface ExportMenuProps {
  documentId: string;
  /** Called before reading the document so that the last keystrokes are in the export. */
  beforeExport(): Promise<void>;
}

/** The "Export" button and its menu: one item per output available for this document. */
export function ExportMenu({ documentId, beforeExport }: ExportMenuProps) {
  const { t } = useTranslation('export');
  const { db, platform } = useServices();
  const notices = useNotices();
  const [open, setOpen] = useState(false);
  const [doc, setDoc] = useState<ProjectDocument>();
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = doc ? availableExporters(doc) : [];

  const openMenu = async () => {
    try {
      const current = await getDocument(db, documentId);
      if (!current) throw documentMissing(documentId);
      setDoc(current);
      setOpen(true);
    } catch (error) {
      notices.showError(error);
    }
  };

  useMenuCommand('export', () => void openMenu());

  // Focus the first item on open; close on a click outside.
  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const run = async (exporter: Exporter) => {
    close(true);
    setBusy(true);
    try {
      await beforeExport();
      const file = await exportInWorker(db, { documentId, exporterId: exporter.id, reviewLabels: reviewLabels({ translate: (key) => t(key) }) });
      const saved = await platform.saveFile({
        title: t('dialogTitle'),
        suggestedName: file.fileName,
        bytes: file.bytes,
        filters: [{ name: t(exporter.labelKey), extensions: [...exporter.extensions] }],
      });
      if (saved) notices.showStatus(t('done', { file: file.fileName }));
    } catch (error) {
      notices.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const elements = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = elements.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => elements[(to + elements.length) % elements.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(elements.length - 1);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        close(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="menu-anchor">
      <button
        type="button"
        ref={buttonRef}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={busy}
        onClick={() => (open ? close(false) : void openMenu())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            void openMenu();
          }
        }}
      >
        {t('button')}
        <span aria-hidden="true" className="menu-caret">
          ▾
        </span>
      </button>
      {open && (
        <div role="menu" id={menuId} ref={menuRef} className="menu" aria-label={t('menuLabel')} onKeyDown={onMenuKeyDown}>
          {items.length === 0 ? (
            <div role="menuitem" aria-disabled="true" tabIndex={-1} className="menu-item menu-item-disabled">
              {t('none')}
            </div>
          ) : (
            items.map((exporter) => (
              <button key={exporter.id} type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => void run(exporter)}>
                {t(exporter.labelKey)}
              </button>
            ))
          )}
        </div>
      )}
    </div>
  );
}
