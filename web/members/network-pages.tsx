/** Pages about the network: the public join form, coordinators' join requests and member list. */
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { THEMES } from '#shared/domain/case.ts';
import type { Member, Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { fieldMessage } from '#shared/i18n/field-message.ts';
import { JOIN_STATUSES, type JoinRequest, type JoinStatus } from '#shared/members/join-request.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

/** The join form's fields in page order: the first with an error takes the focus. */
const JOIN_FIELDS = ['name', 'email', 'role', 'institution', 'country', 'interests', 'message'] as const;

export function JoinPage(props: { viewer: Viewer; values?: Record<string, unknown>; errors?: FieldError[]; done?: boolean }) {
  const translator = useTranslator();
  const { t, country, language } = translator;
  const v = (props.values ?? {}) as Record<string, string | undefined>;
  const errors = (props.errors ?? []).map((e) => ({ ...e, message: fieldMessage(translator, e) }));
  const { fieldError: error, invalid } = formErrors(errors);
  const first = JOIN_FIELDS.find((field) => errors.some((e) => e.path === field || e.path.startsWith(`${field}.`)));
  const interests = (props.values?.interests ?? {}) as { countries?: string[]; themes?: string[] };
  const chosenCountries = interests.countries ?? [];
  const chosenThemes = interests.themes ?? [];
  const focus = (field: (typeof JOIN_FIELDS)[number]) => (first === field ? { autofocus: true } : {});
  if (props.done) {
    return (
      <Layout title={t('members.join.done.title')} viewer={props.viewer}>
        <h1>{t('members.join.done.title')}</h1>
        <p role="status">{t('members.join.accepted')}</p>
      </Layout>
    );
  }
  const collator = new Intl.Collator(language);
  const countries = [...COUNTRY_CODES].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <Layout title={t('members.join.title')} viewer={props.viewer}>
      <h1>{t('members.join.title')}</h1>
      <p>{t('members.join.intro')}</p>
      <form method="post" action="/join" class="stack" novalidate>
        <div class="field">
          <label for="name">{t('members.join.name')}</label>
          <input id="name" name="name" autocomplete="name" maxlength={120} value={v.name ?? ''} {...invalid('name')} {...focus('name')} />
          {error('name')}
        </div>
        <div class="field">
          <label for="email">{t('members.join.email')}</label>
          <input id="email" name="email" type="email" autocomplete="email" value={v.email ?? ''} {...invalid('email')} {...focus('email')} />
          {error('email')}
        </div>
        <fieldset class="field" {...invalid('role')}>
          <legend>{t('members.join.role')}</legend>
          <label class="radio"><input type="radio" name="role" value="mp" checked={v.role !== 'diplomat'} {...focus('role')} /> {t('members.join.role.mp')}</label>
          <label class="radio"><input type="radio" name="role" value="diplomat" checked={v.role === 'diplomat'} /> {t('members.join.role.diplomat')}</label>
          {error('role')}
        </fieldset>
        <div class="field">
          <label for="institution">{t('members.join.institution')}</label>
          <input id="institution" name="institution" maxlength={160} value={v.institution ?? ''} {...invalid('institution')} {...focus('institution')} />
          {error('institution')}
        </div>
        <div class="field">
          <label for="country">{t('members.join.country')}</label>
          <select id="country" name="country" {...invalid('country')} {...focus('country')}>
            <option value="">{t('members.join.chooseCountry')}</option>
            {countries.map((c) => <option value={c.code} selected={c.code === v.country}>{c.name}</option>)}
          </select>
          {error('country')}
        </div>
        <div class="field">
          <label for="interestCountries">{t('members.join.interestCountries')}</label>
          <p id="interestCountries-hint" class="hint">{t('members.join.interests.hint')}</p>
          <select id="interestCountries" name="interestCountries" multiple size={5} aria-describedby="interestCountries-hint" {...invalid('interests.countries')} {...focus('interests')}>
            {countries.map((c) => <option value={c.code} selected={chosenCountries.includes(c.code)}>{c.name}</option>)}
          </select>
          {error('interests.countries')}
        </div>
        <fieldset class="field">
          <legend>{t('members.join.interestThemes')}</legend>
          {THEMES.map((th) => (
            <label class="checkbox"><input type="checkbox" name="interestThemes" value={th} checked={chosenThemes.includes(th)} /> {t(`vocabulary.theme.${th}`)}</label>
          ))}
          {error('interests.themes')}
        </fieldset>
        <div class="field">
          <label for="message">{t('members.join.message')}</label>
          <textarea id="message" name="message" rows={3} maxlength={1000} {...invalid('message')} {...focus('message')}>{v.message ?? ''}</textarea>
          {error('message')}
        </div>
        <button type="submit">{t('members.join.submit')}</button>
      </form>
    </Layout>
  );
}

export function JoinRequestsPage(props: {
  viewer: Viewer; requests: JoinRequest[]; status: JoinStatus;
  /** A refused rejection: the request it was for, what was typed and why it was refused. */
  refused?: { id: string; reason: string; errors: FieldError[] };
}) {
  const { t, country, dateTime } = useTranslator();
  return (
    <Layout title={t('members.requests.title')} viewer={props.viewer}>
      <h1>{t('members.requests.title')}</h1>
      <nav aria-label={t('members.requests.filter')}>
        <ul class="actions" role="list">
          {JOIN_STATUSES.map((s) => (
            <li>{s === props.status
              ? <strong aria-current="page">{t(`members.requests.status.${s}`)}</strong>
              : <a href={`/join-requests?status=${s}`}>{t(`members.requests.status.${s}`)}</a>}</li>
          ))}
        </ul>
      </nav>
      {props.requests.length === 0 && <p class="empty">{t(`members.requests.empty.${props.status}`)}</p>}
      {props.requests.map((r) => (
        <article class="panel">
          <h2>{r.name}</h2>
          <p>{[t(`vocabulary.role.${r.role}`), r.institution, country(r.country), r.email].join(' · ')}</p>
          {r.message && <p class="muted">{r.message}</p>}
          <p class="muted">{t('members.requests.received', { date: dateTime(r.createdAt, { zoneName: true }) })}</p>
          {r.outcome === 'already_member' && <p class="muted">{t('members.requests.alreadyMember')}</p>}
          {r.status === 'pending' && (
            <div class="actions">
              <form method="post" action={`/join-requests/${r.id}/approve`}>
                <button type="submit" aria-label={t('members.requests.approve.label', { name: r.name })}>{t('members.requests.approve')}</button>
              </form>
              <RejectForm request={r} refused={props.refused?.id === r.id ? props.refused : undefined} />
            </div>
          )}
        </article>
      ))}
    </Layout>
  );
}

/** Rejecting asks for the reason the applicant will read; an error shows beside it, with what was typed. */
function RejectForm(props: { request: JoinRequest; refused?: { reason: string; errors: FieldError[] } }) {
  const { t } = useTranslator();
  const prefix = `reject-${props.request.id}-`;
  const { fieldError, invalid } = formErrors(props.refused?.errors ?? [], prefix);
  return (
    <form method="post" action={`/join-requests/${props.request.id}/reject`} class="stack" novalidate>
      <div class="field">
        <label for={`${prefix}reason`}>{t('members.requests.reason')}</label>
        <p id={`${prefix}reason-hint`} class="hint">{t('members.requests.reason.hint')}</p>
        <textarea id={`${prefix}reason`} name="reason" rows={2} maxlength={500} required aria-describedby={`${prefix}reason-hint`} {...invalid('reason')}>{props.refused?.reason ?? ''}</textarea>
        {fieldError('reason')}
      </div>
      <button type="submit" class="secondary" aria-label={t('members.requests.reject.label', { name: props.request.name })}>{t('members.requests.reject')}</button>
    </form>
  );
}

export function MembersPage(props: { viewer: Viewer; members: Member[]; inactive: Member[] }) {
  const { t } = useTranslator();
  return (
    <Layout title={t('members.list.title')} viewer={props.viewer}>
      <h1>{t('members.list.title')}</h1>
      <MembersTable members={props.members} label={t('members.list.title')} />
      {props.inactive.length > 0 && (
        <>
          <h2>{t('members.list.inactive')}</h2>
          <MembersTable members={props.inactive} label={t('members.list.inactive')} />
        </>
      )}
    </Layout>
  );
}

function MembersTable(props: { members: Member[]; label: string }) {
  const { t, country } = useTranslator();
  return (
    <div class="table-wrap" role="region" aria-label={props.label} tabindex={0}>
      <table class="cases">
        <thead>
          <tr>
            <th scope="col">{t('members.list.name')}</th><th scope="col">{t('members.list.role')}</th>
            <th scope="col">{t('members.list.institution')}</th><th scope="col">{t('members.list.country')}</th><th scope="col">{t('members.list.audit')}</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr>
              <th scope="row"><a href={`/members/${m.id}`} aria-label={t('members.list.open.label', { name: m.name })}>{m.name}</a></th>
              <td>{t(`vocabulary.role.${m.role}`)}</td>
              <td>{m.parliament ?? m.mission ?? ''}</td>
              <td>{m.country ? country(m.country) : ''}</td>
              <td><a href={`/members/${m.id}/audit`} aria-label={t('members.list.auditLink.label', { name: m.name })}>{t('members.list.auditLink')}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
