/**
 * The digest's fixed strings in each language. Case content (names, titles,
 * courts) stays as coordinators wrote it; vocabularies (risk statuses,
 * event types) are translated in `vocabulary.ts`, country names come from
 * `Intl.DisplayNames`.
 */
import type { DigestLanguage } from './preferences.ts';

export interface DigestMessages {
  subject: (week: string) => string;
  greeting: (name: string) => string;
  intro: (from: string, to: string) => string;
  updates: string;
  requests: string;
  overdue: string;
  due: (date: string) => string;
  hearings: string;
  newCases: string;
  /** The member's own actions verified in the week (issue 11's notifications, when kept for the digest). */
  verified: string;
  gaps: string;
  unadopted: (count: number) => string;
  andMore: (count: number) => string;
  openCase: string;
  why: string;
  doNotForward: string;
  settings: string;
  unsubscribe: string;
}

export const MESSAGES: Record<DigestLanguage, DigestMessages> = {
  en: {
    subject: (w) => `Tandem weekly digest · ${w}`,
    greeting: (n) => `Hello ${n},`,
    intro: (f, t) => `What happened in the network from ${f} to ${t}, and the hearings of the next two weeks.`,
    updates: 'Updates on your cases',
    requests: 'Action requests for your posting',
    overdue: 'Overdue',
    due: (d) => `due ${d}`,
    hearings: 'Hearings in the next 14 days',
    newCases: 'New cases matching your interests',
    verified: 'Your actions verified by a coordinator',
    gaps: 'Gap summary',
    unadopted: (c) => `${c} active ${c === 1 ? 'case has' : 'cases have'} no adopter yet.`,
    andMore: (c) => `…and ${c} more.`,
    openCase: 'Open the case',
    why: 'You receive this weekly digest as a member of the Tandem network.',
    doNotForward: 'It names defenders at risk: do not forward it outside the network.',
    settings: 'Change your digest settings',
    unsubscribe: 'Unsubscribe from the weekly digest',
  },
  fr: {
    subject: (w) => `Tandem : synthèse hebdomadaire · ${w}`,
    greeting: (n) => `Bonjour ${n},`,
    intro: (f, t) => `Ce qui s'est passé dans le réseau du ${f} au ${t}, et les audiences des deux prochaines semaines.`,
    updates: 'Nouvelles de vos dossiers',
    requests: "Demandes d'action pour votre poste",
    overdue: 'En retard',
    due: (d) => `échéance ${d}`,
    hearings: 'Audiences des 14 prochains jours',
    newCases: 'Nouveaux dossiers correspondant à vos centres d’intérêt',
    verified: 'Vos actions vérifiées par la coordination',
    gaps: 'Lacunes à combler',
    unadopted: (c) => `${c} ${c === 1 ? 'dossier actif n’a' : 'dossiers actifs n’ont'} encore aucun parrain.`,
    andMore: (c) => `…et ${c} de plus.`,
    openCase: 'Ouvrir le dossier',
    why: 'Vous recevez cette synthèse hebdomadaire en tant que membre du réseau Tandem.',
    doNotForward: 'Elle nomme des défenseurs en danger : ne la transférez pas hors du réseau.',
    settings: 'Modifier vos préférences',
    unsubscribe: 'Se désabonner de la synthèse hebdomadaire',
  },
  es: {
    subject: (w) => `Tandem: resumen semanal · ${w}`,
    greeting: (n) => `Hola, ${n}:`,
    intro: (f, t) => `Lo que ocurrió en la red del ${f} al ${t}, y las audiencias de las próximas dos semanas.`,
    updates: 'Novedades de sus casos',
    requests: 'Solicitudes de acción para su destino',
    overdue: 'Vencida',
    due: (d) => `vence el ${d}`,
    hearings: 'Audiencias en los próximos 14 días',
    newCases: 'Casos nuevos que coinciden con sus intereses',
    verified: 'Sus acciones verificadas por la coordinación',
    gaps: 'Resumen de carencias',
    unadopted: (c) => `${c} ${c === 1 ? 'caso activo aún no tiene' : 'casos activos aún no tienen'} padrino.`,
    andMore: (c) => `…y ${c} más.`,
    openCase: 'Abrir el caso',
    why: 'Recibe este resumen semanal como miembro de la red Tandem.',
    doNotForward: 'Nombra a defensores en riesgo: no lo reenvíe fuera de la red.',
    settings: 'Cambiar sus preferencias',
    unsubscribe: 'Darse de baja del resumen semanal',
  },
};
