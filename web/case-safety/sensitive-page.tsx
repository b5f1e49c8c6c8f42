/** Sensitive fields of a case: shown and edited by coordinators only; opening this page is audited. */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { SENSITIVE_FIELDS, type SensitiveFields } from '#shared/domain/sensitive.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { Layout } from '../ui/layout.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function SensitivePage(props: { viewer: Viewer; case: DefenderCase; fields: SensitiveFields; values?: Record<string, unknown>; errors?: FieldError[]; notice?: string }) {
  const { t, dateTime } = useTranslator();
  const values = (props.values ?? props.fields) as Record<string, string | undefined>;
  const { fieldError: error, invalid } = formErrors(props.errors, '', { order: SENSITIVE_FIELDS });
  const title = t('caseSafety.sensitive.title', { name: props.case.defenderName });
  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${props.case.id}`}>{t('caseSafety.sensitive.back')}</a></p>
      <h1>{title}</h1>
      <p class="notice" role="note">{t('caseSafety.sensitive.warning')}</p>
      {props.fields.sourceReport && (
        <p id="source-report">
          <a href={`/reports/${props.fields.sourceReport.reportId}`}>{t('caseSafety.sensitive.sourceReport', { reference: props.fields.sourceReport.reference })}</a>
        </p>
      )}
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${props.case.id}/sensitive`} class="stack" novalidate autocomplete="off">
        <input type="hidden" name="version" value={String(props.fields.version)} />
        {SENSITIVE_FIELDS.map((f) => (
          <div class="field">
            <label for={f}>{t(`vocabulary.sensitiveField.${f}`)}</label>
            <textarea id={f} name={f} rows={4} {...invalid(f)}>{values[f] ?? ''}</textarea>
            {error(f)}
          </div>
        ))}
        <button type="submit">{t('caseSafety.sensitive.submit')}</button>
      </form>
      {props.fields.updatedAt && (
        <p class="muted">{t('caseSafety.sensitive.lastSaved', { when: dateTime(props.fields.updatedAt, { zoneName: true }) })}</p>
      )}
    </Layout>
  );
}
