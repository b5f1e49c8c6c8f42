/**
 * Coordinators' consent panel on a case: pause publicity (one click, with a
 * reason and its basis), change visibility with its basis and named members, and the
 * consent ledger. A form that failed comes back with what was entered (the
 * ticked members, the level, the basis, the note), its messages beside the
 * fields and the focus on the first.
 */
import { CONSENT_BASES, VISIBILITIES, type DefenderCase } from '#shared/domain/case.ts';
import type { ConsentEntry } from '#shared/domain/consent.ts';
import type { Member } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { formErrors } from '../ui/form-fields.tsx';
import { useTranslator } from '../i18n/use-translator.ts';

interface FormState {
  values: Record<string, unknown>;
  errors: FieldError[];
}

interface Props {
  case: DefenderCase;
  ledger: ConsentEntry[];
  members: Member[];
  /** The visibility form as posted, when it failed. */
  consent?: FormState;
  /** The pause form as posted, when it failed: its fields have their own ids. */
  pause?: FormState;
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

export function ConsentPanel(props: Props) {
  const { t, list, dateTime, date } = useTranslator();
  const c = props.case;
  const names = new Map(props.members.map((m) => [m.id, m.name]));
  const named = c.namedMemberIds.map((id) => names.get(id) ?? t('caseSafety.consent.unknownMember'));
  return (
    <section aria-labelledby="consent-heading" class="panel">
      <h2 id="consent-heading">{t('caseSafety.consent.heading')}</h2>
      <p>{t('caseSafety.consent.now', { visibility: t(`vocabulary.visibility.${c.visibility}`) })}</p>
      {c.pausedAt && <p><strong class="badge wraps status-detained">{t('caseSafety.consent.pausedSince', { date: date(c.pausedAt) })}</strong></p>}
      {named.length > 0 && <p>{t('caseSafety.consent.named', { count: named.length, names: list(named) })}</p>}
      {!c.pausedAt && <PauseForm case={c} form={props.pause} />}
      <VisibilityForm case={c} members={props.members} form={props.consent} />
      <h3 id="ledger-heading">{t('caseSafety.ledger.heading')}</h3>
      <div class="table-wrap" role="region" aria-labelledby="ledger-heading" tabindex={0}>
        <table class="cases cards">
          <thead>
            <tr>
              <th scope="col">{t('caseSafety.ledger.when')}</th><th scope="col">{t('caseSafety.ledger.what')}</th>
              <th scope="col">{t('caseSafety.ledger.visibility')}</th><th scope="col">{t('caseSafety.ledger.basis')}</th>
              <th scope="col">{t('caseSafety.ledger.by')}</th><th scope="col">{t('caseSafety.ledger.note')}</th>
            </tr>
          </thead>
          <tbody>
            {[...props.ledger].reverse().map((e) => (
              <tr>
                <td data-label={t('caseSafety.ledger.when')}><time datetime={e.at}>{dateTime(e.at, { zoneName: true })}</time></td>
                <td data-label={t('caseSafety.ledger.what')}>{t(`vocabulary.consentEvent.${e.event}`)}</td>
                <td data-label={t('caseSafety.ledger.visibility')}>
                  {t('caseSafety.ledger.level', { visibility: t(`cases.visibilityName.${e.visibility}`), count: e.namedMemberIds.length })}
                </td>
                <td data-label={t('caseSafety.ledger.basis')}>{t(`vocabulary.consentBasis.${e.basis}`)}</td>
                <td data-label={t('caseSafety.ledger.by')}>{names.get(e.by) ?? t('caseSafety.ledger.unknownCoordinator')}</td>
                <td data-label={t('caseSafety.ledger.note')}>{e.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function PauseForm(props: { case: DefenderCase; form?: FormState }) {
  const { t } = useTranslator();
  const values = props.form?.values ?? {};
  const { fieldError, invalid } = formErrors(props.form?.errors, 'pause-', { order: ['reason', 'basis'] });
  return (
    <form method="post" action={`/cases/${props.case.id}/pause`} class="stack" novalidate>
      <div class="field">
        <label for="pause-reason">{t('caseSafety.pause.reason')}</label>
        <input id="pause-reason" name="reason" required maxlength={1000} value={textOf(values.reason)} {...invalid('reason')} />
        {fieldError('reason')}
      </div>
      <div class="field">
        <label for="pause-basis">{t('caseSafety.pause.basis')}</label>
        <select id="pause-basis" name="basis" required {...invalid('basis')}>
          <option value="">{t('caseSafety.pause.chooseBasis')}</option>
          {CONSENT_BASES.map((b) => <option value={b} selected={b === values.basis}>{t(`vocabulary.consentBasis.${b}`)}</option>)}
        </select>
        {fieldError('basis')}
      </div>
      <button type="submit" class="danger">{t('caseSafety.pause.submit')}</button>
    </form>
  );
}

function VisibilityForm(props: { case: DefenderCase; members: Member[]; form?: FormState }) {
  const { t } = useTranslator();
  const c = props.case;
  const posted = props.form?.values;
  // After an error the form shows what was posted, not what is stored.
  const visibility = posted ? textOf(posted.visibility) : c.visibility;
  const ticked: readonly unknown[] = posted ? (Array.isArray(posted.namedMemberIds) ? posted.namedMemberIds : []) : c.namedMemberIds;
  const order = ['visibility', 'namedMemberIds', 'basis', 'note'];
  const { fieldError, invalid, focus } = formErrors(props.form?.errors, 'vis-', { order });
  const candidates = props.members.filter((m) => m.role !== 'coordinator');
  return (
    <form method="post" action={`/cases/${c.id}/visibility`} class="stack" novalidate>
      <h3>{c.pausedAt ? t('caseSafety.visibilityForm.resumeHeading') : t('caseSafety.visibilityForm.changeHeading')}</h3>
      <input type="hidden" name="version" value={String(c.version)} />
      <fieldset class="field" {...invalid('visibility', { group: true })}>
        <legend>{t('caseSafety.visibilityForm.visibility')}</legend>
        {VISIBILITIES.map((v, i) => (
          <label class="radio">
            <input type="radio" name="visibility" value={v} checked={v === visibility} {...(i === 0 ? focus('visibility') : {})} />{' '}
            {t(`vocabulary.visibility.${v}`)}
          </label>
        ))}
        {fieldError('visibility')}
      </fieldset>
      <fieldset class="field" {...invalid('namedMemberIds', { group: true })}>
        <legend>{t('caseSafety.visibilityForm.named')}</legend>
        <div class="checks">
          {candidates.map((m, i) => (
            <label>
              <input type="checkbox" name="namedMemberIds" value={m.id} checked={ticked.includes(m.id)} {...(i === 0 ? focus('namedMemberIds') : {})} />{' '}
              {t('caseSafety.visibilityForm.member', { name: m.name, role: t(`vocabulary.role.${m.role}`) })}
            </label>
          ))}
        </div>
        {fieldError('namedMemberIds')}
      </fieldset>
      <div class="field">
        <label for="vis-basis">{t('caseSafety.visibilityForm.basis')}</label>
        <select id="vis-basis" name="basis" {...invalid('basis')}>
          <option value="">{t('caseSafety.visibilityForm.chooseBasis')}</option>
          {CONSENT_BASES.map((b) => <option value={b} selected={b === posted?.basis}>{t(`vocabulary.consentBasis.${b}`)}</option>)}
        </select>
        {fieldError('basis')}
      </div>
      <div class="field">
        <label for="vis-note">{t('caseSafety.visibilityForm.note')}</label>
        <input id="vis-note" name="note" maxlength={1000} value={textOf(posted?.note)} {...invalid('note')} />
        {fieldError('note')}
      </div>
      <button type="submit">{t('caseSafety.visibilityForm.submit')}</button>
    </form>
  );
}
