import {
  DERIVATIONS,
  PARTICLES,
  POSSESSIVES,
  derivationLabel,
  isVowel,
  syllableCount,
  type Derivation,
  type Particle,
  type Possessive,
  type Prefix,
} from './affixes';

/** One surface form of a root, with the inflection that made it. */
export interface InflectedForm {
  form: string;
  /** 'exact', or the affixes used, e.g. 'meN-…-kan', '-nya', 'pe(N)-…-an + -nya'. */
  how: string;
}

/**
 * Spells a derivation of a lower-case root. Returns every accepted spelling (usually one; the
 * nasal prefixes also have an unassimilated variant that is common in print: mengkritik,
 * mempengaruhi, mensosialisasikan). Returns [] when the derivation does not apply to the root
 * (roots of one or two letters take no affixes; monosyllables take only meN-, pe(N)- and di-).
 */
export function synthesize(root: string, derivation: Derivation): string[] {
  const { prefixes, suffix } = derivation;
  if (prefixes.length === 0 && !suffix) return [root];
  if (root.length < 3) return [];
  if (suffix === 'i' && root.endsWith('i')) return [];
  const mono = syllableCount(root) <= 1;
  if (mono && prefixes.some((p) => p !== 'meN' && p !== 'peN' && p !== 'di')) return [];
  let forms = [root + suffix];
  for (let i = prefixes.length - 1; i >= 0; i--) {
    const prefix = prefixes[i]!;
    const inner = prefixes[i + 1];
    const next: string[] = [];
    for (const stem of forms) for (const form of attachPrefix(prefix, stem, inner ? undefined : root, inner)) next.push(form);
    forms = next;
  }
  return forms.length > 1 ? [...new Set(forms)] : forms;
}

/** Every derived form of a root (without clitics), with its label: the inflection generator. */
export function derivedForms(root: string): InflectedForm[] {
  const out: InflectedForm[] = [];
  const seen = new Set<string>();
  for (const derivation of DERIVATIONS) {
    for (const form of synthesize(root, derivation)) {
      const how = derivationLabel(derivation.prefixes, derivation.suffix);
      const key = `${form}\u0000${how}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ form, how });
    }
  }
  return out;
}

/**
 * Every inflected form of a root: derivations, then possessive and particle clitics, and full
 * reduplication of the root (negara-negara, anak-anaknya). Used to show what a glossary entry
 * matches and to test that analysis inverts synthesis; the matcher itself analyses the text.
 */
export function inflect(root: string): InflectedForm[] {
  const base: InflectedForm[] = [{ form: root, how: 'exact' }, ...derivedForms(root)];
  const out: InflectedForm[] = [];
  for (const { form, how } of base) {
    for (const possessive of ['', ...POSSESSIVES] as Possessive[]) {
      for (const particle of ['', ...PARTICLES] as Particle[]) {
        out.push({ form: form + possessive + particle, how: joinHow(how === 'exact' ? '' : how, possessive, particle) || 'exact' });
      }
    }
  }
  for (const possessive of ['', ...POSSESSIVES] as Possessive[]) {
    out.push({ form: `${root}-${root}${possessive}`, how: joinHow('reduplication', possessive, '') });
  }
  return out;
}

/** Joins the parts of a match's `how` label, skipping empty ones. */
export function joinHow(derivation: string, possessive: string, particle: string, ...more: string[]): string {
  const parts = [derivation, possessive && `-${possessive}`, particle && `-${particle}`, ...more].filter(Boolean);
  return parts.join(' + ');
}

function attachPrefix(prefix: Prefix, stem: string, root: string | undefined, inner: Prefix | undefined): string[] {
  switch (prefix) {
    case 'meN':
      return nasal('me', stem, root, inner);
    case 'peN':
      return nasal('pe', stem, root, inner);
    case 'di':
    case 'ke':
    case 'se':
      return [prefix + stem];
    case 'pe':
      return root !== undefined && stem.startsWith('ajar') ? ['pel' + stem] : ['pe' + stem];
    case 'ber':
    case 'ter':
    case 'per':
      return liquid(prefix, stem, root !== undefined);
  }
}

/** ber-, ter-, per-: the r drops before r and (ber-, ter-) before a first syllable in -er (bekerja, beternak). */
function liquid(prefix: 'ber' | 'ter' | 'per', stem: string, atRoot: boolean): string[] {
  const short = prefix.slice(0, 2);
  if (atRoot && stem.startsWith('ajar') && prefix !== 'ter') return [short + 'l' + stem];
  if (stem[0] === 'r') return [short + stem];
  if (atRoot && prefix !== 'per' && /^[^aiueo]er/.test(stem)) return [short + stem, prefix + stem];
  return [prefix + stem];
}

/**
 * meN-/peN-: the nasal takes the place of articulation of the root's first consonant, and the
 * voiceless k, p, t, s drop before a vowel (menulis←tulis, memukul←pukul, mengirim←kirim,
 * menyapu←sapu); monosyllables take menge- (mengebom). `root` is given when the prefix attaches
 * to the bare root (monosyllable check); `inner` is a prefix already attached (memper-, member-).
 */
function nasal(base: 'me' | 'pe', stem: string, root: string | undefined, inner: Prefix | undefined): string[] {
  if (inner === 'per') return [base + 'm' + stem];
  if (inner === 'ke') return [base + 'ng' + stem.slice(1)];
  const out: string[] = [];
  if (root !== undefined && syllableCount(root) <= 1) {
    out.push(base + 'nge' + stem);
    out.push(base + nasalFor(stem) + stem);
    return out;
  }
  const c0 = stem[0]!;
  const c1 = stem[1];
  if (isVowel(c0)) return [base + 'ng' + stem];
  switch (c0) {
    case 'k':
      if (stem.startsWith('kh') || !isVowel(c1)) return [base + 'ng' + stem];
      return [base + 'ng' + stem.slice(1), base + 'ng' + stem];
    case 'p':
      if (!isVowel(c1)) return [base + 'm' + stem];
      return [base + 'm' + stem.slice(1), base + 'm' + stem];
    case 't':
      if (!isVowel(c1)) return [base + 'n' + stem];
      return [base + 'n' + stem.slice(1), base + 'n' + stem];
    case 's':
      if (stem.startsWith('sy') || !isVowel(c1)) return [base + 'n' + stem];
      return [base + 'ny' + stem.slice(1), base + 'n' + stem];
    default:
      return [base + nasalFor(stem) + stem];
  }
}

/** The nasal written before a stem when nothing drops. */
function nasalFor(stem: string): string {
  const c0 = stem[0]!;
  if (isVowel(c0)) return 'ng';
  switch (c0) {
    case 'k':
    case 'g':
    case 'h':
    case 'q':
      return 'ng';
    case 'p':
    case 'b':
    case 'f':
    case 'v':
      return 'm';
    case 't':
    case 's':
    case 'c':
    case 'd':
    case 'j':
    case 'z':
    case 'x':
      return 'n';
    default:
      return '';
  }
}
