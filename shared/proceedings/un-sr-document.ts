/**
 * The draft communication to the UN Special Rapporteur on human rights defenders, as a DOCX the
 * coordinator edits before sending. Its six parts follow the information the special procedures ask
 * of a submission: the alleged victim, the alleged perpetrators, the facts (dates, place,
 * circumstances), the steps taken at national level and with other mechanisms, the victim's consent,
 * and who submits it. Written in the language the coordinator chose, from catalog messages.
 *
 * What it carries: the case's name, country, organisation, themes, statuses, summary and timeline, its
 * proceedings, and the consent-ledger entry in force. What it never carries: the sensitive fields
 * (contact details, exact location, legal notes, the defender's own account of the risk) and the risk
 * analysis, which live in partitions this draft does not read; the place is the country, and the
 * document says where the coordinator adds what the defender agrees to disclose.
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { DefenderCase } from '../domain/case.ts';
import type { ConsentEntry } from '../domain/consent.ts';
import type { TimelineEvent } from '../domain/timeline.ts';
import { eventTitle } from '../domain/timeline-title.ts';
import type { UiLanguage } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translator.ts';
import { STAGE_DATES, type Proceeding } from './proceeding.ts';

export interface UnSrDraft {
  case: DefenderCase;
  events: readonly TimelineEvent[];
  proceedings: readonly Proceeding[];
  consent?: ConsentEntry;
  submitter: { name: string; email: string };
  /** The day it was drafted, YYYY-MM-DD. */
  today: string;
}

/** Word's language tag per UI language (spelling and hyphenation in the editor). */
const WORD_LANGUAGE: Record<UiLanguage, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ru: 'ru-RU' };

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 } });
const line = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 80 } });
/** Guidance the coordinator replaces or deletes: in italics, so it stands out when editing. */
const guide = (text: string) => new Paragraph({ children: [new TextRun({ text, italics: true })], spacing: { after: 80 } });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

function victim(t: Translator, c: DefenderCase): Paragraph[] {
  return [
    heading(t.t('proceedings.unsr.doc.victim')),
    line(t.t('proceedings.unsr.doc.name', { name: c.defenderName })),
    line(t.t('proceedings.unsr.doc.country', { country: t.country(c.country) })),
    ...(c.organisation ? [line(t.t('proceedings.unsr.doc.organisation', { organisation: c.organisation }))] : []),
    line(t.t('proceedings.unsr.doc.themes', { themes: t.list(c.themes.map((x) => t.label(`vocabulary.theme.${x}`))) })),
    line(t.t('proceedings.unsr.doc.situation', { statuses: t.list(c.riskStatuses.map((s) => t.label(`vocabulary.riskStatus.${s}`))) })),
  ];
}

function facts(t: Translator, c: DefenderCase, events: readonly TimelineEvent[]): Paragraph[] {
  // Oldest first: the Special Rapporteur reads the facts as a chronology.
  const chronology = [...events].sort((a, b) => `${a.date}${a.createdAt}`.localeCompare(`${b.date}${b.createdAt}`));
  return [
    heading(t.t('proceedings.unsr.doc.facts')),
    ...c.summary.split(/\n+/).filter(Boolean).map(line),
    guide(t.t('proceedings.unsr.doc.place', { country: t.country(c.country) })),
    new Paragraph({ text: t.t('proceedings.unsr.doc.chronology'), heading: HeadingLevel.HEADING_2 }),
    ...(chronology.length === 0 ? [line(t.t('proceedings.unsr.doc.noEvents'))] : chronology.flatMap((e) => [
      bullet(t.t('caseSafety.timeline.entry', { date: t.date(e.date, 'long'), type: t.label(`vocabulary.eventType.${e.type}`), title: eventTitle(t, e) })),
      ...(e.description ? [new Paragraph({ text: e.description, indent: { left: 720 } })] : []),
    ])),
  ];
}

function remedies(t: Translator, proceedings: readonly Proceeding[]): Paragraph[] {
  const one = (p: Proceeding): Paragraph[] => [
    new Paragraph({ text: p.internationalBody === 'other' && p.otherBody ? p.otherBody : t.label(`proceedings.body.${p.internationalBody}`), heading: HeadingLevel.HEADING_2 }),
    ...(p.reference ? [line(t.t('proceedings.unsr.doc.reference', { reference: p.reference }))] : []),
    ...STAGE_DATES.flatMap((stage) => (p[stage] ? [bullet(t.t('proceedings.unsr.doc.stageLine', { stage: t.label(`proceedings.stage.${stage}`), date: t.date(p[stage]!, 'long') }))] : [])),
    ...(p.outcome ? [line(t.t('proceedings.section.outcome', { outcome: t.label(`proceedings.outcome.${p.outcome}`) }))] : []),
    ...(p.articles?.length ? [line(t.t('proceedings.section.articles', { articles: t.list(p.articles) }))] : []),
    ...(p.executionStatus ? [line(t.t('proceedings.section.execution', { status: t.label(`proceedings.execution.${p.executionStatus}`) }))] : []),
  ];
  return [
    heading(t.t('proceedings.unsr.doc.remedies')),
    ...(proceedings.length === 0 ? [line(t.t('proceedings.unsr.doc.noProceedings'))] : proceedings.flatMap(one)),
  ];
}

function consent(t: Translator, entry: ConsentEntry | undefined): Paragraph[] {
  return [
    heading(t.t('proceedings.unsr.doc.consent')),
    ...(entry ? [line(t.t('proceedings.unsr.doc.consentRecorded', {
      date: t.date(entry.at.slice(0, 10), 'long'), basis: t.label(`vocabulary.consentBasis.${entry.basis}`), visibility: t.label(`vocabulary.visibility.${entry.visibility}`),
    }))] : []),
    line(t.t('proceedings.unsr.doc.consentSubmission')),
    line(t.t('proceedings.unsr.doc.consentName')),
  ];
}

/** The DOCX's bytes. */
export async function unSrDocument(t: Translator, draft: UnSrDraft): Promise<Buffer> {
  const c = draft.case;
  const title = t.t('proceedings.unsr.doc.title');
  const document = new Document({
    title, creator: draft.submitter.name,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: WORD_LANGUAGE[t.language] } } } } },
    sections: [{
      children: [
        new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
        guide(t.t('proceedings.unsr.doc.draft', { date: t.date(draft.today, 'long') })),
        ...victim(t, c),
        heading(t.t('proceedings.unsr.doc.perpetrators')),
        guide(t.t('proceedings.unsr.doc.perpetratorsGuide')),
        ...facts(t, c, draft.events),
        ...remedies(t, draft.proceedings),
        ...consent(t, draft.consent),
        heading(t.t('proceedings.unsr.doc.submitter')),
        line(t.t('proceedings.unsr.doc.submitterLine', { name: draft.submitter.name, email: draft.submitter.email })),
      ],
    }],
  });
  return Packer.toBuffer(document);
}
