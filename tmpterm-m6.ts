import { readFileSync, writeFileSync } from 'node:fs';
import { createGlossaryMatcher } from './glossary/match/matcher';
import { parseGold } from './test/glossary/goldSpans';
import type { Term, PartOfSpeech } from './core/model';
const terms: Term[] = readFileSync('test/fixtures/glossary/match-gold.terms.tsv','utf8').split('\n').filter(l=>l&&!l.startsWith('#')).map(l=>{const [source,target,pos,flags=''] = l.split('\t'); return {packId:'gold',source:source!,target:target!,pos:pos as PartOfSpeech,forbidden:false,caseSensitive:flags.includes('case'),matchMode:flags.includes('exact')?'exact':'inflected',matchLexicalised:flags.includes('lexicalised')};});
const m = createGlossaryMatcher([terms]);
const path='test/fixtures/glossary/match-gold.txt';
const raw = readFileSync(path,'utf8').split('\n');
const gold = parseGold(readFileSync(path,'utf8'));
for (const g of gold) {
  const spans = [...g.spans];
  for (const p of m.match(g.text)) {
    if (spans.some(s => s.start < p.end && p.start < s.end)) continue;
    spans.push({ start: p.start, end: p.end, source: p.term.source.toLowerCase() });
  }
  spans.sort((a,b)=>a.start-b.start);
  let out=''; let last=0;
  for (const s of spans) { const surf=g.text.slice(s.start,s.end); out+=g.text.slice(last,s.start)+(surf.toLowerCase()===s.source?`[[${surf}]]`:`[[${surf}|${s.source}]]`); last=s.end; }
  out+=g.text.slice(last);
  raw[g.line-1]=out;
}
writeFileSync(path, raw.join('\n'));
