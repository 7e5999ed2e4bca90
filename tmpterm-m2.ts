import { readFileSync } from 'node:fs';
import { stem } from './core/lang/id/morphology/stem';
const lines = readFileSync('test/fixtures/glossary/stem-gold.tsv','utf8').split('\n').filter(l=>l&&!l.startsWith('#'));
for (const lex of [undefined, new Set<string>()]) {
let ok=0; const wrong:string[]=[];
for (const l of lines){ const [w,r]=l.split('\t'); const g=stem(w!, lex?{lexicon:lex}:{}); if(g===r) ok++; else wrong.push(`${w} ${r} ${g}`);}
console.log(lex?'rules-only':'lexicon', ok, lines.length, (ok/lines.length*100).toFixed(1)); console.log(wrong.join('\n'));
}
{ // leave-one-out: the gold root removed from the lexicon
  const { ROOT_WORDS } = await import('./core/lang/id/morphology/roots');
  let ok=0, inLex=0; const wrong:string[]=[];
  for (const l of lines){ const [w,r]=l.split('\t'); if (ROOT_WORDS.has(r!)) inLex++; const lex=new Set(ROOT_WORDS); lex.delete(r!); const g=stem(w!,{lexicon:lex}); if(g===r) ok++; else wrong.push(`${w} ${r} ${g}`);}
  console.log('leave-one-out', ok, lines.length, (ok/lines.length*100).toFixed(1), 'gold roots in lexicon', inLex); console.log(wrong.join(' | '));
}
