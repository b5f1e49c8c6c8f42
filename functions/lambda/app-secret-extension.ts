/**
 * The web function's app secret, through the AWS Parameters and Secrets
 * Lambda Extension (a layer the stack adds): one HTTP GET to the extension on
 * localhost instead of loading the Secrets Manager client and opening a TLS
 * connection to Secrets Manager on the cold start. The extension answers only
 * during an invocation, not during init, so the web function reads it on its
 * first request (functions/lambda/first-invocation.ts). The extension checks
 * the function's own session token, which it requires in a header.
 * Asked with node:http, which the DynamoDB client loads anyway, rather than
 * fetch: a process's first fetch loads and compiles Node's undici (about 11 ms
 * of CPU on a cold start, measured in a fresh process) for this one request.
 * Asked at 127.0.0.1, the sandbox's loopback where the extension's "localhost"
 * listens, rather than by name: the name would be looked up through getaddrinfo
 * on libuv's thread pool, whose first use starts its threads (a fresh process's
 * GET to a local server: 11.1–12.2 ms by name, 5.5–5.7 ms by address).
 */
import { get } from 'node:http';

export interface ExtensionSecretSettings {
  SECRET_ARN: string;
  /** The extension's port: the layer's own setting, 2773 unless the stack says otherwise. */
  PARAMETERS_SECRETS_EXTENSION_HTTP_PORT?: string;
  AWS_SESSION_TOKEN?: string;
}

export async function readAppSecretThroughExtension(settings: ExtensionSecretSettings): Promise<string> {
  const port = settings.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  if (!settings.AWS_SESSION_TOKEN) throw new Error('AWS_SESSION_TOKEN: the secrets extension needs the function\'s session token');
  const url = `http://127.0.0.1:${port}/secretsmanager/get?secretId=${encodeURIComponent(settings.SECRET_ARN)}`;
  const answer = await getText(url, { 'X-Aws-Parameters-Secrets-Token': settings.AWS_SESSION_TOKEN });
  if (answer.status < 200 || answer.status > 299) throw new Error(`SECRET_ARN: the secrets extension answered ${answer.status}`);
  const { SecretString } = JSON.parse(answer.body) as { SecretString?: string };
  if (!SecretString) throw new Error('SECRET_ARN: the secret has no string value');
  return SecretString;
}

/** One GET: the status and the body as text. */
function getText(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    get(url, { headers }, (answer) => {
      let body = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => (body += chunk));
      answer.on('end', () => done({ status: answer.statusCode ?? 0, body }));
      answer.on('error', fail);
    }).on('error', fail);
  });
}
