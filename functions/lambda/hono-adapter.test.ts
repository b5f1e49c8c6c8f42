/**
 * What the stack's binary media types rely on: API Gateway hands an upload to the function
 * base64-encoded (`isBase64Encoded`), and Hono's adapter gives the app the original bytes, so a
 * PDF in a multipart form arrives whole. A REST API (v1) proxy event, as the web function gets.
 */
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';
import { handle } from './hono-adapter.ts';

function proxyEvent(body: Buffer, contentType: string): APIGatewayProxyEvent {
  return {
    httpMethod: 'POST', path: '/upload', resource: '/{proxy+}', body: body.toString('base64'), isBase64Encoded: true,
    headers: { 'content-type': contentType, host: 'tandem.example.org' }, multiValueHeaders: { 'content-type': [contentType] },
    queryStringParameters: null, multiValueQueryStringParameters: null, pathParameters: null, stageVariables: null,
    requestContext: { httpMethod: 'POST', path: '/live/upload', stage: 'live', requestId: 'r', resourcePath: '/{proxy+}', identity: { sourceIp: '127.0.0.1' } } as APIGatewayProxyEvent['requestContext'],
  } as APIGatewayProxyEvent;
}

describe('uploads through API Gateway', () => {
  it('reach the app as the bytes that were sent, when API Gateway passes them base64-encoded', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]), Buffer.from('\n%%EOF')]);
    const boundary = 'tandem-boundary';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="order.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const app = new Hono().post('/upload', async (c) => {
      const file = (await c.req.parseBody()).file as File;
      return c.json({ name: file.name, bytes: [...new Uint8Array(await file.arrayBuffer())] });
    });
    const event = proxyEvent(body, `multipart/form-data; boundary=${boundary}`) as unknown as Parameters<ReturnType<typeof handle>>[0];
    const res = await handle(app)(event, {} as Context);
    expect(res.statusCode).toBe(200);
    const answer = JSON.parse(res.body) as { name: string; bytes: number[] };
    expect(answer.name).toBe('order.pdf');
    expect(Buffer.from(answer.bytes).equals(pdf)).toBe(true);
  });
});
