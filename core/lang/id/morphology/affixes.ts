/**
 * The Indonesian affix system as data: which prefixes, suffixes and clitics exist, and which
 * combinations (derivations) are productive. Synthesis (`synthesize.ts`) is the single source of
 * truth for how they are spelled; analysis only proposes candidates and checks them by synthesis.
 */

/** Derivational prefixes. meN- and peN- carry the nasal that assimilates to the root's first sound. */
export type Prefix = 'meN' | 'peN' | 'di' | 'ter' | 'ber' | 'ke' | 'se' | 'pe' | 'per';
export type Suffix = '' | 'kan' | 'i' | 'an';
export type Possessive = '' | 'nya' | 'ku' | 'mu';
export type Particle = '' | 'lah' | 'kah' | 'pun' | 'tah';

export const POSSESSIVES: readonly Possessive[] = ['nya', 'ku', 'mu'];
export const PARTICLES: readonly Particle[] = ['lah', 'kah', 'pun', 'tah'];
export const SUFFIXES: readonly Suffix[] = ['kan', 'i', 'an'];

/** A derivation: prefixes from the outermost in, and one derivational suffix. */
export interface Derivation {
  readonly prefixes: readonly Prefix[];
  readonly suffix: Suffix;
}

const d = (prefixes: Prefix[], ...suffixes: Suffix[]): Derivation[] => suffixes.map((suffix) => ({ prefixes, suffix }));

/**
 * Every productive derivation the synthesiser builds. Combinations that Indonesian does not use
 * (di-…-an, ke-…-kan, se-…-kan …) are absent on purpose: each one would only add false matches.
 */
export const DERIVATIONS: readonly Derivation[] = [
  ...d([], 'kan', 'i', 'an'),
  ...d(['meN'], '', 'kan', 'i'),
  ...d(['di'], '', 'kan', 'i'),
  ...d(['ter'], '', 'kan', 'i'),
  ...d(['ber'], '', 'an', 'kan'),
  ...d(['ke'], '', 'an'),
  ...d(['se'], ''),
  ...d(['peN'], '', 'an'),
  ...d(['pe'], '', 'an'),
  ...d(['per'], '', 'an', 'kan', 'i'),
  ...d(['meN', 'per'], '', 'kan', 'i'),
  ...d(['di', 'per'], '', 'kan', 'i'),
  ...d(['meN', 'ber'], 'kan'),
  ...d(['di', 'ber'], 'kan'),
  ...d(['peN', 'ber'], 'an'),
  ...d(['ke', 'ber'], 'an'),
  ...d(['ke', 'ter'], 'an'),
  ...d(['ke', 'peN'], 'an'),
  ...d(['ber', 'ke'], 'an'),
  ...d(['peN', 'ke'], 'an'),
  ...d(['meN', 'ke'], 'i'),
  ...d(['di', 'ke'], 'i'),
];

export function derivationKey(prefixes: readonly Prefix[], suffix: Suffix): string {
  return `${prefixes.join('+')}|${suffix}`;
}

export const DERIVATION_KEYS: ReadonlySet<string> = new Set(DERIVATIONS.map((x) => derivationKey(x.prefixes, x.suffix)));

const PREFIX_LABEL: Record<Prefix, string> = {
  meN: 'meN',
  peN: 'pe(N)',
  di: 'di',
  ter: 'ter',
  ber: 'ber',
  ke: 'ke',
  se: 'se',
  pe: 'pe',
  per: 'per',
};

/** How a derivation is named to the translator: 'meN-', '-kan', 'ke-…-an', 'memper-…-kan'. */
export function derivationLabel(prefixes: readonly Prefix[], suffix: Suffix): string {
  let prefix = prefixes.map((p) => PREFIX_LABEL[p]).join('-');
  if (prefixes.length === 2 && prefixes[1] === 'per' && (prefixes[0] === 'meN' || prefixes[0] === 'di')) {
    prefix = prefixes[0] === 'meN' ? 'memper' : 'diper';
  }
  if (!prefix) return suffix ? `-${suffix}` : '';
  return suffix ? `${prefix}-…-${suffix}` : `${prefix}-`;
}

export function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'i' || ch === 'u' || ch === 'e' || ch === 'o';
}

/**
 * Syllables of a (lower-case) root, counted by vowels; a final ai/au/oi/ei is one syllable.
 * Only used to tell monosyllabic roots (bom, cat, tes, sah), which take menge-/penge-.
 */
export function syllableCount(root: string): number {
  let n = 0;
  for (let i = 0; i < root.length; i++) if (isVowel(root[i])) n++;
  if (/(?:ai|au|oi|ei)$/.test(root)) n--;
  return n;
}
