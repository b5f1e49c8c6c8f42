/**
 * S3's browser-upload POST policy, for the local folder store: the form's fields, a policy (when
 * it expires, the conditions every field and the file must meet) and its HMAC signature. The
 * local endpoint checks what S3 checks: the signature, the expiry, each condition (exact values,
 * `starts-with`, `content-length-range`) and that no field is sent that the policy does not name.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DirectUpload, DirectUploadRequest } from '#shared/ports/blob-store.ts';

/** The bucket name the local forms carry, as S3's carry theirs. */
export const LOCAL_BUCKET = 'local';

type Condition = Record<string, string> | ['starts-with' | 'eq', string, string] | ['content-length-range', number, number];

interface Policy {
  expiration: string;
  conditions: Condition[];
}

/** Fields the policy need not name: its own two, the file, and those S3 ignores by name. */
const UNNAMED_FIELDS = new Set(['policy', 'x-amz-signature', 'file']);

const sign = (signingKey: string, policy: string) => createHmac('sha256', signingKey).update(policy).digest('hex');

export function signLocalPost(signingKey: string, url: string, request: DirectUploadRequest, now: Date): DirectUpload {
  const fields: Record<string, string> = {
    bucket: LOCAL_BUCKET,
    ...(request.redirectTo ? { success_action_redirect: request.redirectTo } : {}),
  };
  const conditions: Condition[] = [
    ...Object.entries(fields).map(([name, value]) => ({ [name]: value })),
    ['starts-with', '$key', request.keyPrefix],
    ['content-length-range', request.minBytes, request.maxBytes],
  ];
  const expiration = new Date(now.getTime() + request.expiresInSeconds * 1000).toISOString();
  const policy = Buffer.from(JSON.stringify({ expiration, conditions } satisfies Policy)).toString('base64');
  return { url, fields: { ...fields, key: `${request.keyPrefix}\${filename}`, Policy: policy, 'X-Amz-Signature': sign(signingKey, policy) } };
}

export type PolicyVerdict =
  | { ok: true; key: string; redirectTo?: string }
  | { ok: false; status: 400 | 403; code: string; message: string };

const refuse = (status: 400 | 403, code: string, message: string): PolicyVerdict => ({ ok: false, status, code, message });

/** Field names are case-insensitive in S3's forms; values are not. */
const lower = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));

export function checkLocalPost(signingKey: string, sent: Record<string, string>, file: { name: string; size: number }, now: Date): PolicyVerdict {
  const fields = lower(sent);
  const policyText = fields.policy;
  const signature = fields['x-amz-signature'];
  if (!policyText || !signature) return refuse(403, 'AccessDenied', 'The form carries no policy or no signature.');
  const expected = Buffer.from(sign(signingKey, policyText));
  if (expected.length !== Buffer.byteLength(signature) || !timingSafeEqual(expected, Buffer.from(signature))) {
    return refuse(403, 'SignatureDoesNotMatch', 'The signature does not match the policy.');
  }
  const policy = JSON.parse(Buffer.from(policyText, 'base64').toString('utf8')) as Policy;
  if (!(Date.parse(policy.expiration) > now.getTime())) return refuse(403, 'AccessDenied', 'Invalid according to Policy: Policy expired.');

  const named = new Set<string>();
  for (const condition of policy.conditions) {
    if (!Array.isArray(condition)) {
      for (const [name, value] of Object.entries(condition)) {
        named.add(name.toLowerCase());
        if (fields[name.toLowerCase()] !== value) return refuse(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ${name}`);
      }
    } else if (condition[0] === 'content-length-range') {
      if (file.size < condition[1]) return refuse(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size.');
      if (file.size > condition[2]) return refuse(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size.');
    } else {
      const name = condition[1].replace(/^\$/, '').toLowerCase();
      named.add(name);
      const value = fields[name];
      const met = value !== undefined && (condition[0] === 'eq' ? value === condition[2] : value.startsWith(condition[2]));
      if (!met) return refuse(403, 'AccessDenied', `Invalid according to Policy: Policy Condition failed: ${condition[0]} $${name}`);
    }
  }
  const extra = Object.keys(fields).find((name) => !named.has(name) && !UNNAMED_FIELDS.has(name) && !name.startsWith('x-ignore-'));
  if (extra) return refuse(403, 'AccessDenied', `Invalid according to Policy: Extra input fields: ${extra}`);
  if (!fields.key) return refuse(400, 'InvalidArgument', 'Bucket POST must contain a field named key.');
  return { ok: true, key: fields.key.replaceAll('${filename}', file.name), ...(fields.success_action_redirect ? { redirectTo: fields.success_action_redirect } : {}) };
}
