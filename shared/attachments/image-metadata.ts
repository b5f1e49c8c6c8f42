/**
 * A check after the stripping: walks a JPEG's segments (and the scans between them) or a PNG's
 * chunks and answers whether metadata is left, or the image cannot be walked at all. exif-be-gone
 * works on a stream and passes through what it cannot recognise (an EXIF segment cut short at the
 * end of a file, say); what it leaves is found here, and such a file is refused, never stored.
 */
const EXIF = Buffer.from('Exif\0\0', 'latin1');
const XMP = Buffer.from('http://ns.adobe.com/xap', 'latin1');
const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex');
/** The chunks exif-be-gone removes: text, time, EXIF and signatures. */
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'dSIG']);

export type MetadataCheck = 'clean' | 'metadata left' | 'unreadable';

function jpeg(b: Buffer): MetadataCheck {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return 'unreadable';
  let pos = 2;
  while (pos + 1 < b.length) {
    if (b[pos] !== 0xff) return 'unreadable';
    const marker = b[pos + 1]!;
    if (marker === 0xff) { pos++; continue; }
    if (marker === 0xd9) return 'clean';
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { pos += 2; continue; }
    if (pos + 4 > b.length) return 'unreadable';
    const length = b.readUInt16BE(pos + 2);
    const end = pos + 2 + length;
    if (length < 2 || end > b.length) return 'unreadable';
    const payload = b.subarray(pos + 4, end);
    if (marker === 0xe1 && (payload.subarray(0, EXIF.length).equals(EXIF) || payload.subarray(0, XMP.length).equals(XMP))) return 'metadata left';
    pos = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      while (pos + 1 < b.length && !(b[pos] === 0xff && b[pos + 1] !== 0x00 && !(b[pos + 1]! >= 0xd0 && b[pos + 1]! <= 0xd7))) pos++;
    }
  }
  return 'unreadable';
}

function png(b: Buffer): MetadataCheck {
  if (!b.subarray(0, 8).equals(PNG_SIGNATURE)) return 'unreadable';
  let pos = 8;
  while (pos + 12 <= b.length) {
    const length = b.readUInt32BE(pos);
    const type = b.subarray(pos + 4, pos + 8).toString('latin1');
    if (pos + 12 + length > b.length) return 'unreadable';
    if (PNG_METADATA.has(type)) return 'metadata left';
    if (type === 'IEND') return 'clean';
    pos += 12 + length;
  }
  return 'unreadable';
}

export function imageMetadata(bytes: Uint8Array, type: 'image/jpeg' | 'image/png'): MetadataCheck {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return type === 'image/jpeg' ? jpeg(b) : png(b);
}
