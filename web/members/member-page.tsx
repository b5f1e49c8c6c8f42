/**
 * A member's page, for coordinators: their details, the edit form (errors
 * beside the fields, everything entered kept), their pledges and logged
 * actions, and the latest lines of their audit trail.
 */
import type { AuditPage } from '#shared/case-safety/audit-log.ts';
import { THEMES } from '#shared/domain/case.ts';
import { COUNTRY_CODES } from '#shared/domain/countries.ts';
import { ROLES, type Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { MemberDetail } from '#shared/members/manage-members.ts';
import type { MemberAdoptions } from '#shared/pledges/pledge-store.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { formErrors } from '../ui/form-fields.tsx';
import { Layout } from '../ui/layout.tsx';

/** The form's fields in page order: the first with an error takes the focus. */
const FIELDS = ['name', 'role', 'parliament', 'party', 'committees', 'country', 'mission', 'interests', 'active'] as const;

/** What the form shows: the member, or what the coordinator typed when the save was refused. */
export interface MemberFormValues {
  name: string; role: string; parliament: string; party: string; committees: string; country: string; mission: string;
  countries: string[]; themes: string[]; active: boolean; version: number;
}

export const formValuesOf = (m: MemberDetail): MemberFormValues => ({
  name: m.name, role: m.role, parliament: m.parliament ?? '', party: m.party ?? '', committees: m.committees.join('\n'),
  country: m.country ?? '', mission: m.mission ?? '', countries: m.interests.countries, themes: m.interests.themes, active: m.active, version: m.version,
});

export interface MemberPageProps {
  viewer: Viewer;
  member: MemberDetail;
  values?: MemberFormValues;
  errors?: FieldError[];
  saved?: boolean;
  adoptions: MemberAdoptions;
  caseNames: ReadonlyMap<string, string>;
  audit: AuditPage;
}

export function MemberPage(props: MemberPageProps) {
  const { t, country, date, dateTime, has, label, language } = useTranslator();
  const m = props.member;
  const v = props.values ?? formValuesOf(m);
  const { fieldError, invalid, invalidGroup } = formErrors(props.errors ?? [], '', { order: FIELDS });
  const collator = new Intl.Collator(language);
  const countries = [...COUNTRY_CODES].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  const none = t('members.member.none');
  const caseName = (id: string) => props.caseNames.get(id) ?? id;
  return (
    <Layout title={m.name} viewer={props.viewer}>
      <p><a href="/members">{t('caseSafety.audit.backToMembers')}</a></p>
      <h1>{m.name}</h1>
      <p role="status">{m.active ? t('members.member.status.active') : t('members.member.status.inactive', { date: date(m.deactivatedAt ?? m.createdAt) })}</p>
      {props.saved && <p role="status" class="notice">{t('members.member.saved')}</p>}

      <h2>{t('members.member.details')}</h2>
      <dl class="facts">
        <dt>{t('members.member.email')}</dt><dd>{m.email}</dd>
        <dt>{t('members.member.role')}</dt><dd>{t(`vocabulary.role.${m.role}`)}</dd>
        <dt>{t('members.member.parliament')}</dt><dd>{m.parliament ?? none}</dd>
        <dt>{t('members.member.party')}</dt><dd>{m.party ?? none}</dd>
        <dt>{t('members.member.committees')}</dt><dd>{m.committees.length ? m.committees.join(', ') : none}</dd>
        <dt>{t('members.list.country')}</dt><dd>{m.country ? country(m.country) : none}</dd>
        <dt>{t('members.member.mission')}</dt><dd>{m.mission ?? none}</dd>
        <dt>{t('members.member.interestCountries')}</dt><dd>{m.interests.countries.length ? m.interests.countries.map((c) => country(c)).join(', ') : none}</dd>
        <dt>{t('members.member.interestThemes')}</dt><dd>{m.interests.themes.length ? m.interests.themes.map((th) => t(`vocabulary.theme.${th}`)).join(', ') : none}</dd>
      </dl>

      <h2 id="edit">{t('members.member.edit')}</h2>
      <form method="post" action={`/members/${m.id}`} class="stack" novalidate aria-labelledby="edit">
        <input type="hidden" name="version" value={String(v.version)} />
        <div class="field">
          <label for="name">{t('members.list.name')}</label>
          <input id="name" name="name" maxlength={120} value={v.name} {...invalid('name')} />
          {fieldError('name')}
        </div>
        <div class="field">
          <label for="role">{t('members.member.role')}</label>
          <select id="role" name="role" {...invalid('role')}>
            {ROLES.map((r) => <option value={r} selected={r === v.role}>{t(`vocabulary.role.${r}`)}</option>)}
          </select>
          {fieldError('role')}
        </div>
        <div class="field">
          <label for="parliament">{t('members.member.parliament')}</label>
          <input id="parliament" name="parliament" maxlength={160} value={v.parliament} {...invalid('parliament')} />
          {fieldError('parliament')}
        </div>
        <div class="field">
          <label for="party">{t('members.member.party')}</label>
          <input id="party" name="party" maxlength={120} value={v.party} {...invalid('party')} />
          {fieldError('party')}
        </div>
        <div class="field">
          <label for="committees">{t('members.member.committees')}</label>
          <p id="committees-hint" class="hint">{t('members.member.committees.hint')}</p>
          <textarea id="committees" name="committees" rows={3} aria-describedby="committees-hint" {...invalid('committees')}>{v.committees}</textarea>
          {fieldError('committees')}
        </div>
        <div class="field">
          <label for="country">{t('members.member.country')}</label>
          <select id="country" name="country" {...invalid('country')}>
            <option value="">{t('members.member.noCountry')}</option>
            {countries.map((c) => <option value={c.code} selected={c.code === v.country}>{c.name}</option>)}
          </select>
          {fieldError('country')}
        </div>
        <div class="field">
          <label for="mission">{t('members.member.mission')}</label>
          <input id="mission" name="mission" maxlength={160} value={v.mission} {...invalid('mission')} />
          {fieldError('mission')}
        </div>
        <div class="field">
          <label for="interestCountries">{t('members.member.interestCountries')}</label>
          <select id="interestCountries" name="interestCountries" multiple size={6} {...invalid('interests.countries')}>
            {countries.map((c) => <option value={c.code} selected={v.countries.includes(c.code)}>{c.name}</option>)}
          </select>
          {fieldError('interests.countries')}
        </div>
        <fieldset class="field" {...invalidGroup('interests.themes')}>
          <legend>{t('members.member.interestThemes')}</legend>
          {THEMES.map((th) => (
            <label class="checkbox"><input type="checkbox" name="interestThemes" value={th} checked={v.themes.includes(th)} /> {t(`vocabulary.theme.${th}`)}</label>
          ))}
          {fieldError('interests.themes')}
        </fieldset>
        <div class="field">
          <label class="checkbox"><input type="checkbox" id="active" name="active" value="on" checked={v.active} aria-describedby="active-hint" {...invalid('active')} /> {t('members.member.active')}</label>
          <p id="active-hint" class="hint">{t('members.member.active.hint')}</p>
          {fieldError('active')}
        </div>
        <button type="submit">{t('members.member.save')}</button>
      </form>

      <h2>{t('members.member.pledges')}</h2>
      {props.adoptions.pledges.length === 0 ? <p class="empty">{t('members.member.noPledges')}</p> : (
        <ul>
          {props.adoptions.pledges.map((p) => (
            <li>
              <a href={`/cases/${p.caseId}`}>{caseName(p.caseId)}</a>
              {' · '}{t('members.member.pledgedActions', { count: p.actions.length })}{p.twin ? ` · ${t('members.member.twin')}` : ''}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('members.member.actions')}</h2>
      {props.adoptions.actions.length === 0 ? <p class="empty">{t('members.member.noActions')}</p> : (
        <ul>
          {props.adoptions.actions.map((a) => (
            <li>{date(a.date)} · {t(`vocabulary.parliamentaryAction.${a.type}`)} · <a href={`/cases/${a.caseId}`}>{caseName(a.caseId)}</a></li>
          ))}
        </ul>
      )}

      <h2>{t('members.member.audit')}</h2>
      {props.audit.items.length === 0 ? <p class="empty">{t('members.member.noAudit')}</p> : (
        <ul>
          {props.audit.items.map((e) => (
            <li>{dateTime(e.at)} · {has(`caseSafety.audit.action.${e.action}`) ? label(`caseSafety.audit.action.${e.action}`) : e.action}
              {e.caseId && <> · <a href={`/cases/${e.caseId}`}>{caseName(e.caseId)}</a></>}</li>
          ))}
        </ul>
      )}
      <p><a href={`/members/${m.id}/audit`}>{t('members.member.fullAudit')}</a></p>
    </Layout>
  );
}
