/**
 * Every email kind in every language, through the one layout: `lang` and
 * `dir` set, every word from the catalog (no key left unformatted, no
 * English in another language's email), French typography, a preheader and
 * a footer, and nothing that must not be emailed (restricted or paused
 * cases, case summaries, sensitive fields). The screenshots of the same
 * samples are test/e2e/emails.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '#shared/i18n/languages.ts';
import { APP, EMAIL_KINDS, PLANTED, RESTRICTED, WITHOUT_BUTTON, WITH_UNSUBSCRIBE, emailSamples } from '../support/email-samples.ts';

/** Words that appear only in the English layout text; any of them in another language's email is a missed string. */
const ENGLISH_ONLY = /\b(You receive|Sign in to|Welcome to|Please|Hello|Dear|Updates on|Hearings in|Open the|Unsubscribe from|weekly digest|Do not forward)\b/;

describe('every email in every language', () => {
  for (const language of UI_LANGUAGES) {
    const samples = emailSamples(language);
    for (const kind of EMAIL_KINDS) {
      const email = samples[kind];

      it(`${kind} in ${language}: lang, dir, title, preheader, footer and both parts`, () => {
        expect(email.html).toContain(`<html lang="${language}" dir="ltr">`);
        expect(email.headers?.['Content-Language']).toBe(language);
        expect(email.html).toMatch(/<title>[^<]+<\/title>/);
        expect(email.html).toMatch(/<h1 [^>]*>[^<]+<\/h1>/);
        expect(email.html).toMatch(/<span style="display:none !important;[^"]*">[^<\u00a0]{10,}/);
        if (!WITHOUT_BUTTON.includes(kind)) expect(email.html).toMatch(/<td align="center" bgcolor="#12355b"[^>]*><a href="https:\/\/tandem\.example\.org\//);
        expect(email.text.split('\n--\n')).toHaveLength(2);
        for (const part of [email.subject, email.text, email.html]) {
          expect(part).not.toMatch(/\{[a-zA-Z]+[,}]|undefined|NaN|\[object /);
          expect(part).not.toMatch(/\b(emails|digests|vocabulary)\.[a-zA-Z]+\./);
        }
        if (language !== 'en') expect(email.text).not.toMatch(ENGLISH_ONLY);
      });

      it(`${kind} in ${language}: nothing restricted, paused, summarised or sensitive`, () => {
        const everything = `${email.subject}\n${email.text}\n${email.html}`;
        expect(everything).not.toContain(PLANTED);
        if (kind !== 'digest-coordinator') expect(everything).not.toContain(RESTRICTED);
        expect(email.html).not.toMatch(/<(script|img|style|link|iframe|div)\b|class=/i);
      });
    }

    if (language === 'fr') {
      it('French: a no-break space before : ; ! ? in every subject, text and html, case data labels included', () => {
        for (const email of Object.values(samples)) {
          for (const part of [email.subject, email.text, email.html]) expect(part).not.toMatch(/ [:;!?](\s|$|<)/);
        }
        expect(samples['digest-mp'].text).toContain('Inculpation\u00a0: Charged with “rebellion”');
      });
    }
  }

  it('keeps the digest\'s and the alerts\' RFC 8058 unsubscribe headers and gives no other email any', () => {
    const samples = emailSamples('ru');
    for (const kind of ['digest-mp', 'digest-diplomat', 'digest-coordinator'] as const) {
      const headers = samples[kind].headers!;
      expect(headers['List-Unsubscribe']).toMatch(new RegExp(`^<${APP}/unsubscribe/sample\\.[0-9a-f]{4}>$`));
      expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(samples[kind].text).toContain(headers['List-Unsubscribe']!.slice(1, -1));
    }
    for (const kind of EMAIL_KINDS.filter((k) => !WITH_UNSUBSCRIBE.includes(k))) expect(samples[kind].headers?.['List-Unsubscribe'], kind).toBeUndefined();
    for (const kind of ['alert', 'alert-reminder'] as const) {
      expect(samples[kind].headers!['List-Unsubscribe']).toBe(`<${APP}/alerts/unsubscribe/sample.token>`);
      expect(samples[kind].headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    }
    expect(samples['pause-notice'].headers?.Sensitivity).toBe('Private');
  });
});
