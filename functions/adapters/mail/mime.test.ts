import { describe, expect, it } from 'vitest';
import { parseHeaders } from './mime.ts';

describe('parseHeaders', () => {
  it('unfolds a header continued on a line that starts with a space', () => {
    const raw = 'Content-Type: multipart/alternative;\r\n boundary="b1"\r\n\r\nbody';

    expect(parseHeaders(raw)['content-type']).toBe('multipart/alternative; boundary="b1"');
  });

  it('unfolds a header continued on a line that starts with a tab', () => {
    const raw = 'Subject: =?UTF-8?Q?D=C3=A9fenseure?=\r\n\t=?UTF-8?Q?_=E2=80=94?=\r\n\r\nbody';

    expect(parseHeaders(raw).subject).toBe('=?UTF-8?Q?D=C3=A9fenseure?= =?UTF-8?Q?_=E2=80=94?=');
  });

  it('unfolds a header folded over several lines', () => {
    const raw = 'List-Unsubscribe: <https://example.org/u/abc>,\r\n <mailto:u@example.org>,\r\n <https://example.org/u/def>\r\n\r\n';

    expect(parseHeaders(raw)['list-unsubscribe']).toBe(
      '<https://example.org/u/abc>, <mailto:u@example.org>, <https://example.org/u/def>',
    );
  });

  it('keeps the headers after a folded one apart', () => {
    const raw = 'Content-Type: text/plain;\r\n charset=utf-8\r\nTo: mp@example.org\r\n\r\n';

    expect(parseHeaders(raw)).toEqual({ 'content-type': 'text/plain; charset=utf-8', to: 'mp@example.org' });
  });

  it('lower-cases names and trims values, keeping colons inside a value', () => {
    const raw = 'LIST-Unsubscribe-POST:   List-Unsubscribe=One-Click  \r\nList-Unsubscribe: <https://example.org/u/abc>\r\n\r\n';

    expect(parseHeaders(raw)).toEqual({
      'list-unsubscribe-post': 'List-Unsubscribe=One-Click',
      'list-unsubscribe': '<https://example.org/u/abc>',
    });
  });

  it('stops at the blank line, ignoring body lines that look like headers', () => {
    const raw = 'To: mp@example.org\r\n\r\nBcc: someone@example.org\r\n continued';

    expect(parseHeaders(raw)).toEqual({ to: 'mp@example.org' });
  });

  it('reads a message whose line breaks are bare LF', () => {
    const raw = 'To: mp@example.org\nSubject: Weekly\n digest\n\nFrom: body@example.org';

    expect(parseHeaders(raw)).toEqual({ to: 'mp@example.org', subject: 'Weekly digest' });
  });
});
