/**
 * Errors the user can see. `code` is an i18n key under the `errors` namespace; `params` fill it.
 * `message` is the English text, used by the CLI and in logs.
 */
export class PadananError extends Error {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: string, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'PadananError';
    this.code = code;
    this.params = params;
  }
}

export function isPadananError(error: unknown): error is PadananError {
  return error instanceof PadananError;
}
