/**
 * Static assets named by their content: the stylesheet's path carries a hash
 * of its bytes, so a browser may keep it for a year (immutable) and still
 * gets a new file the moment the styles change. Hashed once, at load.
 */
import { createHash } from 'node:crypto';
import { STYLES } from './styles.ts';

const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

export const STYLES_PATH = `/assets/app.${contentHash(STYLES)}.css`;
/** The route that serves it: any 12-hex name matches, and only the current one answers 200. */
export const STYLES_ROUTE = '/assets/:stylesheet{app\\.[0-9a-f]{12}\\.css}';

/** For what is named by its content (a new version is a new name). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The favicon keeps its name (browsers look for it there): a long cache, without immutable. */
export const FAVICON_CACHE = 'public, max-age=31536000';
export const FAVICON_PATH = '/favicon.svg';

/** The brand's mark: a T on the header's blue, readable at 16 px. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#12355b"/>' +
  '<path d="M8 9h16v4h-6v12h-4V13H8z" fill="#fff"/></svg>';
