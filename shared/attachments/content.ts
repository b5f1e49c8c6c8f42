/**
 * What an uploaded file really is, from its bytes (`file-type`), and images without their
 * metadata (`exif-be-gone`: the APP1 EXIF/XMP segments of a JPEG, where a phone writes the GPS
 * position; a PNG's text, time and eXIf chunks) before anything is stored. Both libraries are
 * imported on the first upload (each a chunk of its own in the Lambda bundle): the features
 * that accept files also answer lists and pages, whose cold start need not read them.
 */
import { Readable } from 'node:stream';
import { UnsupportedMediaTypeError } from '../errors/index.ts';
import { ATTACHMENT_TYPES, type AttachmentType } from './attachment.ts';
import { imageMetadata } from './image-metadata.ts';

const isAccepted = (mime: string | undefined): mime is AttachmentType => mime !== undefined && Object.hasOwn(ATTACHMENT_TYPES, mime);

/**
 * The file's type as its content shows it. DOCX and ODT are zip files: `file-type` looks inside
 * (`[Content_Types].xml` naming `word/`, an ODF `mimetype` entry) and names them; any other zip
 * (a renamed XLSX, an archive) is `application/zip` and refused, as is anything unrecognised.
 */
export async function detectAttachmentType(bytes: Uint8Array): Promise<AttachmentType> {
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (!isAccepted(found?.mime)) {
    throw new UnsupportedMediaTypeError(`Attachments are PDF, JPEG, PNG, DOCX or ODT files; this one is ${found?.mime ?? 'of an unknown type'}.`, {
      wording: { key: 'attachments.errors.unsupportedType' },
    });
  }
  return found.mime;
}

/**
 * The bytes to store: images without their metadata, other files unchanged. An image whose
 * structure cannot be walked, or that still carries metadata, is refused (415): it is never
 * stored with a position it might hold.
 */
export async function withoutMetadata(bytes: Uint8Array, type: AttachmentType): Promise<Uint8Array> {
  if (type !== 'image/jpeg' && type !== 'image/png') return bytes;
  const { default: ExifTransformer } = await import('exif-be-gone');
  const chunks: Buffer[] = [];
  for await (const chunk of Readable.from([Buffer.from(bytes)]).pipe(new ExifTransformer())) chunks.push(chunk as Buffer);
  const clean = Buffer.concat(chunks);
  if (imageMetadata(clean, type) !== 'clean') {
    throw new UnsupportedMediaTypeError('This image cannot be read, so its metadata cannot be removed.', { wording: { key: 'attachments.errors.unreadableImage' } });
  }
  return new Uint8Array(clean.buffer, clean.byteOffset, clean.byteLength);
}
