/**
 * A case's risk analysis (coordinators only; opening it is audited): the
 * level, the threat log, the vulnerabilities and capacities checklists with
 * notes, a summary, and the level's course. One form replaces the whole
 * analysis; on an error every value typed comes back beside its field.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { CREDIBILITY, RISK_LEVELS, THREAT_SOURCES, THREAT_TYPES, type RiskAssessment } from '#shared/risk/index.ts';
import { Layout } from '../ui/layout.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';
import { LevelChart } from './level-chart.tsx';
import { FACTOR_GROUPS, formValues, threatRows } from './risk-form-input.ts';

export interface RiskPageProps {
  viewer: Viewer;
  case: DefenderCase;
  assessment: RiskAssessment;
  assessed: boolean;
  now: Date;
  values?: Record<string, unknown>;
  errors?: FieldError[];
  notice?: string;
}

export function RiskPage(props: RiskPageProps) {
  const { t, dateTime } = useTranslator();
  const values = (props.values ?? (props.assessed ? formValues(props.assessment) : {})) as Record<string, string | undefined>;
  const rows = threatRows(values);
  const order = ['level', ...rows.flatMap((i) => ['type', 'source', 'date', 'credibility', 'note'].map((f) => `threats.${i}.${f}`)), 'summary'];
  const { fieldError: error, invalid, invalidGroup, focus } = formErrors(props.errors, '', { order });
  const title = t('risk.page.title', { name: props.case.defenderName });
  const select = (name: string, options: readonly string[], label: (o: string) => string) => (
    <select id={name} name={name} {...invalid(name)}>
      <option value="">{t('risk.threats.choose')}</option>
      {options.map((o) => <option value={o} selected={values[name] === o}>{label(o)}</option>)}
    </select>
  );
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${props.case.id}`}>{t('risk.page.back')}</a></p>
      <h1>{title}</h1>
      <p class="notice" role="note">{t('risk.page.warning')}</p>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      {!props.assessed && <p>{t('risk.page.notAssessed')}</p>}
      <section>
        <h2>{t('risk.history.title')}</h2>
        <LevelChart name={props.case.defenderName} history={props.assessment.levelHistory} now={props.now} />
      </section>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${props.case.id}/risk`} class="stack" novalidate autocomplete="off">
        <input type="hidden" name="version" value={String(props.assessment.version)} />
        <fieldset {...invalidGroup('level')}>
          <legend>{t('risk.level.legend')}</legend>
          {RISK_LEVELS.map((level, i) => (
            <label class="radio">
              <input type="radio" name="level" value={level} checked={values.level === level} {...(i === 0 ? focus('level') : {})} />
              {t(`risk.level.${level}`)}
            </label>
          ))}
          {error('level')}
        </fieldset>

        <fieldset>
          <legend>{t('risk.threats.title')}</legend>
          <p class="muted">{t('risk.threats.hint')}</p>
          {rows.map((i, n) => {
            const field = (f: string) => `threats.${i}.${f}`;
            const recorded = n < rows.length - 1;
            return (
              <fieldset class="threat">
                <legend>{recorded ? t('risk.threats.row', { number: n + 1 }) : t('risk.threats.new')}</legend>
                <div class="field"><label for={field('type')}>{t('risk.threats.type')}</label>{select(field('type'), THREAT_TYPES, (o) => t(`risk.threatType.${o as (typeof THREAT_TYPES)[number]}`))}{error(field('type'))}</div>
                <div class="field"><label for={field('source')}>{t('risk.threats.source')}</label>{select(field('source'), THREAT_SOURCES, (o) => t(`risk.source.${o as (typeof THREAT_SOURCES)[number]}`))}{error(field('source'))}</div>
                <div class="field"><label for={field('date')}>{t('risk.threats.date')}</label><input type="date" id={field('date')} name={field('date')} value={values[field('date')] ?? ''} {...invalid(field('date'))} />{error(field('date'))}</div>
                <div class="field"><label for={field('credibility')}>{t('risk.threats.credibility')}</label>{select(field('credibility'), CREDIBILITY, (o) => t(`risk.credibility.${o as (typeof CREDIBILITY)[number]}`))}{error(field('credibility'))}</div>
                <div class="field"><label for={field('note')}>{t('risk.threats.note')}</label><textarea id={field('note')} name={field('note')} rows={2} {...invalid(field('note'))}>{values[field('note')] ?? ''}</textarea>{error(field('note'))}</div>
                {recorded && <label class="radio"><input type="checkbox" name={field('remove')} checked={values[field('remove')] === 'on'} /> {t('risk.threats.remove')}</label>}
              </fieldset>
            );
          })}
        </fieldset>

        {FACTOR_GROUPS.map(({ part, prefix, factors }) => (
          <fieldset>
            <legend>{t(`risk.${part}.title`)}</legend>
            <p class="muted">{t('risk.factors.hint')}</p>
            {factors.map((f) => {
              const label = part === 'vulnerabilities' ? t(`risk.vulnerability.${f as never}`) : t(`risk.capacity.${f as never}`);
              const name = `${prefix}.${f}`;
              return (
                <div class="field">
                  <label class="radio"><input type="checkbox" name={name} checked={values[name] === 'on'} {...invalid(name)} /> {label}</label>
                  <label for={`${name}.note`} class="sr-only">{t('risk.factors.note', { factor: label })}</label>
                  <input type="text" id={`${name}.note`} name={`${name}.note`} value={values[`${name}.note`] ?? ''} {...invalid(`${name}.note`)} />
                  {error(name)}
                </div>
              );
            })}
          </fieldset>
        ))}

        <div class="field">
          <label for="summary">{t('risk.summary.label')}</label>
          <textarea id="summary" name="summary" rows={5} {...invalid('summary')}>{values.summary ?? ''}</textarea>
          {error('summary')}
        </div>
        <button type="submit">{t('risk.submit')}</button>
      </form>
      {props.assessment.updatedAt && <p class="muted">{t('risk.page.lastSaved', { when: dateTime(props.assessment.updatedAt, { zoneName: true }) })}</p>}
    </Layout>
  );
}
