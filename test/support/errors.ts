import { PadananError } from '../../core/errors';

/** The PadananError `fn` throws; any other outcome fails the test. */
export function errorOf(fn: () => unknown): PadananError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PadananError) return error;
    throw error;
  }
  throw new Error('expected a PadananError');
}
