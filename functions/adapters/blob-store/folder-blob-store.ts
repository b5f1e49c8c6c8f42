/**
 * The file port on a local folder (S3's stand-in in `npm start` and the tests):
 * each file is `<root>/<key>` with its content type beside it in
 * `<root>/<key>.meta.json`. Keys are checked so that none can leave the root;
 * each part is percent-encoded on disk, since a direct upload's key ends with the
 * browser's file name (spaces, accents). Direct uploads go through the loopback
 * endpoint (local-upload-endpoint.ts) when one is given.
 */
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BlobStore, DirectUploads, StoredBlob } from '#shared/ports/blob-store.ts';

/** No empty part, none starting with a dot (`..`, hidden files), no backslash or control character. */
const UNSAFE_PART = /^$|^\.|[\\\p{Cc}]/u;
/** File names stay well under the 255 bytes most file systems allow, with room for the suffixes. */
const MAX_PART_LENGTH = 200;

export function folderBlobStore(root: string, direct?: DirectUploads): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string): string => {
    const parts = key.split('/').map((part) => (UNSAFE_PART.test(part) ? '' : encodeURIComponent(part)));
    if (parts.some((part) => part === '' || part.length > MAX_PART_LENGTH) || key.endsWith('.meta.json')) {
      throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    }
    const path = resolve(base, ...parts);
    if (!path.startsWith(base + sep)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    return path;
  };

  return {
    ...(direct ? { direct } : {}),
    async put(key, blob) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written under a temporary name and renamed, so a reader never sees half a file.
      const partial = `${path}.${randomUUID()}.partial`;
      await writeFile(partial, blob.body);
      await writeFile(`${path}.meta.json`, JSON.stringify({ contentType: blob.contentType }));
      await rename(partial, path);
    },
    async get(key): Promise<StoredBlob | null> {
      const path = pathOf(key);
      try {
        const [body, meta] = await Promise.all([readFile(path), readFile(`${path}.meta.json`, 'utf8')]);
        const { contentType } = JSON.parse(meta) as { contentType: string };
        return { body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await Promise.all([rm(path, { force: true }), rm(`${path}.meta.json`, { force: true })]);
    },
    // Locally the app streams the file itself after its own access check.
    async downloadUrl() {
      return null;
    },
  };
}

/** Where `npm start` keeps files: beside DynamoDB Local's data. */
export const localBlobFolder = (dataDir: string): string => join(dataDir, 'files');
