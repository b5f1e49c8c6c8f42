/**
 * The file port on Amazon S3. The bucket is private (public access blocked,
 * encrypted, versioned: infra/); downloads go through presigned GET URLs that
 * carry the filename and type, handed out only after the app checked access.
 * Uploads too large to pass through the function (Lambda takes 6 MB of request,
 * base64 included) go straight to the bucket through a presigned POST whose
 * policy S3 enforces: the key prefix, the size range, the expiry, the redirect.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { BlobStore } from '#shared/ports/blob-store.ts';
import { contentDisposition } from '#shared/ports/content-disposition.ts';

export { contentDisposition };

type S3Sdk = typeof import('@aws-sdk/client-s3') & Pick<typeof import('@aws-sdk/s3-request-presigner'), 'getSignedUrl'>;

export function s3BlobStore(options: { bucket: string; region: string; client?: S3Client; uploadOrigin?: string }): BlobStore {
  const Bucket = options.bucket;
  // The SDK is loaded on the first file operation: most requests touch no file, and a cold start should not pay for it.
  let loaded: Promise<{ sdk: S3Sdk; s3: S3Client }> | undefined;
  const load = () =>
    (loaded ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/s3-request-presigner')]).then(([client, presigner]) => ({
      sdk: { ...client, getSignedUrl: presigner.getSignedUrl },
      s3: options.client ?? new client.S3Client({ region: options.region }),
    })));

  return {
    direct: {
      // The bucket's regional virtual-hosted address, where createPresignedPost points the form; the stack passes it.
      uploadOrigin: options.uploadOrigin ?? `https://${Bucket}.s3.${options.region}.amazonaws.com`,
      async presignUpload(request) {
        const [{ s3 }, { createPresignedPost }] = await Promise.all([load(), import('@aws-sdk/s3-presigned-post')]);
        const redirect: Record<string, string> = request.redirectTo ? { success_action_redirect: request.redirectTo } : {};
        return createPresignedPost(s3, {
          Bucket,
          // S3 puts the browser's file name in place of `${filename}`; the policy then holds the key to the prefix.
          Key: `${request.keyPrefix}\${filename}`,
          Conditions: [['content-length-range', request.minBytes, request.maxBytes]],
          Fields: redirect,
          Expires: request.expiresInSeconds,
        });
      },
    },
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
