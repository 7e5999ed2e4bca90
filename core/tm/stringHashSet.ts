/**
 * A set of 64-bit string hashes in two typed arrays (open addressing): about 16 bytes per
 * string whatever its length, so a TMX import can remember a million sources it has seen without
 * holding them. `has` may answer true for a string never added (a hash collision, about one in
 * 10^19 per pair): callers use it as a prefilter and check a hit exactly.
 */
export class StringHashSet {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private used = 0;

  constructor(capacity = 1024) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
  }

  get size(): number {
    return this.used;
  }

  add(text: string): void {
    const [h, l] = hash64(text);
    if (this.insert(h, l)) this.used++;
    if (this.used * 2 > this.hi.length) this.rehash();
  }

  has(text: string): boolean {
    const [h, l] = hash64(text);
    const mask = this.hi.length - 1;
    for (let i = l & mask; ; i = (i + 1) & mask) {
      if (this.hi[i] === 0 && this.lo[i] === 0) return false;
      if (this.hi[i] === h && this.lo[i] === l) return true;
    }
  }

  /** Inserts; false when already there. (0,0) marks an empty slot, so hashes never take it. */
  private insert(h: number, l: number): boolean {
    const mask = this.hi.length - 1;
    for (let i = l & mask; ; i = (i + 1) & mask) {
      if (this.hi[i] === 0 && this.lo[i] === 0) {
        this.hi[i] = h;
        this.lo[i] = l;
        return true;
      }
      if (this.hi[i] === h && this.lo[i] === l) return false;
    }
  }

  private rehash(): void {
    const { hi, lo } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    for (let i = 0; i < hi.length; i++) if (hi[i] !== 0 || lo[i] !== 0) this.insert(hi[i]!, lo[i]!);
  }
}

/** Two independent 32-bit hashes (FNV-1a and a multiplicative one) over UTF-16 code units. */
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a >>>= 0;
  b = (b ^ (b >>> 13)) >>> 0;
  // (0,0) is the empty slot.
  return a === 0 && b === 0 ? [1, 0] : [a, b];
}
