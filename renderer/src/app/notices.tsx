import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translateError';

/**
 * App-wide messages: one error (role=alert, stays until dismissed or replaced) and one status
 * line (role=status, polite). Features report through useNotices() instead of keeping their own.
 */
export interface Notices {
  showError(error: unknown): void;
  showStatus(message: string): void;
  clear(): void;
}

interface NoticeState {
  error?: string;
  status?: string;
}

const NoticesContext = createContext<Notices | null>(null);
const NoticeStateContext = createContext<NoticeState>({});

export function NoticesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<NoticeState>({});
  // Stable callbacks that still translate in the current language (t changes with it).
  const tRef = useRef(t);
  tRef.current = t;
  const showError = useCallback((error: unknown) => {
    if (!isUserFacing(error)) console.error(error);
    setState({ error: translateError(tRef.current, error) });
  }, []);
  const showStatus = useCallback((status: string) => setState({ status }), []);
  const clear = useCallback(() => setState({}), []);
  const notices = useMemo(() => ({ showError, showStatus, clear }), [showError, showStatus, clear]);
  return (
    <NoticesContext.Provider value={notices}>
      <NoticeStateContext.Provider value={state}>{children}</NoticeStateContext.Provider>
    </NoticesContext.Provider>
  );
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices() outside <NoticesProvider>');
  return notices;
}

/** The visible error and status lines. */
export function NoticeBar() {
  const { t } = useTranslation();
  const { error, status } = useContext(NoticeStateContext);
  const notices = useNotices();
  return (
    <div className="notice-bar">
      {error && (
        <div className="notice notice-error" role="alert">
          <span className="notice-text">{error}</span>
          <button type="button" className="button-quiet" onClick={notices.clear}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {/* The live region stays mounted so that screen readers announce what appears in it. */}
      <div className={status ? 'notice notice-status' : 'visually-hidden'} role="status" aria-live="polite">
        {status && <span className="notice-text">{status}</span>}
        {status && (
          <button type="button" className="button-quiet" onClick={notices.clear}>
            {t('dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

/** PadananErrors are expected (bad files, full disks); anything else is a bug worth logging. */
function isUserFacing(error: unknown): boolean {
  return !!error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string';
}
