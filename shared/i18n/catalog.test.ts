/**
 * The catalogs as a whole: every language has every English key and no other
 * (the typecheck says so too, this says it for whoever skips it), each message
 * parses as ICU and takes the same arguments as English, nothing is left in
 * English by mistake, and French typography holds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { UI_LANGUAGES } from './languages.ts';
import { flatCatalog as flatten, keyParityGaps } from './key-parity.ts';
import { translatorFor } from './translator.ts';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from './pseudo.ts';
import { loadAllCatalogs } from '#shared/i18n/catalog.ts';

// These tests translate into every language directly, as a job does once it has loaded them.
beforeAll(loadAllCatalogs);

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentsOf(element.children, into);
    }
  }
  return into;
}

/** Words that read the same in every language (names, acronyms, codes). */
const SAME_EVERYWHERE = /^(\{[^}]+\}[\s·:()]*)+$|Tandem|COHOM|ETag|JSON|iCal|CSV|UTC|ID$/;

/** Keys whose translation is, rightly, the English word. */
const SAME_AS_ENGLISH: Record<string, ReadonlySet<string>> = {
  // French spells these as English does: « minute(s) », « Organisation », « Date », « Notes », « Surveillance », « Police », « Possible ».
  fr: new Set(['vocabulary.eventType.verdict', 'settings.timeZone.region.Europe', 'intake.triage.wait.minutes', 'intake.detail.organisation',
    'risk.threats.date', 'risk.threats.note', 'risk.threatType.surveillance', 'risk.source.police', 'risk.credibility.possible', 'risk.history.when']),
  es: new Set(['settings.timeZone.region.Asia', 'settings.timeZone.region.Australia']),
  ru: new Set([]),
};

const english = flatten('en');

describe('message catalogs', () => {
  for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
    const messages = flatten(language);

    it(`${language} has exactly the English keys`, () => {
      expect(keyParityGaps().filter((gap) => gap.language === language)).toEqual([]);
    });

    it(`${language} messages parse and take the same arguments as English`, () => {
      const mismatched = [...english].filter(([key, en]) => {
        const ours = [...argumentsOf(parse(messages.get(key) ?? ''))].sort();
        return ours.join() !== [...argumentsOf(parse(en))].sort().join();
      });
      expect(mismatched.map(([key]) => key)).toEqual([]);
    });

    it(`${language} leaves nothing in English by mistake`, () => {
      const untranslated = [...english].filter(([key, en]) => messages.get(key) === en && en.length > 3 && !SAME_EVERYWHERE.test(en) && !SAME_AS_ENGLISH[language]?.has(key));
      expect(untranslated.map(([key]) => key)).toEqual([]);
    });
  }

  it('French puts a no-break space before : ; ! ? and none is an ordinary space', () => {
    const wrong = [...flatten('fr')].filter(([, message]) => / [:;!?](\s|$)/.test(message));
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it('no message carries an escape written out as text (00a0 where U+00A0 was meant)', () => {
    const mangled = UI_LANGUAGES.flatMap((language) => [...flatten(language)].filter(([, m]) => /(\\u|\bu)?00a0/i.test(m)).map(([key]) => `${language} ${key}`));
    expect(mangled).toEqual([]);
  });

  it('the pseudo-locale brackets, accents and lengthens every message, keeping its arguments', () => {
    const pseudo = translatorFor('en-XA');
    for (const [key, en] of english) {
      // Every argument the message takes (a number suits plurals, selects, dates and text alike), every tag joined.
      const values = Object.fromEntries([...argumentsOf(parse(en))].map((a) => (a.startsWith('<') ? [a.slice(1, -1), (chunks: string[]) => chunks.join('')] : [a, 2])));
      const text = pseudo.label(key, values);
      expect(text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE), key).toBe(true);
    }
    expect(pseudo.t('common.layout.viewer', { name: 'Ana', role: 'MP' })).toMatch(/^⟦Ana \(MP\) ŀő*/);
    expect(pseudo.t('common.nav.cases').length).toBeGreaterThanOrEqual(Math.ceil('Cases'.length * 1.4));
  });

  it('Russian plurals use the few and many forms', () => {
    const { t } = translatorFor('ru');
    expect(t('common.form.errorSummary', { count: 1 })).toBe('В форме 1 ошибка.');
    expect(t('common.form.errorSummary', { count: 3 })).toBe('В форме 3 ошибки.');
    expect(t('common.form.errorSummary', { count: 5 })).toBe('В форме 5 ошибок.');
  });
});
