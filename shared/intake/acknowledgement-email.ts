/**
 * The acknowledgement a reporter gets when they gave an address: the reference and what happens
 * next, in their language. Never a word of the report itself: a mailbox can be read by others.
 */
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor } from '../i18n/translator.ts';
import { renderEmail } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { ReportSource } from './report.ts';

export function acknowledgementEmail(to: string, reference: string, language: UiLanguage, source: ReportSource = 'web'): OutgoingEmail {
  const translator = translatorFor(language);
  const { t } = translator;
  const { html, text } = renderEmail(translator, {
    title: t('intake.ack.title'),
    preheader: t('intake.ack.preheader', { reference }),
    blocks: [
      { kind: 'text', text: t('intake.ack.received', { reference }) },
      { kind: 'text', text: t('intake.ack.next') },
      { kind: 'text', text: t('intake.ack.safety') },
    ],
    footer: { lines: [t(source === 'email' ? 'intake.ack.whyEmail' : 'intake.ack.why')] },
  });
  return { to, subject: t('intake.ack.subject', { reference }), text, html, headers: { 'Content-Language': language } };
}
