/**
 * `Content-Disposition: attachment` for a download (RFC 6266): an ASCII fallback name with no
 * quote or backslash that could break the header, and the exact UTF-8 name (RFC 5987).
 * Used by the S3 adapter (in the presigned link) and by the app when it streams a file itself.
 *
 * @example
 *   contentDisposition('Décision.pdf') // `attachment; filename="D_cision.pdf"; filename*=UTF-8''D%C3%A9cision.pdf`
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987's attr-char does not allow ' ( ) *.
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
