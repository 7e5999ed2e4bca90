/** Glossary matching: build a matcher over packs in priority order, then match segments. */
export { createGlossaryMatcher, type GlossaryMatcher, type TermMatch } from './matcher';
export { tokenize, type Token } from './tokenize';
