/**
 * Every language's catalog at once, for the tests and checks that compare them (key parity,
 * wording checks). The app never imports this: it loads a language when it needs it (catalog.ts).
 */
import { ENGLISH_CATALOG, type Catalog } from './catalog.ts';
import type { UiLanguage } from './languages.ts';
import fr from './catalogs/fr.ts';
import es from './catalogs/es.ts';
import ru from './catalogs/ru.ts';

export const CATALOGS: Record<UiLanguage, Catalog> = { en: ENGLISH_CATALOG, fr, es, ru };
