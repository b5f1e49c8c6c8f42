/**
 * The file port on Amazon S3. The bucket is private (public access blocked,
 * encrypted, versioned: infra/); downloads go through presigned GET URLs that
 * carry the filename and type, handed out only after the app checked access.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from '#shared/ports/blob-store.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';

export { contentDisposition };

type S3Sdk = typeof import('@aws-sdk/client-s3') & Pick<typeof import('@aws-sdk/s3-request-presigner'), 'getSignedUrl'>;

export function s3BlobStore(options: { bucket: string; region: string; client?: S3Client }): BlobStore {
  const Bucket = options.bucket;
  // The SDK is loaded on the first file operation: most requests touch no file, and a cold start should not pay for it.
  let loaded: Promise<{ sdk: S3Sdk; s3: S3Client }> | undefined;
  const load = () =>
    (loaded ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]).then(([client, presigner]) => ({
      sdk: { ...client, getSignedUrl: presigner.getSignedUrl },
      s3: options.client ?? new client.S3Client({ region: options.region }),
    })));

  return {
    async put(key, blob) {
      const { sdk: { PutObjectCommand }, s3 } = await load();
      await s3.send(new PutObjectCommand({ Bucket, Key: key, Body: blob.body, ContentType: blob.contentType }));
    },
    async get(key) {
      const { sdk: { GetObjectCommand, NoSuchKey }, s3 } = await load();
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
      const { sdk: { DeleteObjectCommand }, s3 } = await load();
      await s3.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async downloadUrl(key, download) {
      const { sdk: { GetObjectCommand, getSignedUrl }, s3 } = await load();
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
