/**
 * Coordinators' control on a case not consented as public: clear MPs'
 * public action (public statements, social media, actions logged as public)
 * after consulting the defender, or withdraw that clearance. Recorded in the
 * consent ledger with its basis; a change of visibility ends it.
 */
import { CONSENT_BASES, type DefenderCase } from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { publicActionAllowed } from '#shared/pledges/index.ts';
import { formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

export function PublicActionClearancePanel(props: { case: DefenderCase; form?: { values: Record<string, unknown>; errors: FieldError[] } }) {
  const { t } = useTranslator();
  const c = props.case;
  if (c.visibility === 'public') return null;
  const cleared = c.publicActionClearedAt !== undefined;
  const visibility = t(`cases.visibilityName.${c.visibility}`);
  const status = c.pausedAt
    ? t('caseSafety.clearance.paused')
    : publicActionAllowed(c) ? t('caseSafety.clearance.cleared', { visibility }) : t('caseSafety.clearance.notConsented', { visibility });
  const values = props.form?.values ?? {};
  const { fieldError, invalid } = formErrors(props.form?.errors, 'clearance-', { order: ['basis', 'note'] });
  return (
    <section aria-labelledby="clearance-heading" class="panel">
      <h2 id="clearance-heading">{t('caseSafety.clearance.heading')}</h2>
      <p>{status}</p>
      {c.pausedAt && !cleared ? null : (
        <form method="post" action={`/cases/${c.id}/public-action-clearance`} class="stack" novalidate>
          <input type="hidden" name="version" value={String(c.version)} />
          <input type="hidden" name="cleared" value={cleared ? 'false' : 'true'} />
          <div class="field">
            <label for="clearance-basis">{t('caseSafety.clearance.basis')}</label>
            <select id="clearance-basis" name="basis" {...invalid('basis')}>
              {CONSENT_BASES.map((b) => <option value={b} selected={b === values.basis}>{t(`vocabulary.consentBasis.${b}`)}</option>)}
            </select>
            {fieldError('basis')}
          </div>
          <div class="field">
            <label for="clearance-note">{t('caseSafety.clearance.note')}</label>
            <input id="clearance-note" name="note" maxlength={1000} value={typeof values.note === 'string' ? values.note : ''} {...invalid('note')} />
            {fieldError('note')}
          </div>
          <button type="submit">{cleared ? t('caseSafety.clearance.withdraw') : t('caseSafety.clearance.clear')}</button>
        </form>
      )}
    </section>
  );
}
