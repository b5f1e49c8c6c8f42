/** One report for a coordinator: what was reported, how to reach the reporter, and the triage form (status and note). */
import type { Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { NEXT_STATUSES, TRIAGE_STATUSES, type Report, type ReportContact } from '#shared/intake/index.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

function Contact(props: { contact?: ReportContact }) {
  const { t } = useTranslator();
  const c = props.contact;
  if (!c) return <p id="report-contact">{t('intake.detail.anonymous')}</p>;
  return (
    <dl id="report-contact">
      {c.reporterName && <><dt>{t('intake.detail.reporterName')}</dt><dd>{c.reporterName}</dd></>}
      {c.email && <><dt>{t('intake.detail.email')}</dt><dd>{c.email}</dd></>}
      {c.other && <><dt>{t('intake.detail.other')}</dt><dd>{c.other}</dd></>}
    </dl>
  );
}

/** A size as people read it on a download link: kilobytes, rounded up, in the page's number format. */
const kilobytes = (number: (n: number) => string, bytes: number) => number(Math.max(1, Math.ceil(bytes / 1024)));

/** The files an email brought: download links for the kept ones, the others named with why they were not kept. */
function Attachments(props: { report: Report }) {
  const { t, number } = useTranslator();
  const { id, attachments = [], refusedAttachments = [] } = props.report;
  if (attachments.length === 0 && refusedAttachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('intake.detail.attachments')}</h2>
      {attachments.length > 0 && (
        <>
          <p class="muted">{t('intake.detail.attachments.safety')}</p>
          <ul id="report-attachments">
            {attachments.map((a) => (
              <li><a href={`/api/reports/${id}/attachments/${a.id}`} download={a.filename}>
                {t('intake.detail.attachment.link', { filename: a.filename, kilobytes: kilobytes(number, a.size) })}
              </a></li>
            ))}
          </ul>
        </>
      )}
      {refusedAttachments.length > 0 && (
        <>
          <h3>{t('intake.detail.refused')}</h3>
          <ul id="report-refused-attachments">
            {refusedAttachments.map((a) => (
              <li>{t('intake.detail.refused.item', { filename: a.filename, kilobytes: kilobytes(number, a.size), reason: t(`intake.refusal.${a.reason}`) })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function TriageForm(props: { report: Report; values?: Record<string, unknown>; errors?: FieldError[] }) {
  const { t } = useTranslator();
  const { report } = props;
  const v = (props.values ?? {}) as Record<string, string | undefined>;
  const { fieldError: error, invalid, invalidGroup, focus, summary } = formErrors(props.errors, 'triage-', { order: ['status', 'caseId', 'note'] });
  const steps = TRIAGE_STATUSES.filter((s) => NEXT_STATUSES[report.status].includes(s));
  const convertible = NEXT_STATUSES[report.status].includes('converted');
  if (steps.length === 0) return <p id="triage-decided">{t('intake.triageForm.decided', { status: t(`intake.status.${report.status}`) })}</p>;
  return (
    <section aria-labelledby="triage-title">
      <h2 id="triage-title">{t('intake.triageForm.title')}</h2>
      {convertible && <p><a id="convert-report" href={`/reports/${report.id}/case`}>{t('intake.detail.convert')}</a></p>}
      {summary()}
      <form method="post" action={`/reports/${report.id}/triage`} class="stack" novalidate>
        <input type="hidden" name="version" value={String(report.version)} />
        <fieldset class="field" {...invalidGroup('status')}>
          <legend>{t('intake.triageForm.status')}</legend>
          {steps.map((s, i) => (
            <label class="radio"><input type="radio" name="status" value={s} checked={v.status === s} {...(i === 0 ? focus('status') : {})} /> {t(`intake.status.${s}`)}</label>
          ))}
          {error('status')}
        </fieldset>
        <div class="field">
          <label for="triage-caseId">{t('intake.triageForm.caseId')}</label>
          <input id="triage-caseId" name="caseId" value={v.caseId ?? ''} {...invalid('caseId')} />
          {error('caseId')}
        </div>
        <div class="field">
          <label for="triage-note">{t('intake.triageForm.note')}</label>
          <textarea id="triage-note" name="note" rows={3} maxlength={1000} {...invalid('note')}>{v.note ?? ''}</textarea>
          {error('note')}
        </div>
        <button type="submit">{t('intake.triageForm.submit')}</button>
      </form>
    </section>
  );
}

export function ReportDetailPage(props: { viewer: Viewer; report: Report; contact?: ReportContact; values?: Record<string, unknown>; errors?: FieldError[] }) {
  const { t, country, date, dateTime } = useTranslator();
  const { report: r } = props;
  const place = [r.region, r.country ? country(r.country) : undefined].filter(Boolean).join(', ');
  return (
    <Layout title={t('intake.detail.title', { reference: r.reference })} viewer={props.viewer}>
      <p><a href="/reports">{t('intake.detail.back')}</a></p>
      <h1>{t('intake.detail.title', { reference: r.reference })}</h1>
      <dl class="panel" id="report-fields">
        <dt>{t('intake.triage.status')}</dt><dd id="report-status">{t(`intake.status.${r.status}`)}</dd>
        <dt>{t('intake.detail.source')}</dt><dd>{t(`intake.source.${r.source}`)}</dd>
        <dt>{t('intake.detail.received')}</dt><dd><time datetime={r.receivedAt}>{dateTime(r.receivedAt, { zoneName: true })}</time></dd>
        <dt>{t('intake.detail.danger')}</dt><dd>{t(`intake.danger.${r.immediateDanger}`)}</dd>
        {r.happenedOn && <><dt>{t('intake.detail.happenedOn')}</dt><dd><time datetime={r.happenedOn}>{date(r.happenedOn)}</time></dd></>}
        {place && <><dt>{t('intake.detail.place')}</dt><dd>{place}</dd></>}
        {r.atRisk && <><dt>{t('intake.detail.atRisk')}</dt><dd>{r.atRisk}</dd></>}
        {r.organisation && <><dt>{t('intake.detail.organisation')}</dt><dd>{r.organisation}</dd></>}
        <dt>{t('intake.detail.mayShareWithNetwork')}</dt><dd>{t(`intake.consent.${r.mayShareWithNetwork}`)}</dd>
        <dt>{t('intake.detail.mayPublish')}</dt><dd>{t(`intake.consent.${r.mayPublish}`)}</dd>
        {r.note && <><dt>{t('intake.detail.note')}</dt><dd>{r.note}</dd></>}
        {r.caseId && <><dt>{t('intake.detail.case')}</dt><dd><a href={`/cases/${r.caseId}`}>{r.caseId}</a></dd></>}
      </dl>
      <h2>{t('intake.detail.whatHappened')}</h2>
      <div id="report-text">{r.whatHappened.split(/\n+/).map((line) => <p>{line}</p>)}</div>
      <Attachments report={r} />
      <h2>{t('intake.detail.contact')}</h2>
      <Contact contact={props.contact} />
      <TriageForm report={r} values={props.values} errors={props.errors} />
    </Layout>
  );
}
