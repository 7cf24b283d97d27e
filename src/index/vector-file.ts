import { writeFileAtomicSync } from '../atomic-file.js';

/**
 * One article's vectors in the embedding cache: `DBV1`, the dimensions and the count (32-bit little-endian),
 * then the float32 values. Binary, so that neither the writer nor the reader encodes or parses text. The graph
 * worker of a full build imports this module too, and writes the vectors it computes itself.
 */
export function encodeVectorFile(flat: Float32Array, dims: number, count: number): Buffer {
  const out = Buffer.allocUnsafe(12 + flat.byteLength);
  out.write('DBV1', 0, 'latin1');
  out.writeUInt32LE(dims, 4);
  out.writeUInt32LE(count, 8);
  Buffer.from(flat.buffer, flat.byteOffset, flat.byteLength).copy(out, 12);
  return out;
}

/** The vectors of a cache file; throws when it is not one, or is cut short. */
export function decodeVectorFile(buf: Buffer): { flat: Float32Array; dims: number; count: number } {
  if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DBV1') throw new Error('not a vector cache file');
  const dims = buf.readUInt32LE(4);
  const count = buf.readUInt32LE(8);
  if (buf.length !== 12 + dims * count * 4) throw new Error('cache entry has the wrong size');
  // Copied into its own buffer: a Float32Array needs an aligned offset.
  return { flat: new Float32Array(buf.buffer.slice(buf.byteOffset + 12, buf.byteOffset + buf.length)), dims, count };
}

/**
 * Writes a cache file atomically and owner-only on the calling thread: the graph worker uses it, where a
 * synchronous write costs the main thread nothing.
 */
export function writeVectorFileSync(file: string, flat: Float32Array, dims: number, count: number): void {
  writeFileAtomicSync(file, encodeVectorFile(flat, dims, count));
}
