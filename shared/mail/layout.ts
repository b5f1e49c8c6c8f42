/**
 * The one layout every Tandem email uses: a styled container with `lang` and
 * `dir`, a title, a hidden preheader (the preview line mail clients show
 * after the subject), paragraphs, bulletproof buttons, sections of items
 * with status chips, and a footer saying why the recipient gets the email
 * (with the unsubscribe link where there is one). The plain-text part is
 * written from the same content, so both parts always say the same thing.
 *
 * The HTML is what common clients render alike: nested presentation tables,
 * inline styles, no style sheet, no script, no image, no `div` (Outlook's
 * Word engine drops most of what a `div` carries). Every value is escaped by
 * `html` (safe-html.ts): case and member text cannot become markup.
 *
 * @example
 *   const { html, text } = renderEmail(translatorFor('fr'), {
 *     title: 'Connexion à Tandem', preheader: '…',
 *     blocks: [{ kind: 'text', text: '…' }, { kind: 'button', href: link, label: 'Se connecter' }],
 *     footer: { lines: ['…'] },
 *   });
 */
import type { Translator } from '../i18n/translator.ts';
import { html, link, type SafeHtml } from './safe-html.ts';

/** How strongly a chip draws the eye: a risk to a person, a warning, a state that is fine, a plain label. */
export type ChipTone = 'danger' | 'warning' | 'ok' | 'neutral';
export interface Chip {
  label: string;
  tone: ChipTone;
}

export interface EmailItem {
  title: string;
  /** Makes the title a link (the case page). */
  href?: string;
  chips?: Chip[];
  lines?: string[];
}

export type EmailBlock =
  | { kind: 'text'; text: string }
  /** The email in one line, in larger type (the digest's summary). */
  | { kind: 'lead'; text: string }
  /** A framed, bold paragraph: what the recipient must do now. */
  | { kind: 'callout'; text: string }
  | { kind: 'button'; href: string; label: string }
  | { kind: 'section'; heading: string; intro?: string; items: EmailItem[]; more?: string };

export interface EmailContent {
  title: string;
  preheader: string;
  blocks: EmailBlock[];
  footer: { lines: string[]; links?: Array<{ href: string; label: string }> };
}

export interface RenderedEmail {
  html: string;
  text: string;
}

/** Languages written right to left; none of Tandem's yet, but `dir` follows the language, not a constant. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi']);
export const directionOf = (language: string): 'ltr' | 'rtl' => (RIGHT_TO_LEFT.has(language.slice(0, 2)) ? 'rtl' : 'ltr');

const BRAND = 'Tandem';
const NAVY = '#12355b';
const FONT = 'font-family:Arial,Helvetica,sans-serif';
const BODY = `${FONT};color:#1a1a1a;font-size:15px;line-height:1.5`;
const LINK = 'color:#0b4f8a;text-decoration:underline';
const CHIP_COLOURS: Record<ChipTone, { fg: string; bg: string }> = {
  danger: { fg: '#8a1c1c', bg: '#fbe4e4' },
  warning: { fg: '#7a4b00', bg: '#fdf0d5' },
  ok: { fg: '#1d5e2e', bg: '#e2f3e6' },
  neutral: { fg: '#333333', bg: '#eceff3' },
};

const chip = (c: Chip): SafeHtml => {
  const { fg, bg } = CHIP_COLOURS[c.tone];
  return html`<span style="display:inline-block;margin:2px 4px 2px 0;padding:1px 8px;border-radius:10px;background:${bg};color:${fg};${FONT};font-size:12px;font-weight:bold;line-height:18px;white-space:nowrap">${c.label}</span>`;
};

/**
 * A button Outlook draws too: the cell carries the colour (`bgcolor`), the
 * link's borders make its padding (Outlook ignores padding on links), so the
 * whole coloured area is clickable in every client.
 */
export const button = (href: string, label: string): SafeHtml =>
  html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px"><tr><td align="center" bgcolor="${NAVY}" style="border-radius:4px;background:${NAVY}">${link(
    href,
    label,
    `display:inline-block;border-top:12px solid ${NAVY};border-bottom:12px solid ${NAVY};border-left:20px solid ${NAVY};border-right:20px solid ${NAVY};border-radius:4px;background:${NAVY};color:#ffffff;${FONT};font-size:16px;font-weight:bold;line-height:20px;text-decoration:none`,
  )}</td></tr></table>`;

const item = (i: EmailItem): SafeHtml => html`<tr><td style="padding:10px 0;border-top:1px solid #e3e3e3;${BODY};overflow-wrap:break-word;word-wrap:break-word">
<strong>${i.href ? link(i.href, i.title, LINK) : i.title}</strong>${i.chips?.length ? html`<br>${i.chips.map(chip)}` : ''}${(i.lines ?? []).map((x) => html`<br><span style="color:#444444">${x}</span>`)}
</td></tr>`;

function block(b: EmailBlock): SafeHtml {
  switch (b.kind) {
    case 'text':
      return html`<p style="margin:0 0 12px">${b.text}</p>`;
    case 'lead':
      return html`<p style="margin:0 0 16px;font-size:17px;font-weight:bold;color:${NAVY}">${b.text}</p>`;
    case 'callout':
      return html`<p style="margin:0 0 12px;padding:12px 16px;border-left:4px solid #b42318;background:#fdf2f2"><strong>${b.text}</strong></p>`;
    case 'button':
      return button(b.href, b.label);
    case 'section':
      return html`<h2 style="margin:16px 0 4px;${FONT};font-size:18px;line-height:1.3;color:${NAVY}">${b.heading}</h2>${b.intro ? html`<p style="margin:0 0 8px">${b.intro}</p>` : ''}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="table-layout:fixed">${b.items.map(item)}</table>${b.more ? html`<p style="margin:4px 0 12px;color:#444444">${b.more}</p>` : ''}`;
  }
}

/** Hidden everywhere but in the inbox's preview line; the padding keeps clients from pulling body text after it. */
const preheader = (text: string): SafeHtml =>
  html`<span style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;line-height:1px;color:#f2f4f7;max-height:0;max-width:0;opacity:0;overflow:hidden">${text}${'\u00a0\u200c'.repeat(40)}</span>`;

function renderHtml(language: string, e: EmailContent): string {
  const dir = directionOf(language);
  return html`<!doctype html>
<html lang="${language}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${e.title}</title></head>
<body style="margin:0;padding:0;background:#f2f4f7;-webkit-text-size-adjust:100%">
${preheader(e.preheader)}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f7" lang="${language}" dir="${dir}"><tr><td align="center" style="padding:16px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff">
<tr><td style="background:${NAVY};color:#ffffff;padding:14px 24px;${FONT};font-size:18px;font-weight:bold;letter-spacing:0.5px">${BRAND}</td></tr>
<tr><td style="padding:24px 24px 8px;${BODY}">
<h1 style="margin:0 0 16px;${FONT};font-size:22px;line-height:1.3;color:${NAVY}">${e.title}</h1>
${e.blocks.map(block)}
</td></tr>
<tr><td style="padding:16px 24px 24px;border-top:1px solid #e3e3e3;${FONT};font-size:13px;line-height:1.5;color:#555555">
${e.footer.lines.map((l) => html`<p style="margin:0 0 8px">${l}</p>`)}${e.footer.links?.length ? html`<p style="margin:0">${e.footer.links.map((l, i) => html`${i > 0 ? ' · ' : ''}${link(l.href, l.label, LINK)}`)}</p>` : ''}
</td></tr>
</table></td></tr></table>
</body></html>`.value;
}

const chipsText = (chips: Chip[] = []): string => (chips.length > 0 ? ` [${chips.map((c) => c.label).join(' · ')}]` : '');

/** "Label: address", through the catalog: French wants a no-break space before the colon. */
type LinkLine = (label: string, href: string) => string;

function blockText(b: EmailBlock, linkLine: LinkLine): string[] {
  switch (b.kind) {
    case 'text':
    case 'lead':
      return [b.text, ''];
    case 'callout':
      return [`>> ${b.text}`, ''];
    case 'button':
      return [linkLine(b.label, b.href), ''];
    case 'section':
      return [
        b.heading.toLocaleUpperCase(),
        '',
        ...(b.intro ? [b.intro, ''] : []),
        ...b.items.flatMap((i) => [`* ${i.title}${chipsText(i.chips)}`, ...(i.lines ?? []).map((x) => `  ${x}`), ...(i.href ? [`  ${i.href}`] : []), '']),
        ...(b.more ? [b.more, ''] : []),
      ];
  }
}

function renderText(e: EmailContent, linkLine: LinkLine): string {
  return [
    e.title, '',
    ...e.blocks.flatMap((b) => blockText(b, linkLine)),
    '--',
    ...e.footer.lines,
    ...(e.footer.links ?? []).map((l) => linkLine(l.label, l.href)),
    '',
  ].join('\n');
}

/** Both parts of an email in the translator's language (`lang`, `dir`, and the wording of link lines). */
export function renderEmail(translator: Translator, content: EmailContent): RenderedEmail {
  const linkLine: LinkLine = (label, href) => translator.t('emails.layout.linkLine', { label, href });
  return { html: renderHtml(translator.language, content), text: renderText(content, linkLine) };
}
