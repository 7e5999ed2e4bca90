import type { TFunction } from 'i18next';
import { ERRORS_NAMESPACE } from './buildResources';

/** What a PadananError looks like, also after it crossed a worker or IPC boundary as a plain object. */
interface CodedError {
  code: string;
  message?: string;
  params?: Readonly<Record<string, unknown>>;
}

/**
 * The user-facing text of an error: a PadananError's `code` translated through the `errors`
 * namespace with its params, else its English message, else a generic sentence.
 */
export function translateError(t: TFunction, error: unknown): string {
  const message = messageOf(error);
  if (isCoded(error)) {
    const key = `${ERRORS_NAMESPACE}:${error.code}`;
    const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
    const text = translate(key, { ...(error.params ?? {}), defaultValue: '' });
    if (text) return text;
  }
  return message || (t as unknown as (key: string) => string)(`${ERRORS_NAMESPACE}:app.unexpected`);
}

function isCoded(error: unknown): error is CodedError {
  return !!error && typeof error === 'object' && typeof (error as { code?: unknown }).code === 'string';
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return '';
}
