import { analyseReduplication, analyseWord, type Analysis } from './analyse';
import { syllableCount } from './affixes';
import { ROOT_WORDS } from './roots';

export interface StemOptions {
  /** Root words used to choose between readings; defaults to Padanan's own list. */
  lexicon?: ReadonlySet<string>;
}

/**
 * The root of an Indonesian word (lower case): clitics, derivational suffixes and prefixes are
 * removed and the sounds that meN-/peN- replaced are restored (menulis → tulis, memasok → pasok,
 * pemerintahan → perintah, anak-anaknya → anak). Readings come from the affix rules and are
 * checked by synthesis; a reading whose root is a known word wins, otherwise the most
 * plausible reading by shape. Words that are not affixed come back unchanged (lower-cased).
 */
export function stem(word: string, options: StemOptions = {}): string {
  const lexicon = options.lexicon ?? ROOT_WORDS;
  const w = word.trim().toLowerCase();
  if (!w) return w;
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] && parts[1]) {
    const best = choose(analyseReduplication(parts[0], parts[1]), lexicon);
    if (best) return best.root;
    const left = stem(parts[0], options);
    const right = stem(parts[1], options);
    return left === right ? left : `${left}-${right}`;
  }
  if (lexicon.has(w) || !/^\p{L}+$/u.test(w)) return w;
  const best = choose(
    analyseWord(w).filter((a) => a.how !== 'exact'),
    lexicon,
  );
  return best ? best.root : w;
}

function choose(readings: Analysis[], lexicon: ReadonlySet<string>): Analysis | undefined {
  const known = readings.filter((a) => lexicon.has(a.root));
  if (known.length) return known.sort(byPreference)[0];
  const plausible = readings.filter(isPlausibleRoot);
  if (!plausible.length) return undefined;
  return plausible.sort(byStripping)[0];
}

/** Among known roots: the longest root, then the fewest prefixes, then no restored letter. */
function byPreference(a: Analysis, b: Analysis): number {
  return b.root.length - a.root.length || a.prefixes.length - b.prefixes.length || Number(a.elided) - Number(b.elided);
}

/**
 * Unknown roots: strip as much as the rules allow (the affixes are the evidence), and where a
 * nasal could hide a dropped consonant, restore it except before a vowel-initial reading of
 * meng- (both are common; the vowel reading keeps the word closer to its surface).
 */
function byStripping(a: Analysis, b: Analysis): number {
  return (
    Number(plausibleFinal(b.root)) - Number(plausibleFinal(a.root)) ||
    Number(LOOKS_PREFIXED.test(a.root)) - Number(LOOKS_PREFIXED.test(b.root)) ||
    Number(rDropped(a)) - Number(rDropped(b)) ||
    affixCount(b) - affixCount(a) ||
    elisionRank(a) - elisionRank(b) ||
    b.root.length - a.root.length
  );
}

/** be-/te-/pe- before an r-initial root is rarer than ber-/ter-/per- before a vowel-initial one. */
function rDropped(a: Analysis): boolean {
  return a.root[0] === 'r' && a.rootStart >= 2 && /(?:be|te|pe)$/.test(a.core.slice(0, a.rootStart));
}

function affixCount(a: Analysis): number {
  return a.prefixes.length + (a.suffix ? 1 : 0) + (a.possessive ? 1 : 0) + (a.particle ? 1 : 0);
}

function elisionRank(a: Analysis): number {
  const vowelAfterMeng = a.rootStart >= 4 && /^(?:me|pe)ng$/.test(a.core.slice(a.rootStart - 4, a.rootStart));
  if (vowelAfterMeng) return a.elided ? 1 : 0;
  return a.elided ? 0 : 1;
}

function isPlausibleRoot(a: Analysis): boolean {
  const { root } = a;
  if (!/^[a-z]+$/.test(root)) return false;
  if (root.length < 4 && !(root.length === 3 && syllableCount(root) === 1)) return false;
  if (syllableCount(root) < 2 && !a.core.includes('nge')) return false;
  return PLAUSIBLE_ONSET.test(root);
}

/** A reading whose root still starts like a prefix has probably stripped the wrong end. */
const LOOKS_PREFIXED = /^(?:ber|ter|per|mem|men|meng|peng|pem|pen|di)/;

/** Indonesian roots begin with a vowel, one consonant (or digraph) and a vowel, or a loan cluster. */
const PLAUSIBLE_ONSET = /^(?:[aiueo]|(?:kh|ng|ny|sy|str|spr|skr|[bcdfgjkpt][rl]|s[klmnptw]|[b-df-hj-np-tv-z])[aiueo])/;

/** Final letters of native roots; loans ending in d, b, g, f … exist but are rarer than a stray suffix. */
export function plausibleFinal(root: string): boolean {
  return /[aiueoknmtshrlpg]$/.test(root) && !/[^aiueo]g$/.test(root.replace(/ng$/, 'n'));
}
