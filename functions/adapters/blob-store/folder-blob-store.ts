/**
 * The file port on a local folder (S3's stand-in in `npm start` and the tests):
 * each file is `<root>/<key>` with its content type beside it in
 * `<root>/<key>.meta.json`. Keys are checked so that none can leave the root.
 */
import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BlobStore, StoredBlob } from '#shared/ports/blob-store.ts';

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;

export function folderBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const pathOf = (key: string): string => {
    if (!SAFE_KEY.test(key) || key.split('/').includes('..') || key.endsWith('.meta.json')) {
      throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    }
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new Error(`Invalid file key: ${JSON.stringify(key)}`);
    return path;
  };

  return {
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
