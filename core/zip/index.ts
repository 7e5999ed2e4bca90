/** Hardened ZIP reading (zip-bomb, traversal and corruption checks) and deterministic writing. */
export { openZip, ZipArchive, ZIP_LIMITS, type ZipLimits, type ZipEntryInfo, type ZipReadOptions } from './reader';
export { writeZip, type ZipWriteEntry } from './writer';
