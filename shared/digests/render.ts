/**
 * A composed digest as an email in the shared layout (shared/mail): a
 * summary line ("3 updates, 2 hearings, 1 request") that is also the
 * preheader, a section per kind of news with a status chip on each case, the
 * coordinator's "no adopter yet" and "gaps", a button into Tandem, and a
 * footer with the settings and unsubscribe links; in the member's digest
 * language, with the one-click unsubscribe headers of RFC 8058.
 */
import type { RiskStatus } from '../domain/case.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import { translatorFor, type Translator } from '../i18n/translator.ts';
import { renderEmail, type Chip, type ChipTone, type EmailBlock, type EmailItem } from '../mail/layout.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { CaseLine, Digest, GapLine } from './compose.ts';
import { hearingLines } from './digest-hearing.ts';
import { eventTitle } from '../domain/timeline-title.ts';
import { digestWindow } from './iso-week.ts';

export interface RenderOptions {
  /** The member's digest language (any language Tandem speaks). */
  language: UiLanguage;
  appUrl: string;
  /** The recipient's own one-click link (`${appUrl}/unsubscribe/<token>`). */
  unsubscribeUrl: string;
  /** A coordinator's test send: "[Test]" in the subject. */
  test?: boolean;
  /** The recipient's IANA time zone: hearings show their time beside the court's (UTC when unknown). */
  timeZone?: string;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}

/** A person's harm in red, legal jeopardy in amber, safety in green. */
const RISK_TONE: Record<RiskStatus, ChipTone> = {
  killed: 'danger', disappeared: 'danger', detained: 'danger', attacked: 'danger',
  threatened: 'warning', charged: 'warning', on_trial: 'warning', sentenced: 'warning',
  released: 'ok', acquitted: 'ok', relocated: 'ok',
};

const statusChip = (t: Translator, status: RiskStatus): Chip => ({ label: t.label(`vocabulary.riskStatus.${status}`), tone: RISK_TONE[status] });

/** "3 updates, 2 hearings and 1 request": each count its own plural message, listed the language's way (Intl.ListFormat). */
export function summaryOf(translator: Translator, d: Digest): string {
  const counts: Array<[MessageKey, number]> = [
    ['emails.digest.summary.updates', d.updates.reduce((n, u) => n + u.events.length, 0)],
    ['emails.digest.summary.requests', d.requests.length],
    ['emails.digest.summary.hearings', d.hearings.length],
    ['emails.digest.summary.newCases', d.newCases.length],
    ['emails.digest.summary.unadopted', d.gaps?.unadoptedCount ?? 0],
    ['emails.digest.summary.gaps', d.gaps?.other.length ?? 0],
  ];
  const parts = counts.filter(([, count]) => count > 0).map(([key, count]) => translator.t(key, { count }));
  if (parts.length === 0) return translator.t('emails.digest.nothing');
  return translator.list(parts);
}

function sections(translator: Translator, d: Digest, appUrl: string): EmailBlock[] {
  const { t } = translator;
  const gapLines = (gaps: GapLine[]) =>
    gaps.map((g) => t('emails.digest.gapLine', { label: translator.label(`missions.gapRule.${g.rule}`), days: g.ageDays }));
  const caseItem = (c: CaseLine, lines: string[], extra: Partial<EmailItem> = {}): EmailItem => ({
    title: c.defenderName, href: `${appUrl}/cases/${c.id}`, chips: c.riskStatuses.map((s) => statusChip(translator, s)), lines: [translator.country(c.country), ...lines], ...extra,
  });
  const blocks: EmailBlock[] = [];
  const add = (heading: string, items: EmailItem[], more: Partial<Extract<EmailBlock, { kind: 'section' }>> = {}) =>
    items.length > 0 && blocks.push({ kind: 'section', heading, items, ...more });

  add(t('emails.digest.section.updates'), d.updates.map((u) => caseItem(u.case, u.events.map((e) =>
    t('emails.digest.eventLine', { date: translator.date(e.date), type: translator.label(`vocabulary.eventType.${e.type}`), title: eventTitle(translator, e) }))),
  ));
  add(t('emails.digest.section.requests'), d.requests.map((r) => ({
    title: r.actionLabel, href: `${appUrl}/cases/${r.case.id}`,
    chips: [...(r.overdue ? [{ label: t('emails.digest.overdue'), tone: 'danger' as const }] : []), ...r.case.riskStatuses.map((s) => statusChip(translator, s))],
    lines: [r.case.defenderName, translator.country(r.case.country), ...(r.dueDate ? [t('emails.digest.due', { date: translator.date(r.dueDate) })] : [])],
  })));
  add(t('emails.digest.section.hearings'), d.hearings.map((h) => caseItem(h.case, hearingLines(translator, h))));
  add(t('emails.digest.section.newCases'), d.newCases.map((c) => caseItem(c, [])));
  add(t('emails.digest.section.verified'), d.verified.map((v) => caseItem(v.case, [translator.label(v.actionKey), translator.date(v.date)])));
  if (d.gaps) {
    const more = d.gaps.unadoptedCount - d.gaps.unadopted.length;
    add(t('emails.digest.section.unadopted'), d.gaps.unadopted.map((c) => caseItem(c, gapLines(c.gaps))), {
      intro: t('emails.digest.unadoptedCount', { count: d.gaps.unadoptedCount }),
      ...(more > 0 ? { more: t('emails.digest.andMore', { count: more }) } : {}),
    });
    add(t('emails.digest.section.gaps'), d.gaps.other.map((g) => caseItem(g.case, gapLines(g.gaps))));
  }
  return blocks;
}

export function renderDigest(d: Digest, o: RenderOptions): RenderedDigest {
  const translator = translatorFor(o.language, o.timeZone ?? 'UTC');
  const { t } = translator;
  const w = digestWindow(d.week);
  const lastDay = new Date(Date.parse(w.to) - 1).toISOString();
  const summary = summaryOf(translator, d);
  const subject = t(o.test ? 'emails.digest.testSubject' : 'emails.digest.subject', { week: d.week });
  const { html, text } = renderEmail(translator, {
    title: t('emails.digest.title'),
    preheader: t('emails.digest.preheader', { summary }),
    blocks: [
      { kind: 'text', text: t('emails.digest.greeting', { name: d.member.name }) },
      { kind: 'text', text: t('emails.digest.intro', { from: translator.date(w.from), to: translator.date(lastDay) }) },
      { kind: 'lead', text: summary },
      ...sections(translator, d, o.appUrl),
      { kind: 'button', href: `${o.appUrl}/`, label: t('emails.digest.button') },
    ],
    footer: {
      lines: [t('emails.digest.why'), t('emails.digest.doNotForward')],
      links: [
        { href: `${o.appUrl}/settings`, label: t('emails.digest.settings') },
        { href: o.unsubscribeUrl, label: t('emails.digest.unsubscribe') },
      ],
    },
  });
  return { subject, text, html };
}

/** The email itself: both parts, and the headers that let a mail client unsubscribe in one click. */
export function digestEmail(to: string, rendered: RenderedDigest, o: Pick<RenderOptions, 'language' | 'unsubscribeUrl'>): OutgoingEmail {
  return {
    to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    headers: {
      'List-Unsubscribe': `<${o.unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': o.language,
    },
  };
}
