/** `text` encoded as UTF-16 (little- or big-endian), with a byte-order mark unless `bom` is false. */
export function utf16(text: string, little: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let o = 0;
  if (bom) {
    out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
    o = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[o + i * 2] = little ? c & 0xff : c >> 8;
    out[o + i * 2 + 1] = little ? c >> 8 : c & 0xff;
  }
  return out;
}
