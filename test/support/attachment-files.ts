/**
 * Files for the attachment tests, built here byte by byte so each test knows exactly what it
 * sends: a PDF, a 1×1 JPEG carrying an EXIF block with a GPS position, a DOCX (the `docx`
 * package), an ODT and other zips (stored entries), and helpers to send them as a form.
 */
import { crc32 } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { APP_URL, fromAddress, type Harness } from './harness.ts';

const ascii = (s: string) => Buffer.from(s, 'latin1');
const u16 = (n: number) => Buffer.from([(n >> 8) & 255, n & 255]);
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };

export const pdfBytes = (text = 'Court order') =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

/** The GPS latitude written into the JPEG (4° 35′ 12.34″ N): 4/1, 35/1, 1234/100 as TIFF rationals. */
export const GPS_LATITUDE_BYTES = Buffer.concat([u32(4), u32(1), u32(35), u32(1), u32(1234), u32(100)]);

/** An APP1 segment: `Exif\0\0`, a big-endian TIFF header, IFD0 pointing to a GPS IFD with a latitude. */
function exifGpsSegment(): Buffer {
  const ifd0 = Buffer.concat([u16(1), u16(0x8825), u16(4), u32(1), u32(26), u32(0)]);
  const gps = Buffer.concat([
    u16(2),
    u16(0x0001), u16(2), u32(2), ascii('N\0\0\0'),
    u16(0x0002), u16(5), u32(3), u32(56),
    u32(0),
  ]);
  const tiff = Buffer.concat([ascii('MM'), u16(0x2a), u32(8), ifd0, gps, GPS_LATITUDE_BYTES]);
  const body = Buffer.concat([ascii('Exif\0\0'), tiff]);
  return Buffer.concat([Buffer.from([0xff, 0xe1]), u16(body.length + 2), body]);
}

/**
 * A complete baseline JPEG of one grey pixel: quantisation table, frame, one-code Huffman
 * tables (DC category 0, AC end-of-block) and a scan of two bits; with the GPS block when asked.
 */
export function jpegBytes(options: { gps: boolean } = { gps: true }): Buffer {
  const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16(body.length + 2), body]);
  const huffman = (tableClass: number) => Buffer.concat([Buffer.from([tableClass << 4]), Buffer.from([1, ...new Array(15).fill(0)]), Buffer.from([0])]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    options.gps ? exifGpsSegment() : Buffer.alloc(0),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(0xc4, huffman(0)),
    segment(0xc4, huffman(1)),
    segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])),
    Buffer.from([0x3f]),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A zip of stored (uncompressed) entries, in order: enough for file-type to look inside. */
export function storedZip(entries: Array<[name: string, content: string]>): Buffer {
  const le16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
  const le32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = Buffer.from(content, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const common = Buffer.concat([le16(20), le16(0), le16(0), le16(0), le16(0x21), le32(crc), le32(data.length), le32(data.length), le16(fileName.length), le16(0)]);
    const local = Buffer.concat([le32(0x04034b50), common, fileName, data]);
    centrals.push(Buffer.concat([le32(0x02014b50), le16(20), common, le16(0), le16(0), le16(0), le32(0), le32(offset), fileName]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([le32(0x06054b50), le16(0), le16(0), le16(entries.length), le16(entries.length), le32(directory.length), le32(offset), le16(0)]);
  return Buffer.concat([...locals, directory, end]);
}

export const odtBytes = () => storedZip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']]);

export async function docxBytes(text = 'Observation report'): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}

/** A multipart form with `file` and the given fields. */
export function uploadForm(file: { bytes: Uint8Array; name: string; type?: string } | undefined, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  if (file) form.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'application/octet-stream' }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** POST /api/cases/{id}/attachments as `cookie`. */
export function upload(h: Harness, cookie: string | undefined, caseId: string, form: FormData, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(h.app.request(`/api/cases/${caseId}/attachments`, {
    method: 'POST', body: form, headers: { origin: APP_URL, ...(cookie ? { cookie } : {}), ...headers },
  }, fromAddress(h.nextAddress())));
}
