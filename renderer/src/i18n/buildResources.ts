/**
 * Turns the bundled JSON files into i18next resources. Files are `<lang>/<namespace>.json`;
 * every `<lang>/errors.<area>.json` is deep-merged into the `errors` namespace so that each
 * engineer owns the translations of their own error codes without editing a shared file.
 */
export type ResourceTree = { [key: string]: string | ResourceTree };
export type Resources = Record<string, Record<string, ResourceTree>>;

export const ERRORS_NAMESPACE = 'errors';

export function buildResources(modules: Record<string, unknown>): Resources {
  const resources: Resources = {};
  // Sorted so that the merge order (and so any override between areas) does not depend on the bundler.
  for (const path of Object.keys(modules).sort()) {
    const parsed = parseResourcePath(path);
    if (!parsed) continue;
    const content = unwrapModule(modules[path]);
    if (!isTree(content)) throw new Error(`i18n resource ${path} is not a JSON object of strings`);
    const byNamespace = (resources[parsed.language] ??= {});
    byNamespace[parsed.namespace] = deepMerge(byNamespace[parsed.namespace] ?? {}, content);
  }
  return resources;
}

/** `./en/editor.json` → {en, editor}; `./id/errors.db.json` → {id, errors}. */
export function parseResourcePath(path: string): { language: string; namespace: string } | undefined {
  const m = /(?:^|\/)([a-z]{2,3}(?:-[A-Za-z0-9]+)?)\/([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_-]+))?\.json$/.exec(path);
  if (!m) return undefined;
  const [, language, base, area] = m;
  if (area !== undefined && base !== ERRORS_NAMESPACE) return undefined;
  return { language: language!, namespace: base! };
}

/** Merges b into a copy of a; nested objects merge, strings in b win. */
export function deepMerge(a: ResourceTree, b: ResourceTree): ResourceTree {
  const out: ResourceTree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] = typeof value === 'object' && typeof existing === 'object' ? deepMerge(existing, value) : value;
  }
  return out;
}

/** Every leaf key of a tree as a dotted path, sorted. */
export function flattenKeys(tree: ResourceTree, prefix = ''): string[] {
  const keys: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.push(path);
    else keys.push(...flattenKeys(value, path));
  }
  return keys.sort();
}

function unwrapModule(module: unknown): unknown {
  if (module && typeof module === 'object' && 'default' in module) return (module as { default: unknown }).default;
  return module;
}

function isTree(value: unknown): value is ResourceTree {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string' || isTree(v));
}
