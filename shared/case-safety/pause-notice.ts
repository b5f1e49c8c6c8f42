/**
 * The private notice sent when publicity is paused: stop public action now,
 * in the recipient's language (their digest language, as digests choose it).
 * It names the case only by the defender's name as members know it, and
 * carries no reason (the reason may itself be sensitive; it stays in the
 * consent ledger). The link opens the case page, which recipients keep while
 * the case is paused (`pausedFollowerIds`). The same guidance is the banner
 * on that page.
 */
import type { DigestLanguage } from '../digests/index.ts';
import { escapeHtml } from '../mail/html.ts';
import type { OutgoingEmail } from '../ports/mailer.ts';

export interface PauseNoticeMessages {
  subject: (name: string) => string;
  heading: (name: string) => string;
  stop: string;
  detail: string;
  risk: string;
  link: string;
  doNotForward: string;
}

export const PAUSE_NOTICE_MESSAGES: Record<DigestLanguage, PauseNoticeMessages> = {
  en: {
    subject: (n) => `Private: pause public action on ${n}`,
    heading: (n) => `Private notice about ${n}`,
    stop: 'Please stop all public action on this case now',
    detail: 'no statements, posts, public questions or visible visits until the coordinators tell you otherwise.',
    risk: 'Publicity may put the defender at risk at this moment. Private, confidential steps remain possible after checking with the coordinators.',
    link: 'The case in Tandem',
    doNotForward: 'Do not forward this message.',
  },
  fr: {
    subject: (n) => `Confidentiel : suspendez toute action publique pour ${n}`,
    heading: (n) => `Avis confidentiel concernant ${n}`,
    stop: 'Veuillez cesser dès maintenant toute action publique sur ce dossier',
    detail: 'ni déclaration, ni publication, ni question publique, ni visite visible tant que les coordinateurs ne vous ont pas dit le contraire.',
    risk: 'La publicité peut mettre le défenseur en danger en ce moment. Des démarches privées et confidentielles restent possibles après accord des coordinateurs.',
    link: 'Le dossier dans Tandem',
    doNotForward: 'Ne transférez pas ce message.',
  },
  es: {
    subject: (n) => `Confidencial: suspenda toda acción pública sobre ${n}`,
    heading: (n) => `Aviso confidencial sobre ${n}`,
    stop: 'Le rogamos que suspenda ahora toda acción pública sobre este caso',
    detail: 'ni declaraciones, ni publicaciones, ni preguntas públicas, ni visitas visibles hasta que los coordinadores le indiquen lo contrario.',
    risk: 'La publicidad puede poner en riesgo al defensor en este momento. Siguen siendo posibles gestiones privadas y confidenciales tras consultar con los coordinadores.',
    link: 'El caso en Tandem',
    doNotForward: 'No reenvíe este mensaje.',
  },
  ru: {
    subject: (n) => `Конфиденциально: приостановите публичные действия по делу ${n}`,
    heading: (n) => `Конфиденциальное уведомление о деле ${n}`,
    stop: 'Пожалуйста, немедленно прекратите все публичные действия по этому делу',
    detail: 'никаких заявлений, публикаций, публичных вопросов и заметных визитов, пока координаторы не сообщат иное.',
    risk: 'Огласка сейчас может подвергнуть правозащитника опасности. Частные, конфиденциальные шаги остаются возможными после согласования с координаторами.',
    link: 'Дело в Tandem',
    doNotForward: 'Не пересылайте это сообщение.',
  },
};

export function pauseNoticeEmail(to: string, defenderName: string, caseUrl: string, language: DigestLanguage = 'en'): OutgoingEmail {
  const m = PAUSE_NOTICE_MESSAGES[language];
  const text = [m.heading(defenderName), '', `${m.stop}: ${m.detail}`, m.risk, '', `${m.link}: ${caseUrl}`, '', m.doNotForward].join('\n');
  const html = `<!doctype html><html lang="${language}"><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<p style="font-size:18px"><strong>${escapeHtml(m.heading(defenderName))}</strong></p>
<p><strong>${escapeHtml(m.stop)}</strong>: ${escapeHtml(m.detail)}</p>
<p>${escapeHtml(m.risk)}</p>
<p><a href="${escapeHtml(caseUrl)}" style="color:#0b5394">${escapeHtml(m.link)}</a></p>
<p style="color:#555">${escapeHtml(m.doNotForward)}</p>
</body></html>`;
  return {
    to, subject: m.subject(defenderName), text, html,
    headers: { Sensitivity: 'Private', 'Content-Language': language },
  };
}
