/**
 * The attachments' routes, declared with createRoute, and their entries in `/api/openapi.json`
 * cannot drift apart (test/support/declared-routes.ts says how they are held); the binary bodies
 * are documented with their real media types.
 */
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES } from '#shared/attachments/index.ts';
import { documentMatchesRoutes, operationOf } from '../../test/support/declared-routes.ts';
import { attachmentsRoutes } from '../attachments/index.ts';

describe('the attachments routes declared with createRoute', () => {
  documentMatchesRoutes(attachmentsRoutes);

  it('takes the upload as a multipart form and answers a download with the file in its own type, or a 302', () => {
    const [upload, , , download] = attachmentsRoutes.map(operationOf);
    expect(Object.keys(upload?.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    expect(Object.keys(download?.responses['200']?.content ?? {}).sort()).toEqual(Object.keys(ATTACHMENT_TYPES).sort());
    expect(download?.responses).toHaveProperty('302');
  });
});
