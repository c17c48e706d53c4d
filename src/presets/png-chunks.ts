/** The outcome of a search for a tEXt chunk: its text, no such chunk, or a damaged file. */
export type TextChunkSearch =
  | { status: 'found'; text: string }
  | { status: 'missing' }
  | { status: 'bad-checksum' }
  | { status: 'damaged'; reason: string };

/** Size of the PNG signature that precedes the first chunk. */
const SIGNATURE_BYTES = 8;

/**
 * Finds the first tEXt chunk with `keyword` in a PNG that starts with a valid signature, and
 * checks its CRC. Walks the chunk headers only, so pixel data is never inflated: a small file
 * cannot expand into gigabytes of pixels here.
 */
export function findPngTextChunk(bytes: Uint8Array, keyword: string): TextChunkSearch {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = SIGNATURE_BYTES;
  // Each chunk is a 4-byte length, a 4-byte type, its data, and a 4-byte CRC of type and data.
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = decodeLatin1(bytes.subarray(offset + 4, offset + 8));
    const dataStart = offset + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > bytes.length) {
      return { status: 'damaged', reason: `its ${type} chunk runs past the end of the file` };
    }
    if (type === 'IEND') return { status: 'missing' };
    if (type === 'tEXt') {
      const data = bytes.subarray(dataStart, dataEnd);
      const separator = data.indexOf(0);
      if (separator > 0 && decodeLatin1(data.subarray(0, separator)) === keyword) {
        const crc = crc32(bytes.subarray(offset + 4, dataEnd));
        if (crc !== view.getUint32(dataEnd)) return { status: 'bad-checksum' };
        return { status: 'found', text: decodeLatin1(data.subarray(separator + 1)) };
      }
    }
    offset = dataEnd + 4;
  }
  return { status: 'damaged', reason: 'it ends before its IEND chunk' };
}

/** Decodes bytes as ISO 8859-1, the text encoding of tEXt chunks; each byte is one code point. */
function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  // Slices keep the argument count of String.fromCharCode well under engine limits.
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 as PNG defines it: polynomial 0xEDB88320 (reflected), initial and final XOR 0xFFFFFFFF. */
export function crc32(bytes: Uint8Array): number {
  crcTable ??= makeCrcTable();
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function makeCrcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
