import type { GlossaryPack, GlossaryPackManifest, Term, TermDraft } from '../core/model';

/**
 * Import preview and merge plan for glossary packs. Pure: the storage side applies the plan in
 * one transaction (so a cancel or a failure changes nothing).
 *
 * An incoming entry is compared with the local entries of the same source (case-folded, spaces
 * collapsed):
 * - new: no local entry has this source;
 * - identical: a local entry has the same source, target and details;
 * - changed: same source and target, different details (part of speech, note, flags …);
 * - conflict: the source exists locally with a different target.
 * When the file is a newer version of the pack being updated (same manifest id), local entries
 * of that pack that the new version no longer has are listed as `removed`. Every local entry
 * stays unless a decision says otherwise: nothing is lost silently.
 */
export type MergeStatus = 'new' | 'identical' | 'changed' | 'conflict' | 'removed';

/**
 * mine: keep the local entry as it is; theirs: replace it with the incoming one; both: keep the
 * local entry and add the incoming one beside it; add/skip: for new entries; keep/remove: for
 * entries a newer version dropped.
 */
export type MergeDecision = 'mine' | 'theirs' | 'both' | 'add' | 'skip' | 'keep' | 'remove';

export interface PreviewEntry {
  /** Stable index of this entry in the preview, the key of decisions. */
  key: number;
  status: MergeStatus;
  incoming?: TermDraft;
  local?: Term;
  /** Fields that differ between local and incoming (changed, conflict). */
  differences: (keyof TermDraft)[];
  /** The decision applied when the user makes none. */
  defaultDecision: MergeDecision;
  /** Decisions the user may choose from. */
  choices: MergeDecision[];
}

export type ImportKind =
  /** A new pack is created from the file. */
  | 'create'
  /** Terms go into an existing pack of the user's. */
  | 'merge'
  /** The file is a newer version of the pack it came from. */
  | 'update'
  /** The file is the same version of the pack it came from. */
  | 'reimport'
  /** The file is an older version of the pack it came from. */
  | 'downgrade';

export interface ImportPreview {
  kind: ImportKind;
  manifest?: GlossaryPackManifest;
  /** The target pack, when importing into an existing one. */
  pack?: GlossaryPack;
  entries: PreviewEntry[];
  counts: Record<MergeStatus, number>;
  /** Exact duplicates inside the incoming file, dropped. */
  duplicatesInFile: number;
}

export interface PreviewOptions {
  /**
   * Whether the user changed a local entry after it was imported; such entries are never
   * overwritten by default on an update. Defaults to "updatedAt is later than the pack's import"
   * when `importedAt` is given, else "yes" (the safe answer).
   */
  isLocallyEdited?: (term: Term) => boolean;
  /** When the target pack was last imported/updated from its published version (ms). */
  importedAt?: number;
}

/** Compares an incoming glossary file with the local entries of the target pack (or none, for a new pack). */
export function previewImport(
  incoming: { terms: readonly TermDraft[]; manifest?: GlossaryPackManifest },
  target: { pack?: GlossaryPack; terms: readonly Term[] } = { terms: [] },
  options: PreviewOptions = {},
): ImportPreview {
  const kind = importKind(incoming.manifest, target.pack);
  const edited =
    options.isLocallyEdited ?? ((t: Term) => options.importedAt === undefined || t.updatedAt === undefined || t.updatedAt > options.importedAt);
  const isUpdate = kind === 'update';

  const byKey = new Map<string, Term[]>();
  for (const t of target.terms) {
    const k = sourceKey(t.source);
    const list = byKey.get(k);
    if (list) list.push(t);
    else byKey.set(k, [t]);
  }

  const seen = new Set<string>();
  const matchedLocal = new Set<Term>();
  const entries: PreviewEntry[] = [];
  let duplicatesInFile = 0;
  for (const term of incoming.terms) {
    const fingerprint = JSON.stringify(comparable(term));
    if (seen.has(fingerprint)) {
      duplicatesInFile++;
      continue;
    }
    seen.add(fingerprint);
    const locals = byKey.get(sourceKey(term.source)) ?? [];
    const key = entries.length;
    if (!locals.length) {
      entries.push({ key, status: 'new', incoming: term, differences: [], defaultDecision: 'add', choices: ['add', 'skip'] });
      continue;
    }
    const sameTarget = locals.find((l) => l.target.trim() === term.target.trim() && !matchedLocal.has(l)) ?? locals.find((l) => l.target.trim() === term.target.trim());
    if (sameTarget) {
      matchedLocal.add(sameTarget);
      const differences = differingFields(sameTarget, term);
      if (!differences.length) {
        entries.push({ key, status: 'identical', incoming: term, local: sameTarget, differences, defaultDecision: 'mine', choices: ['mine'] });
      } else {
        const take = isUpdate && !edited(sameTarget);
        entries.push({ key, status: 'changed', incoming: term, local: sameTarget, differences, defaultDecision: take ? 'theirs' : 'mine', choices: ['mine', 'theirs', 'both'] });
      }
      continue;
    }
    const local = locals.find((l) => !matchedLocal.has(l)) ?? locals[0]!;
    matchedLocal.add(local);
    const take = isUpdate && !edited(local);
    entries.push({
      key,
      status: 'conflict',
      incoming: term,
      local,
      differences: differingFields(local, term),
      defaultDecision: take ? 'theirs' : 'mine',
      choices: ['mine', 'theirs', 'both'],
    });
  }
  if (isUpdate) {
    for (const local of target.terms) {
      if (matchedLocal.has(local)) continue;
      // Entries the user added or edited are theirs, not the publisher's: never offered for removal.
      if (edited(local)) continue;
      entries.push({ key: entries.length, status: 'removed', local, differences: [], defaultDecision: 'keep', choices: ['keep', 'remove'] });
    }
  }
  const counts: Record<MergeStatus, number> = { new: 0, identical: 0, changed: 0, conflict: 0, removed: 0 };
  for (const e of entries) counts[e.status]++;
  const preview: ImportPreview = { kind, entries, counts, duplicatesInFile };
  if (incoming.manifest) preview.manifest = incoming.manifest;
  if (target.pack) preview.pack = target.pack;
  return preview;
}

/** What the storage side does, in one transaction. */
export interface MergePlan {
  kind: ImportKind;
  /** Entries to add to the target pack (new ones, and incoming copies kept beside a local entry). */
  add: TermDraft[];
  /** Local entries (by id) to overwrite with these fields; id, packId stay. */
  update: { id: number; term: TermDraft }[];
  /** Local entry ids to delete (only on an explicit "remove" of an entry a newer version dropped). */
  remove: number[];
  /** For update/reimport/downgrade: the pack's new version and manifest data. */
  manifest?: GlossaryPackManifest;
  /** Local entries left as they are. */
  kept: number;
}

/**
 * Turns a preview and the user's decisions (by entry key; missing ones take their default) into
 * a plan. A decision that is not among an entry's choices is an error, not a guess.
 */
export function planMerge(preview: ImportPreview, decisions: ReadonlyMap<number, MergeDecision> | Record<number, MergeDecision> = {}): MergePlan {
  const get = (key: number): MergeDecision | undefined => (decisions instanceof Map ? decisions.get(key) : (decisions as Record<number, MergeDecision>)[key]);
  const plan: MergePlan = { kind: preview.kind, add: [], update: [], remove: [], kept: 0 };
  if (preview.manifest && preview.kind !== 'merge') plan.manifest = preview.manifest;
  for (const entry of preview.entries) {
    const decision = get(entry.key) ?? entry.defaultDecision;
    if (!entry.choices.includes(decision)) {
      throw new Error(`merge: decision "${decision}" is not possible for entry ${entry.key} (${entry.status}); choose ${entry.choices.join(', ')}`);
    }
    const localId = entry.local?.id;
    switch (decision) {
      case 'add':
        plan.add.push(entry.incoming!);
        break;
      case 'skip':
        break;
      case 'mine':
      case 'keep':
        if (entry.local) plan.kept++;
        break;
      case 'theirs':
        if (localId === undefined) throw new Error(`merge: entry ${entry.key} has no stored local term to replace`);
        plan.update.push({ id: localId, term: entry.incoming! });
        break;
      case 'both':
        plan.kept++;
        plan.add.push(entry.incoming!);
        break;
      case 'remove':
        if (localId === undefined) throw new Error(`merge: entry ${entry.key} has no stored local term to remove`);
        plan.remove.push(localId);
        break;
    }
  }
  return plan;
}

/** Orders dotted versions numerically (1.10.0 > 1.9.2); non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (c) return Math.sign(c);
  }
  return 0;
}

function importKind(manifest: GlossaryPackManifest | undefined, pack: GlossaryPack | undefined): ImportKind {
  if (!pack) return 'create';
  if (!manifest || !pack.origin || pack.origin !== manifest.id) return 'merge';
  const c = compareVersions(manifest.version, pack.version);
  return c > 0 ? 'update' : c === 0 ? 'reimport' : 'downgrade';
}

function sourceKey(source: string): string {
  return source.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const COMPARED: (keyof TermDraft)[] = ['source', 'target', 'pos', 'note', 'definition', 'domain', 'forbidden', 'caseSensitive', 'matchMode', 'matchLexicalised'];

function comparable(t: TermDraft): unknown[] {
  return COMPARED.map((f) => normalise(t[f]));
}

function normalise(v: unknown): unknown {
  if (typeof v === 'string') return v.trim();
  if (v === undefined || v === false) return '';
  return v;
}

function differingFields(local: TermDraft, incoming: TermDraft): (keyof TermDraft)[] {
  return COMPARED.filter((f) => normalise(local[f]) !== normalise(incoming[f]));
}
