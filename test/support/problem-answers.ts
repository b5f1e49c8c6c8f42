/**
 * What the validation tests (test/integration/<feature>-validation.test.ts) compare answers with:
 * a French caller, the validation problem as French callers get it, an unknown field's error, and
 * an answer reduced to its status, content type and problem (without the request id, which differs
 * on every answer).
 */
import { bodyOf } from './harness.ts';

export const fr = { 'accept-language': 'fr' };
export const invalid = { type: 'urn:tandem:problem:validation', title: 'Requête invalide', status: 400, detail: 'Certains champs sont à corriger.' };
export const unknownField = (path: string) => ({ path, message: 'Champ inconnu\u00a0: retirez-le.', code: 'unrecognized_keys' });

export async function problemOf(res: Response) {
  const { requestId: _id, ...problem } = await bodyOf(res);
  return { status: res.status, contentType: res.headers.get('content-type'), problem };
}
