/**
 * The sum of the uncompressed sizes a zip declares in its central directory, read before
 * anything is inflated, or undefined when the bytes hold no readable central directory.
 * The workbook library inflates everything in memory; this bounds what it is handed.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

export function declaredInflatedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus a comment of up to 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    const entries = view.getUint16(at + 10, true);
    let cursor = view.getUint32(at + 16, true);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== DIRECTORY_ENTRY) return undefined;
      const size = view.getUint32(cursor + 24, true);
      // 0xFFFFFFFF means a ZIP64 size: far beyond any workbook we accept.
      total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size;
      cursor += 46 + view.getUint16(cursor + 28, true) + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
    }
    return total;
  }
  return undefined;
}
