/**
 * Where a form may send the browser back to: a path on this site only, never
 * another origin (no open redirect). Anything else, or anything odd, is `/`.
 * The `lang` parameter is dropped: the language now comes from the member.
 *
 * @example sameSitePath('/cases?country=CO&lang=fr', 'https://tandem.example') // '/cases?country=CO'
 * @example sameSitePath('//evil.example/x', 'https://tandem.example')          // '/'
 */
export function sameSitePath(back: unknown, appUrl: string): string {
  if (typeof back !== 'string' || back.length > 2000 || !back.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(back, appUrl);
  } catch {
    return '/';
  }
  // `//host`, `/\host` and tabs or newlines inside them all parse as another origin, or as a path
  // that a browser would read as one (`//host` after dot segments are resolved).
  if (url.origin !== new URL(appUrl).origin || url.pathname.startsWith('//')) return '/';
  url.searchParams.delete('lang');
  return `${url.pathname}${url.search}`;
}
