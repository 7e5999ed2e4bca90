import {
  isUiLanguage,
  type FileFilterPayload,
  type InvokeChannel,
  type InvokeContract,
  type OpenFilesPayload,
  type SaveFilePayload,
} from './contract';

/**
 * Argument checks for every invoke channel. The renderer is treated as untrusted: whatever arrives is
 * `unknown` until one of these returns it typed. A validator returns a reason string when it refuses.
 */
export type Validation<T> = { ok: true; value: T } | { ok: false; reason: string };
export type ArgsValidator<C extends InvokeChannel> = (args: readonly unknown[]) => Validation<InvokeContract[C]['args']>;

/**
 * Largest file the renderer may ask us to write: one IPC message carries it, and messages near 512 MB
 * overflow Electron's serializer. An export of a 100,000-segment document is a few tens of MB.
 */
export const MAX_WRITE_BYTES = 256 * 1024 * 1024;
const MAX_TITLE = 200;
const MAX_FILE_NAME = 255;
const MAX_FILTERS = 32;
const MAX_EXTENSIONS = 32;
const MAX_URL = 2048;
const EXTENSION = /^(?:\*|[A-Za-z0-9][A-Za-z0-9_-]{0,15})$/;

export const validators: { [C in InvokeChannel]: ArgsValidator<C> } = {
  'files:open': (args) => one(args, openFilesPayload),
  'files:save': (args) => one(args, saveFilePayload),
  'app:set-language': (args) =>
    one(args, (value) => (isUiLanguage(value) ? ok(value) : fail('language must be "en" or "id"'))),
  'shell:open-external': (args) =>
    one(args, (value) =>
      typeof value === 'string' && value.length <= MAX_URL ? ok(value) : fail('url must be a string'),
    ),
};

function one<T>(args: readonly unknown[], check: (value: unknown) => Validation<T>): Validation<[T]> {
  if (args.length !== 1) return fail(`expected 1 argument, got ${args.length}`);
  const result = check(args[0]);
  return result.ok ? ok([result.value]) : result;
}

function openFilesPayload(value: unknown): Validation<OpenFilesPayload> {
  if (!isPlainObject(value)) return fail('request must be an object');
  const title = text(value.title, MAX_TITLE, 'title');
  if (!title.ok) return title;
  const filters = fileFilters(value.filters);
  if (!filters.ok) return filters;
  if (value.multiple !== undefined && typeof value.multiple !== 'boolean') return fail('multiple must be a boolean');
  return ok({ title: title.value, filters: filters.value, multiple: value.multiple === true });
}

function saveFilePayload(value: unknown): Validation<SaveFilePayload> {
  if (!isPlainObject(value)) return fail('request must be an object');
  const title = text(value.title, MAX_TITLE, 'title');
  if (!title.ok) return title;
  const name = text(value.suggestedName, MAX_FILE_NAME, 'suggestedName');
  if (!name.ok) return name;
  if (!(value.bytes instanceof Uint8Array)) return fail('bytes must be a Uint8Array');
  if (value.bytes.byteLength > MAX_WRITE_BYTES) return fail('bytes exceed the write limit');
  const filters = fileFilters(value.filters);
  if (!filters.ok) return filters;
  return ok({ title: title.value, suggestedName: name.value, bytes: value.bytes, filters: filters.value });
}

function fileFilters(value: unknown): Validation<FileFilterPayload[]> {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) return fail('filters must be a short array');
  const filters: FileFilterPayload[] = [];
  for (const filter of value) {
    if (!isPlainObject(filter)) return fail('filter must be an object');
    const name = text(filter.name, MAX_TITLE, 'filter name');
    if (!name.ok) return name;
    const extensions = filter.extensions;
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > MAX_EXTENSIONS) {
      return fail('filter extensions must be a non-empty array');
    }
    // Electron wants extensions without the dot; accept ".txt" from callers used to <input accept>.
    const plain = extensions.map((e: unknown) => (typeof e === 'string' ? e.replace(/^\./, '') : e));
    if (!plain.every((e): e is string => typeof e === 'string' && EXTENSION.test(e))) {
      return fail('filter extension is not a plain extension');
    }
    filters.push({ name: name.value, extensions: plain });
  }
  return ok(filters);
}

function text(value: unknown, max: number, field: string): Validation<string> {
  if (typeof value !== 'string' || value.length > max) return fail(`${field} must be a string of at most ${max} characters`);
  return ok(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function ok<T>(value: T): Validation<T> {
  return { ok: true, value };
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}
