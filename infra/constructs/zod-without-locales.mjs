// What `import { z } from 'zod'` resolves to in the Lambda bundles (esbuild `alias` in bundling.ts):
// zod's own classic entry (zod/v4/classic/external.js, re-exported by zod/index.js) line for line,
// without `locales`. @hono/zod-openapi takes the whole `z` namespace, so esbuild cannot shake the
// 40 language packs (264 kB of zod's 454 kB) out by itself; the app never reads them (its errors
// are worded by its own catalogs, and zod's English default is registered by classic/schemas.js).
// test/infra/zod-without-locales.test.ts fails if this stops matching zod's entry.
import * as z from './zod-classic-external-without-locales.mjs';
export * from './zod-classic-external-without-locales.mjs';
export { z, z as default };
