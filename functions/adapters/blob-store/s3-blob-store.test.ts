/**
 * The S3 adapter without S3: nothing local speaks S3 here (no Docker, no
 * network), so these tests check what the adapter computes itself: the
 * presigned link (signed offline with fixed test credentials) and the
 * Content-Disposition it asks S3 to answer with. The folder adapter is the one
 * the integration tests run against.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { contentDisposition, s3BlobStore } from './s3-blob-store.ts';

const client = new S3Client({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'test-only' } });

describe('the file port on S3', () => {
  it('presigns a GET of that key that expires and names the file', async () => {
    const files = s3BlobStore({ bucket: 'tandem-files', region: 'eu-west-1', client });
    const url = new URL((await files.downloadUrl('attachments/c1/a1', { filename: 'Décision du tribunal.pdf', contentType: 'application/pdf', expiresInSeconds: 300 }))!);
    expect(url.hostname).toBe('tandem-files.s3.eu-west-1.amazonaws.com');
    expect(url.pathname).toBe('/attachments/c1/a1');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('response-content-type')).toBe('application/pdf');
    expect(url.searchParams.get('response-content-disposition')).toBe(contentDisposition('Décision du tribunal.pdf'));
  });

  it('presigns a POST into the prefix: the key left to the browser\'s file name, the size range, the redirect, the expiry', async () => {
    const files = s3BlobStore({ bucket: 'tandem-files', region: 'eu-west-1', client });
    expect(files.direct?.uploadOrigin).toBe('https://tandem-files.s3.eu-west-1.amazonaws.com');
    const before = Date.now();
    const form = await files.direct!.presignUpload({
      keyPrefix: 'quarantine/u1/', minBytes: 1, maxBytes: 10 * 1024 * 1024, expiresInSeconds: 600, redirectTo: 'https://tandem.example/cases/c1/attachments/uploads/u1?ticket=t',
    });
    expect(form.url).toBe('https://tandem-files.s3.eu-west-1.amazonaws.com/');
    expect(form.fields).toMatchObject({ key: 'quarantine/u1/${filename}', bucket: 'tandem-files', success_action_redirect: 'https://tandem.example/cases/c1/attachments/uploads/u1?ticket=t' });
    expect(form.fields['X-Amz-Signature']).toMatch(/^[0-9a-f]{64}$/);
    const policy = JSON.parse(Buffer.from(form.fields.Policy!, 'base64').toString('utf8'));
    expect(policy.conditions).toEqual(expect.arrayContaining([
      ['content-length-range', 1, 10 * 1024 * 1024],
      ['starts-with', '$key', 'quarantine/u1/'],
      { success_action_redirect: 'https://tandem.example/cases/c1/attachments/uploads/u1?ticket=t' },
      { bucket: 'tandem-files' },
    ]));
    const lifetime = Date.parse(policy.expiration) - before;
    expect(lifetime).toBeGreaterThan(598_000);
    expect(lifetime).toBeLessThanOrEqual(601_000);
  });

  it('offers an ASCII name and the UTF-8 one, with no quote that could break the header', () => {
    expect(contentDisposition('Décision "finale".pdf')).toBe(
      `attachment; filename="D_cision _finale_.pdf"; filename*=UTF-8''D%C3%A9cision%20%22finale%22.pdf`,
    );
  });
});
