/**
 * The coordinator's case editor (new and edit). Validation messages sit next
 * to their fields; the edit form carries the version it was loaded at, so a
 * concurrent change is caught (412) instead of overwritten.
 */
import { COUNTRIES } from '#shared/domain/countries.ts';
import {
  CASE_STATES, CONSENT_BASES, CONSENT_BASIS_LABELS, RISK_STATUSES, RISK_STATUS_LABELS, THEMES, THEME_LABELS,
  VISIBILITIES, VISIBILITY_LABELS,
} from '#shared/domain/case.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';

export interface CaseFormValues {
  defenderName?: string;
  country?: string;
  themes?: string[];
  organisation?: string;
  riskStatus?: string;
  visibility?: string;
  state?: string;
  closedReason?: string;
  consentBasis?: string;
  summary?: string;
  recommendedActions?: string[];
}

interface Props {
  viewer: Viewer;
  mode: { kind: 'new' } | { kind: 'edit'; id: string; version: number };
  values: CaseFormValues;
  errors?: FieldError[];
  notice?: string;
}

export function CaseFormPage(props: Props) {
  const { values, mode } = props;
  const errorsFor = (field: string) =>
    (props.errors ?? []).filter((e) => e.path === field || e.path.startsWith(`${field}.`)).map((e) => e.message);
  const fieldError = (field: string) => {
    const messages = errorsFor(field);
    return messages.length > 0 ? <p id={`${field}-error`} class="error">{messages.join(' ')}</p> : null;
  };
  const invalid = (field: string) =>
    errorsFor(field).length > 0 ? { 'aria-invalid': 'true', 'aria-describedby': `${field}-error` } : {};
  const title = mode.kind === 'new' ? 'New case' : `Edit ${values.defenderName ?? 'case'}`;
  const action = mode.kind === 'new' ? '/cases/new' : `/cases/${mode.id}/edit`;
  const general = (props.errors ?? []).filter((e) => e.path === '(body)');

  return (
    <Layout title={title} viewer={props.viewer}>
      <h1>{title}</h1>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      {props.errors && props.errors.length > 0 && (
        <div class="error-summary" role="alert">
          <p>Please correct the fields marked below.</p>
          {general.length > 0 && <ul>{general.map((e) => <li>{e.message}</li>)}</ul>}
        </div>
      )}
      <form method="post" action={action} class="stack" novalidate>
        {mode.kind === 'edit' && <input type="hidden" name="version" value={String(mode.version)} />}
        <div class="field">
          <label for="defenderName">Defender's name or pseudonym</label>
          <input id="defenderName" name="defenderName" required maxlength={120} value={values.defenderName ?? ''} {...invalid('defenderName')} />
          {fieldError('defenderName')}
        </div>
        <div class="field">
          <label for="country">Country</label>
          <select id="country" name="country" required {...invalid('country')}>
            <option value="">Choose a country</option>
            {COUNTRIES.map((c) => <option value={c.code} selected={c.code === values.country}>{c.name}</option>)}
          </select>
          {fieldError('country')}
        </div>
        <fieldset class="field" {...invalid('themes')}>
          <legend>Themes</legend>
          <div class="checks">
            {THEMES.map((t) => (
              <label><input type="checkbox" name="themes" value={t} checked={values.themes?.includes(t)} /> {THEME_LABELS[t]}</label>
            ))}
          </div>
          {fieldError('themes')}
        </fieldset>
        <div class="field">
          <label for="organisation">Organisation (optional)</label>
          <input id="organisation" name="organisation" maxlength={160} value={values.organisation ?? ''} {...invalid('organisation')} />
          {fieldError('organisation')}
        </div>
        <div class="field">
          <label for="riskStatus">Risk status</label>
          <select id="riskStatus" name="riskStatus" {...invalid('riskStatus')}>
            {RISK_STATUSES.map((s) => <option value={s} selected={s === values.riskStatus}>{RISK_STATUS_LABELS[s]}</option>)}
          </select>
          {fieldError('riskStatus')}
        </div>
        {mode.kind === 'new' ? (
          <>
            <fieldset class="field" {...invalid('visibility')}>
              <legend>Visibility (what the defender consented to)</legend>
              {VISIBILITIES.map((v) => (
                <label class="radio"><input type="radio" name="visibility" value={v} checked={(values.visibility ?? 'restricted') === v} /> {VISIBILITY_LABELS[v]}</label>
              ))}
              {fieldError('visibility')}
            </fieldset>
            <div class="field">
              <label for="consentBasis">Basis for this visibility</label>
              <select id="consentBasis" name="consentBasis" {...invalid('consentBasis')}>
                <option value="">Choose the basis</option>
                {CONSENT_BASES.map((b) => <option value={b} selected={b === values.consentBasis}>{CONSENT_BASIS_LABELS[b]}</option>)}
              </select>
              {fieldError('consentBasis')}
            </div>
          </>
        ) : (
          <p class="muted">Visibility is changed on the case page, with the basis recorded in the consent ledger.</p>
        )}
        <div class="field">
          <label for="state">Case state</label>
          <select id="state" name="state" {...invalid('state')}>
            {CASE_STATES.map((s) => <option value={s} selected={s === (values.state ?? 'active')}>{s}</option>)}
          </select>
          {fieldError('state')}
        </div>
        <div class="field">
          <label for="closedReason">Reason for closing (when closed)</label>
          <input id="closedReason" name="closedReason" maxlength={500} value={values.closedReason ?? ''} {...invalid('closedReason')} />
          {fieldError('closedReason')}
        </div>
        <div class="field">
          <label for="summary">Summary</label>
          <textarea id="summary" name="summary" rows={8} maxlength={4000} {...invalid('summary')}>{values.summary ?? ''}</textarea>
          {fieldError('summary')}
        </div>
        <div class="field">
          <label for="recommendedActions">Recommended actions (one per line)</label>
          <textarea id="recommendedActions" name="recommendedActions" rows={4} {...invalid('recommendedActions')}>
            {(values.recommendedActions ?? []).join('\n')}
          </textarea>
          {fieldError('recommendedActions')}
        </div>
        <button type="submit">{mode.kind === 'new' ? 'Create case' : 'Save changes'}</button>
      </form>
    </Layout>
  );
}
