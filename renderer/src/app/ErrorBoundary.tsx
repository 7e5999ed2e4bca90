import { Component, type ErrorInfo, type ReactNode } from 'react';
import { withTranslation, type WithTranslation } from 'react-i18next';

interface ErrorBoundaryState {
  error?: Error;
}

/**
 * Last line of defence for rendering bugs: instead of a blank window the user sees what happened
 * and can reload. Typed text is already in storage (every keystroke is written at once).
 */
class ErrorBoundaryBase extends Component<WithTranslation & { children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = {};

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Padanan crashed while rendering', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { t } = this.props;
    return (
      <div className="crash" role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <div className="crash-actions">
          <button type="button" className="button-primary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            {t('crash.retry')}
          </button>
        </div>
        <details>
          <summary>{t('crash.details')}</summary>
          <pre>{error.stack ?? error.message}</pre>
        </details>
      </div>
    );
  }
}

export const ErrorBoundary = withTranslation()(ErrorBoundaryBase);
