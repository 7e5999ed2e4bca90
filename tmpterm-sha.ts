import { sha256Hex } from './glossary/formats/sha256';
import { createHash } from 'node:crypto';
for (const s of ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'héllo wörld ' .repeat(100)]) console.log(sha256Hex(s) === createHash('sha256').update(s).digest('hex'));
