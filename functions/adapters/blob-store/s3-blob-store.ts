/**
 * The file port on Amazon S3. The bucket is private (public access blocked,
 * encrypted, versioned: infra/); downloads go through presigned GET URLs that
 * carry the filename and type, handed out only after the app checked access.
 */
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { BlobStore } from '#shared/ports/blob-store.ts';

export function s3BlobStore(options: { bucket: string; region: string; client?: S3Client }): BlobStore {
  const s3 = options.client ?? new S3Client({ region: options.region });
  const Bucket = options.bucket;

  return {
    async put(key, blob) {
      await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: blob.body, ContentType: blob.contentType }));
    },
    async get(key) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) return null;
        return { body: await object.Body.transformToByteArray(), contentType: object.ContentType ?? 'application/octet-stream' };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async downloadUrl(key, download) {
      const command = new GetObjectCommand({
        Bucket,
        Key: key,
        ResponseContentType: download.contentType,
        ResponseContentDisposition: contentDisposition(download.filename),
      });
      return getSignedUrl(s3, command, { expiresIn: download.expiresInSeconds });
    },
  };
}

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
