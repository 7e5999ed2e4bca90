import { analyseWord, analyseReduplication } from './core/lang/id/morphology/analyse';
import { ROOT_WORDS } from './core/lang/id/morphology/roots';
import { derivedForms } from './core/lang/id/morphology/synthesize';
const roots=[...ROOT_WORDS]; const set=new Set(roots);
const words: string[] = []; for (const r of roots.slice(0,1000)) for (const f of derivedForms(r)) words.push(f.form);
console.log('types', words.length);
let t=performance.now(); let n=0; for (const w of words) n+=analyseWord(w, r=>set.has(r)).length; console.log('analyseWord µs/word', ((performance.now()-t)*1000/words.length).toFixed(2), n);
t=performance.now(); for (let i=0;i<20000;i++) analyseReduplication(roots[i%2000]!, roots[(i*7)%2000]!, r=>set.has(r)); console.log('redup µs/pair', ((performance.now()-t)*1000/20000).toFixed(2));
