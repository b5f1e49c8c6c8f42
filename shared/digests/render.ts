/**
 * A composed digest as an email: a plain-text part and an HTML part that
 * common clients render alike (nested tables, inline styles, no external
 * image, no script), in the member's language, with the one-click
 * unsubscribe headers of RFC 8058.
 */
import type { OutgoingEmail } from '../ports/mailer.ts';
import type { CaseLine, Digest } from './compose.ts';
import { digestWindow } from './iso-week.ts';
import { MESSAGES } from './messages.ts';
import type { DigestLanguage } from './preferences.ts';
import { html, link, type SafeHtml } from './safe-html.ts';
import { countryIn, dateIn, eventLabel, hearingTimeIn, statusLabel } from './vocabulary.ts';
import { translatorFor } from '../i18n/translator.ts';

export interface RenderOptions {
  language: DigestLanguage;
  appUrl: string;
  /** The recipient's own one-click link (`${appUrl}/unsubscribe/<token>`). */
  unsubscribeUrl: string;
  /** A coordinator's test send: "[Test]" in the subject. */
  test?: boolean;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;font-size:15px;line-height:1.5';
const LINK = 'color:#0b4f8a;text-decoration:underline';
const H2 = 'margin:0 0 8px;font-size:18px;line-height:1.3;color:#12355b';

export function renderDigest(d: Digest, o: RenderOptions): RenderedDigest {
  const m = MESSAGES[o.language];
  const w = digestWindow(d.week);
  const caseUrl = (c: CaseLine) => `${o.appUrl}/cases/${c.id}`;
  const about = (c: CaseLine) => `${countryIn(o.language, c.country)} · ${statusLabel(o.language, c.riskStatus)}`;
  const subject = `${o.test ? '[Test] ' : ''}${m.subject(d.week)}`;
  const last = new Date(Date.parse(w.to) - 1).toISOString();
  const intro = m.intro(dateIn(o.language, w.from), dateIn(o.language, last));

  // Each section: a heading and rows of [title, details, case]. Built once, rendered twice.
  type Row = { title: string; details: string[]; case?: CaseLine };
  const sections: Array<{ heading: string; rows: Row[] }> = [];
  const add = (heading: string, rows: Row[]) => rows.length > 0 && sections.push({ heading, rows });

  add(m.updates, d.updates.map((u) => ({
    title: u.case.defenderName, case: u.case,
    details: [about(u.case), ...u.events.map((e) => `${dateIn(o.language, e.date)} · ${eventLabel(o.language, e.type)}: ${e.title}`)],
  })));
  add(m.requests, d.requests.map((r) => ({
    title: `${r.overdue ? `${m.overdue}: ` : ''}${r.actionLabel}`, case: r.case,
    details: [`${r.case.defenderName} · ${about(r.case)}`, ...(r.dueDate ? [m.due(dateIn(o.language, r.dueDate))] : [])],
  })));
  add(m.hearings, d.hearings.map((h) => ({
    title: hearingTimeIn(o.language, h.hearingAt), case: h.case, details: [`${h.case.defenderName} · ${about(h.case)}`, h.court],
  })));
  add(m.newCases, d.newCases.map((c) => ({ title: c.defenderName, case: c, details: [about(c)] })));
  const { label } = translatorFor(o.language);
  add(m.verified, d.verified.map((v) => ({
    title: label(v.actionKey), case: v.case, details: [`${v.case.defenderName} · ${about(v.case)}`, dateIn(o.language, v.date)],
  })));
  if (d.gaps && d.gaps.unadoptedCount + d.gaps.other.length > 0) {
    const more = d.gaps.unadoptedCount - d.gaps.unadopted.length;
    add(m.gaps, [
      ...(d.gaps.unadoptedCount > 0 ? [{ title: m.unadopted(d.gaps.unadoptedCount), details: [] }] : []),
      ...d.gaps.unadopted.map((c) => ({ title: c.defenderName, case: c, details: [about(c)] })),
      ...(more > 0 ? [{ title: m.andMore(more), details: [] }] : []),
      ...d.gaps.other.map((g) => ({ title: g.case.defenderName, case: g.case, details: [g.description, about(g.case)] })),
    ]);
  }

  const text = [
    m.greeting(d.member.name), '', intro, '',
    ...sections.flatMap((s) => [
      s.heading.toUpperCase(), '',
      ...s.rows.flatMap((r) => [`* ${r.title}`, ...r.details.map((x) => `  ${x}`), ...(r.case ? [`  ${caseUrl(r.case)}`] : []), '']),
    ]),
    '--', m.why, m.doNotForward, `${m.settings}: ${o.appUrl}/settings`, `${m.unsubscribe}: ${o.unsubscribeUrl}`, '',
  ].join('\n');

  const row = (r: Row): SafeHtml => html`<tr><td style="padding:8px 0;border-top:1px solid #e3e3e3;${FONT}">
<strong>${r.case ? link(caseUrl(r.case), r.title, LINK) : r.title}</strong>${r.details.map((x) => html`<br><span style="color:#444444">${x}</span>`)}
</td></tr>`;
  const section = (s: { heading: string; rows: Row[] }): SafeHtml => html`<tr><td style="padding:8px 24px 16px;${FONT}">
<h2 style="${H2}">${s.heading}</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">${s.rows.map(row)}</table>
</td></tr>`;

  const body = html`<!doctype html>
<html lang="${o.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${subject}</title></head>
<body style="margin:0;padding:0;background:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f7"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff">
<tr><td style="background:#12355b;color:#ffffff;padding:16px 24px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold">Tandem · ${d.week}</td></tr>
<tr><td style="padding:24px 24px 8px;${FONT}"><p style="margin:0 0 8px">${m.greeting(d.member.name)}</p><p style="margin:0">${intro}</p></td></tr>
${sections.map(section)}
<tr><td style="padding:16px 24px 24px;border-top:1px solid #e3e3e3;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.5;color:#555555">
<p style="margin:0 0 8px">${m.why} ${m.doNotForward}</p>
<p style="margin:0">${link(`${o.appUrl}/settings`, m.settings, LINK)} · ${link(o.unsubscribeUrl, m.unsubscribe, LINK)}</p>
</td></tr>
</table></td></tr></table>
</body></html>`;

  return { subject, text, html: body.value };
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
