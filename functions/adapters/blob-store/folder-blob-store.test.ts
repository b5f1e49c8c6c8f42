import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderBlobStore } from './folder-blob-store.ts';

const pdf = new TextEncoder().encode('%PDF-1.7 a court order');

describe('the file port on a local folder', () => {
  it('gives back what was put, with its type, and nothing once deleted', async () => {
    const files = folderBlobStore(await mkdtemp(join(tmpdir(), 'files-')));
    await files.put('attachments/case-1/a1', { body: pdf, contentType: 'application/pdf' });
    const stored = await files.get('attachments/case-1/a1');
    expect(stored?.contentType).toBe('application/pdf');
    expect(Buffer.from(stored!.body).equals(Buffer.from(pdf))).toBe(true);
    await files.delete('attachments/case-1/a1');
    expect(await files.get('attachments/case-1/a1')).toBeNull();
    await expect(files.delete('attachments/case-1/a1')).resolves.toBeUndefined();
  });

  it('holds a key ending with a browser\'s file name (spaces, accents, percent signs), each distinct', async () => {
    const root = await mkdtemp(join(tmpdir(), 'files-'));
    const files = folderBlobStore(root);
    await files.put('quarantine/u1/Décision du tribunal.pdf', { body: pdf, contentType: 'binary/octet-stream' });
    await files.put('quarantine/u1/D%C3%A9cision du tribunal.pdf', { body: new Uint8Array([1]), contentType: 'binary/octet-stream' });
    expect((await files.get('quarantine/u1/Décision du tribunal.pdf'))?.body.byteLength).toBe(pdf.byteLength);
    expect((await files.get('quarantine/u1/D%C3%A9cision du tribunal.pdf'))?.body.byteLength).toBe(1);
    expect((await readdir(join(root, 'quarantine', 'u1'))).filter((n) => !n.endsWith('.meta.json')).sort()).toEqual(['D%25C3%25A9cision%20du%20tribunal.pdf', 'D%C3%A9cision%20du%20tribunal.pdf']);
  });

  it('answers null for a key never written', async () => {
    const files = folderBlobStore(await mkdtemp(join(tmpdir(), 'files-')));
    expect(await files.get('attachments/none')).toBeNull();
  });

  it('refuses keys that could leave its folder or reach the type files', async () => {
    const files = folderBlobStore(await mkdtemp(join(tmpdir(), 'files-')));
    for (const key of ['../secret', 'a/../../b', '/etc/passwd', 'a//b', '.hidden', 'a\\b', 'x.meta.json', '']) {
      await expect(files.put(key, { body: pdf, contentType: 'application/pdf' }), key).rejects.toThrow(/Invalid file key/);
      await expect(files.get(key), key).rejects.toThrow(/Invalid file key/);
    }
  });

  it('leaves no partial file behind a finished write', async () => {
    const root = await mkdtemp(join(tmpdir(), 'files-'));
    const files = folderBlobStore(root);
    await files.put('r/one', { body: pdf, contentType: 'application/pdf' });
    expect((await readdir(join(root, 'r'))).sort()).toEqual(['one', 'one.meta.json']);
  });

  it('hands out no direct link: the app streams local files itself', async () => {
    const files = folderBlobStore(await mkdtemp(join(tmpdir(), 'files-')));
    expect(await files.downloadUrl('r/one', { filename: 'a.pdf', contentType: 'application/pdf', expiresInSeconds: 60 })).toBeNull();
  });
});
