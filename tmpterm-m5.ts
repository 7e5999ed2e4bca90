import { createGlossaryMatcher } from './glossary/match/matcher';
const t = (source: string) => ({ packId: 'p', source, target: 'x', forbidden: false, caseSensitive: false, matchMode: 'inflected' as const });
const m = createGlossaryMatcher([[t('pilih')]]);
console.log(m.match('Presiden terpilih oleh pemilih muda'));
