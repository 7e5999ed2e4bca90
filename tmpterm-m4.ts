import { readFileSync } from 'node:fs';
import { createGlossaryMatcher } from './glossary/match/matcher';
import { parseGold, score } from './test/glossary/goldSpans';
import type { Term, PartOfSpeech } from './core/model';
const terms: Term[] = (readFileSync("test/fixtures/glossary/match-gold.terms.tsv","utf8")+"\n"+readFileSync("test/fixtures/glossary/match-heldout.terms.tsv","utf8")).split('\n').filter(l=>l&&!l.startsWith('#')).map(l=>{const [source,target,pos,flags=''] = l.split('\t'); return {packId:'gold',source:source!,target:target!,pos:pos as PartOfSpeech,forbidden:false,caseSensitive:flags.includes('case'),matchMode:flags.includes('exact')?'exact':'inflected',matchLexicalised:flags.includes('lexicalised')};});
const m = createGlossaryMatcher([terms]);
const gold = parseGold(readFileSync(process.argv[2] ?? "test/fixtures/glossary/match-gold.txt","utf8"));
let tp=0,fp=0,fn=0; const termsSeen=new Set<string>(); let occ=0;
for (const g of gold) {
  const pred = m.match(g.text).map(x=>({start:x.start,end:x.end,source:x.term.source.toLowerCase(),how:x.how}));
  const key=(s:{start:number,end:number,source:string})=>`${s.start}:${s.end}:${s.source}`;
  const gs=new Set(g.spans.map(key)); const ps=new Set(pred.map(key));
  g.spans.forEach(s=>{termsSeen.add(s.source); occ++;});
  for (const p of pred) if (gs.has(key(p))) tp++; else { fp++; console.log(`FP L${g.line}: "${g.text.slice(p.start,p.end)}" → ${p.source} [${p.how}]`); }
  for (const s of g.spans) if (!ps.has(key(s))) { fn++; console.log(`FN L${g.line}: "${g.text.slice(s.start,s.end)}" → ${s.source}`); }
}
const known = new Set(terms.map(t=>t.source.toLowerCase()));
for (const t of termsSeen) if (!known.has(t)) console.log('UNKNOWN TERM', t);
console.log(score(tp,fp,fn), 'occurrences', occ, 'terms', termsSeen.size);
