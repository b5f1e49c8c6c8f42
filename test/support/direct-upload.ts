/**
 * The direct upload as a client makes it: ask the app for a form (API or page), send the file
 * to the store's endpoint (the local stand-in of S3, over real HTTP), complete it with the app.
 */
import { bodyOf, type Harness } from './harness.ts';

export interface UploadForm {
  uploadId?: string;
  ticket?: string;
  url: string;
  fields: Record<string, string>;
}

export const askForUpload = async (h: Harness, cookie: string, caseId: string, body: Record<string, unknown> = {}) => {
  const res = await h.json('POST', `/api/cases/${caseId}/attachments/uploads`, { cookie, body });
  return { res, form: res.status === 201 ? (await bodyOf(res)) as Required<UploadForm> : undefined };
};

/** POSTs the form to the store as a browser would: its fields first, the file last; redirects not followed. */
export function sendToStore(form: UploadForm, file: { bytes: Uint8Array; name: string }, fields: Record<string, string> = form.fields): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append('file', new Blob([new Uint8Array(file.bytes)], { type: 'application/octet-stream' }), file.name);
  return fetch(form.url, { method: 'POST', body, redirect: 'manual' });
}

export const completeUpload = (h: Harness, cookie: string, caseId: string, uploadId: string, body: Record<string, unknown>) =>
  h.json('POST', `/api/cases/${caseId}/attachments/uploads/${uploadId}`, { cookie, body });

const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The upload form of the page's second step: where it posts and its hidden fields. */
export function formOnPage(html: string): UploadForm {
  const form = html.match(/<form method="post" action="([^"]+)" enctype="multipart\/form-data"[^>]*>([\s\S]*?)<\/form>/);
  if (!form) throw new Error('no upload form on the page');
  const fields: Record<string, string> = {};
  for (const [, name, value] of form[2]!.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g)) fields[unescape(name!)] = unescape(value!);
  return { url: unescape(form[1]!), fields };
}
