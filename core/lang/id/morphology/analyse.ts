import {
  DERIVATION_KEYS,
  PARTICLES,
  POSSESSIVES,
  SUFFIXES,
  derivationKey,
  derivationLabel,
  type Particle,
  type Possessive,
  type Prefix,
  type Suffix,
} from './affixes';
import { joinHow, synthesize } from './synthesize';

/** One reading of a word as root + affixes, checked by re-synthesising the word from it. */
export interface Analysis {
  /** Lower-case root. */
  root: string;
  prefixes: readonly Prefix[];
  suffix: Suffix;
  possessive: Possessive;
  particle: Particle;
  /** The word without its clitics (prefixes + root + suffix). */
  core: string;
  /** Where the root's letters start in the word, and whether its first letter was dropped (menulis). */
  rootStart: number;
  elided: boolean;
  /** 'exact' or the inflection, e.g. 'meN-…-kan + -nya'. */
  how: string;
}

/** Accepts or rejects a candidate root before the (costlier) synthesis check; e.g. "is it a glossary word?" */
export type RootFilter = (root: string) => boolean;

/**
 * Every reading of a lower-case word (no hyphen) as a root with derivational affixes and clitics,
 * including the word itself as a root (`how` 'exact'). Candidates are proposed by stripping the
 * surface spellings of affixes and kept only if synthesis spells the same word from them, so
 * analysis never accepts a form that the generator would not produce.
 */
export function analyseWord(word: string, accept?: RootFilter): Analysis[] {
  const out: Analysis[] = [];
  const splits = cliticSplits(word);
  for (let i = 0; i < splits.length; i += 3) {
    const rest = splits[i] as string;
    const possessive = splits[i + 1] as Possessive;
    const particle = splits[i + 2] as Particle;
    for (const suffix of SUFFIX_OPTIONS) {
      if (suffix && !rest.endsWith(suffix)) continue;
      const stem = suffix ? rest.slice(0, -suffix.length) : rest;
      if (stem.length < 2) continue;
      if ((!accept || accept(stem)) && (suffix === '' || synthesize(stem, { prefixes: [], suffix }).includes(rest))) {
        out.push(make(stem, [], suffix, possessive, particle, rest, 0, false));
      }
      if (!PREFIX_HEADS.has(stem.slice(0, 2))) continue;
      const maxPrefix = Math.min(MAX_SURFACE, stem.length - 2);
      for (let k = 2; k <= maxPrefix; k++) {
        const readings = SURFACES.get(stem.slice(0, k));
        if (!readings) continue;
        const after = stem.slice(k);
        for (const reading of readings) {
          if (!DERIVATION_KEYS.has(derivationKey(reading.prefixes, suffix))) continue;
          const candidates = reading.elides ? [after, reading.elides + after] : [after];
          for (let c = 0; c < candidates.length; c++) {
            const root = candidates[c]!;
            if (accept && !accept(root)) continue;
            if (!synthesize(root, { prefixes: reading.prefixes, suffix }).includes(rest)) continue;
            out.push(make(root, reading.prefixes, suffix, possessive, particle, rest, k, c === 1));
          }
        }
      }
    }
  }
  return dedupe(out);
}

const SUFFIX_OPTIONS: readonly Suffix[] = ['', ...SUFFIXES];

/**
 * Readings of a hyphenated pair as reduplication: negara-negara, anak-anaknya, obat-obatan,
 * berhati-hati, sebaik-baiknya, kemerah-merahan, tembak-menembak, memukul-mukul. `left` and
 * `right` are lower-case. `rootStart` refers to the left part.
 */
export function analyseReduplication(left: string, right: string, accept?: RootFilter): Analysis[] {
  if (!mayRepeat(left, right)) return [];
  const out: Analysis[] = [];
  const whole = `${left}-${right}`;
  if (left === right) {
    for (const a of analyseWord(left, accept)) {
      if (a.possessive || a.particle) continue;
      out.push({ ...a, core: whole, how: joinHow('reduplication', a.how === 'exact' ? '' : a.how, '') });
    }
  }
  const rights = analyseWord(right, accept);
  let lefts: Analysis[] | undefined;
  for (const r of rights) {
    if (r.prefixes.length === 0) {
      if (left === r.root && (r.suffix || r.possessive || r.particle)) {
        out.push({ ...r, core: whole, rootStart: 0, elided: false, how: joinHow(r.suffix ? `reduplication + -${r.suffix}` : 'reduplication', r.possessive, r.particle) });
      }
      lefts ??= analyseWord(left, accept);
      for (const l of lefts) {
        if (l.root !== r.root || l.prefixes.length === 0 || l.suffix || l.possessive || l.particle) continue;
        const label = derivationLabel(l.prefixes, r.suffix);
        out.push({ ...l, suffix: r.suffix, possessive: r.possessive, particle: r.particle, core: whole, how: joinHow(`${label} + reduplication`, r.possessive, r.particle) });
      }
    } else if (r.prefixes.length === 1 && r.prefixes[0] === 'meN' && !r.suffix && left === r.root) {
      out.push({ ...r, rootStart: 0, elided: false, core: whole, how: joinHow('reduplication meN-', '', r.possessive, r.particle) });
    }
  }
  if (left.startsWith('me') && right.length >= 3 && left.slice(2) === right) {
    lefts ??= analyseWord(left, accept);
    for (const l of lefts) {
      if (l.prefixes.length !== 1 || l.prefixes[0] !== 'meN' || l.suffix || l.possessive || l.particle) continue;
      out.push({ ...l, core: whole, how: 'meN- + reduplication' });
    }
  }
  return dedupe(out);
}

/** Cheap test that one part repeats the other, give or take a prefix of up to four letters. */
function mayRepeat(left: string, right: string): boolean {
  for (let k = 0; k <= 4; k++) {
    const l = left.slice(k);
    const r = right.slice(k);
    if ((l.length >= 2 && right.includes(l)) || (r.length >= 2 && left.includes(r))) return true;
  }
  return false;
}

interface SurfaceReading {
  prefixes: readonly Prefix[];
  /** The root letter a nasal surface may have replaced (mem- → p, men- → t, meng- → k, meny- → s). */
  elides?: string;
}

const NASAL_ELISION: Record<string, string> = { m: 'p', n: 't', ng: 'k', ny: 's' };

/** Spellings of each prefix chain, as they appear at the start of a word. */
const SURFACES: Map<string, SurfaceReading[]> = buildSurfaces();
const MAX_SURFACE = Math.max(...[...SURFACES.keys()].map((k) => k.length));
/** First two letters of every prefix spelling: a word starting otherwise has no prefix. */
const PREFIX_HEADS: ReadonlySet<string> = new Set([...SURFACES.keys()].map((k) => k.slice(0, 2)));

function buildSurfaces(): Map<string, SurfaceReading[]> {
  const map = new Map<string, SurfaceReading[]>();
  const add = (surface: string, prefixes: Prefix[], elides?: string) => {
    const list = map.get(surface) ?? [];
    list.push(elides ? { prefixes, elides } : { prefixes });
    map.set(surface, list);
  };
  const nasals = (base: string, prefixes: Prefix[]) => {
    add(base, prefixes);
    add(base + 'nge', prefixes);
    for (const n of ['m', 'n', 'ng', 'ny']) add(base + n, prefixes, NASAL_ELISION[n]);
  };
  nasals('me', ['meN']);
  nasals('pe', ['peN']);
  nasals('kepe', ['ke', 'peN']);
  for (const s of ['di']) add(s, ['di']);
  for (const s of ['ke']) add(s, ['ke']);
  for (const s of ['se']) add(s, ['se']);
  for (const s of ['ter', 'te']) add(s, ['ter']);
  for (const s of ['ber', 'be', 'bel']) add(s, ['ber']);
  for (const s of ['pe', 'pel']) add(s, ['pe']);
  for (const s of ['per', 'pe', 'pel']) add(s, ['per']);
  add('memper', ['meN', 'per']);
  add('mempel', ['meN', 'per']);
  add('mempe', ['meN', 'per']);
  for (const s of ['diper', 'dipe', 'dipel']) add(s, ['di', 'per']);
  for (const s of ['member', 'membe', 'membel']) add(s, ['meN', 'ber']);
  for (const s of ['diber', 'dibe', 'dibel']) add(s, ['di', 'ber']);
  for (const s of ['pember', 'pembe', 'pembel']) add(s, ['peN', 'ber']);
  for (const s of ['keber', 'kebe', 'kebel']) add(s, ['ke', 'ber']);
  for (const s of ['keter', 'kete']) add(s, ['ke', 'ter']);
  add('berke', ['ber', 'ke']);
  add('menge', ['meN', 'ke']);
  add('dike', ['di', 'ke']);
  add('penge', ['peN', 'ke']);
  return map;
}

/** The word and each way of reading clitics off its end, as flat triples [rest, possessive, particle]. */
function cliticSplits(word: string): (string | Possessive | Particle)[] {
  const out: (string | Possessive | Particle)[] = [word, '', ''];
  for (const particle of PARTICLES) {
    if (word.length > particle.length + 2 && word.endsWith(particle)) {
      const rest = word.slice(0, -particle.length);
      out.push(rest, '', particle);
      for (const possessive of POSSESSIVES) {
        if (rest.length > possessive.length + 2 && rest.endsWith(possessive)) out.push(rest.slice(0, -possessive.length), possessive, particle);
      }
    }
  }
  for (const possessive of POSSESSIVES) {
    if (word.length > possessive.length + 2 && word.endsWith(possessive)) out.push(word.slice(0, -possessive.length), possessive, '');
  }
  return out;
}

function make(
  root: string,
  prefixes: readonly Prefix[],
  suffix: Suffix,
  possessive: Possessive,
  particle: Particle,
  core: string,
  rootStart: number,
  elided: boolean,
): Analysis {
  const derivation = derivationLabel(prefixes, suffix);
  const how = joinHow(derivation, possessive, particle) || 'exact';
  return { root, prefixes, suffix, possessive, particle, core, rootStart, elided, how };
}

function dedupe(list: Analysis[]): Analysis[] {
  if (list.length < 2) return list;
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = `${a.root}|${a.how}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
