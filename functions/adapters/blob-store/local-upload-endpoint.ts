/**
 * S3's browser-upload endpoint, on a loopback port, for the local folder store (`npm start` and
 * the tests): it takes the presigned POST form the app handed out, checks its signed policy
 * (post-policy.ts), writes the file into the folder under the key the policy allowed, and sends
 * the browser on to the app (303, with `bucket`, `key` and `etag` added to the address) or
 * answers 204, as S3 does. Its refusals are S3's: an XML error with a status.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DirectUploads } from '#shared/ports/blob-store.ts';
import { folderBlobStore } from './folder-blob-store.ts';
import { checkLocalPost, LOCAL_BUCKET, signLocalPost } from './post-policy.ts';

/** Larger than any policy's range: a body past it is cut off before it is read whole. */
const MAX_FORM_BYTES = 32 * 1024 * 1024;

export interface LocalUploadEndpoint {
  url: string;
  /** The store's direct uploads, signed with this endpoint's key, posting to it. */
  direct: DirectUploads;
  close(): Promise<void>;
}

const xmlError = (res: ServerResponse, status: number, code: string, message: string) => {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message.replace(/[<&>]/g, '')}</Message></Error>`);
};

async function readCapped(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function startLocalUploadEndpoint(options: { root: string; secret: string; now: () => Date }): Promise<LocalUploadEndpoint> {
  // A key of its own, derived from the app's secret: the endpoint's signatures mean nothing elsewhere.
  const signingKey = createHmac('sha256', options.secret).update('local direct uploads').digest('hex');
  const files = folderBlobStore(options.root);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || (req.url ?? '/') !== '/') return xmlError(res, 405, 'MethodNotAllowed', 'Send the upload form with POST to /.');
    const body = await readCapped(req);
    if (!body) {
      xmlError(res, 400, 'MaxMessageLengthExceeded', 'Your request was too big.');
      return void req.destroy();
    }
    let form: FormData;
    try {
      form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body }).formData();
    } catch {
      return xmlError(res, 400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
    }
    const file = form.get('file');
    if (!(file instanceof File)) return xmlError(res, 400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
    const fields: Record<string, string> = {};
    for (const [name, value] of form.entries()) if (typeof value === 'string') fields[name] = value;
    const verdict = checkLocalPost(signingKey, fields, { name: file.name, size: file.size }, options.now());
    if (!verdict.ok) return xmlError(res, verdict.status, verdict.code, verdict.message);
    const bytes = new Uint8Array(await file.arrayBuffer());
    try {
      await files.put(verdict.key, { body: bytes, contentType: 'binary/octet-stream' });
    } catch {
      return xmlError(res, 400, 'InvalidArgument', 'The key is not one this store can hold.');
    }
    const etag = `"${createHash('md5').update(bytes).digest('hex')}"`;
    if (!verdict.redirectTo) {
      res.writeHead(204, { etag });
      return void res.end();
    }
    const next = new URL(verdict.redirectTo);
    next.searchParams.set('bucket', LOCAL_BUCKET);
    next.searchParams.set('key', verdict.key);
    next.searchParams.set('etag', etag);
    res.writeHead(303, { location: next.toString(), etag });
    res.end();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) xmlError(res, 500, 'InternalError', 'We encountered an internal error. Please try again.');
      else res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  // Never what keeps a process alive: it ends with whatever started it.
  server.unref();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    direct: { uploadOrigin: new URL(url).origin, presignUpload: async (request) => signLocalPost(signingKey, url, request, options.now()) },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
