/** Indonesian morphology: affix synthesis (inflection generator), analysis, stemming, lexicalised words. */
export { inflect, derivedForms, synthesize, type InflectedForm } from './synthesize';
export { analyseWord, analyseReduplication, type Analysis, type RootFilter } from './analyse';
export { stem, type StemOptions } from './stem';
export { isLexicalised, LEXICALISED } from './lexicalised';
export { DERIVATIONS, type Derivation, type Prefix, type Suffix } from './affixes';
