/** Risk statuses and timeline event types in the digest's languages (English comes from the domain labels). */
import { RISK_STATUS_LABELS, type RiskStatus } from '../domain/case.ts';
import { EVENT_TYPE_LABELS, type EventType } from '../domain/timeline.ts';
import type { DigestLanguage } from './preferences.ts';

const STATUS: Record<Exclude<DigestLanguage, 'en'>, Record<RiskStatus, string>> = {
  fr: {
    threatened: 'Menacé·e', attacked: 'Agressé·e', disappeared: 'Disparu·e', detained: 'Détenu·e', charged: 'Inculpé·e',
    on_trial: 'En procès', sentenced: 'Condamné·e', released: 'Libéré·e', acquitted: 'Acquitté·e', relocated: 'Relocalisé·e', killed: 'Tué·e',
  },
  es: {
    threatened: 'Amenazado/a', attacked: 'Agredido/a', disappeared: 'Desaparecido/a', detained: 'Detenido/a', charged: 'Imputado/a',
    on_trial: 'En juicio', sentenced: 'Condenado/a', released: 'Liberado/a', acquitted: 'Absuelto/a', relocated: 'Reubicado/a', killed: 'Asesinado/a',
  },
  ru: {
    threatened: 'Под угрозой', attacked: 'Подвергся(-лась) нападению', disappeared: 'Пропал(а) без вести', detained: 'Задержан(а)', charged: 'Обвиняется',
    on_trial: 'Под судом', sentenced: 'Осуждён(а)', released: 'Освобождён(а)', acquitted: 'Оправдан(а)', relocated: 'Переселён(а)', killed: 'Убит(а)',
  },
};

const EVENT: Record<Exclude<DigestLanguage, 'en'>, Record<EventType, string>> = {
  fr: {
    threat: 'Menace', attack: 'Agression', arrest: 'Arrestation', charge: 'Inculpation', hearing: 'Audience', verdict: 'Verdict',
    release: 'Libération', relocation: 'Relocalisation', update: 'Nouvelle', killed: 'Assassinat',
  },
  es: {
    threat: 'Amenaza', attack: 'Agresión', arrest: 'Detención', charge: 'Imputación', hearing: 'Audiencia', verdict: 'Sentencia',
    release: 'Liberación', relocation: 'Reubicación', update: 'Novedad', killed: 'Asesinato',
  },
  ru: {
    threat: 'Угроза', attack: 'Нападение', arrest: 'Арест', charge: 'Обвинение', hearing: 'Судебное заседание', verdict: 'Приговор',
    release: 'Освобождение', relocation: 'Переселение', update: 'Новость', killed: 'Убийство',
  },
};

export const statusLabel = (lang: DigestLanguage, s: RiskStatus): string => (lang === 'en' ? RISK_STATUS_LABELS[s] : STATUS[lang][s]);
export const eventLabel = (lang: DigestLanguage, t: EventType): string => (lang === 'en' ? EVENT_TYPE_LABELS[t] : EVENT[lang][t]);

export function countryIn(lang: DigestLanguage, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const dateIn = (lang: DigestLanguage, isoDate: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

