/**
 * The coordinator's form to ask the missions in a country to act on a case:
 * an EU Guidelines action, the country of posting (the case's by default), a
 * due date (often a hearing), a note, and, for public-facing action on a
 * non-public case, the confirmation that the defender was consulted.
 */
import type { DefenderCase } from '#shared/domain/case.ts';
import { COUNTRIES } from '#shared/domain/countries.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { Layout } from '../ui/layout.tsx';
import { ConsentBlock, EuActionField } from '../ui/eu-action-field.tsx';
import { ErrorSummary, formErrors } from '../ui/form-fields.tsx';
import { RequestRecipients } from './request-recipients.tsx';
import type { PostingRoster } from '#shared/missions/recipients.ts';

export interface RequestFormValues {
  actionType?: string;
  country?: string;
  dueDate?: string;
  note?: string;
  publicActionCleared?: boolean;
}

export function RequestFormPage(props: {
  viewer: Viewer;
  case: Pick<DefenderCase, 'id' | 'defenderName' | 'country' | 'visibility' | 'namedMemberIds'>;
  values: RequestFormValues;
  /** The diplomats posted in the country the form shows (the case's, or the one chosen). */
  roster?: PostingRoster;
  /** A refusal to show above the form (a request that reached nobody). */
  notice?: string;
  idempotencyKey: string;
  errors?: FieldError[];
}) {
  const { values } = props;
  const c = props.case;
  const errors = formErrors(props.errors);
  const country = values.country ?? c.country;
  return (
    <Layout title={`Ask missions to act: ${c.defenderName}`} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}`}>← {c.defenderName}</a></p>
      <h1>Ask the missions to act</h1>
      <p>For <strong>{c.defenderName}</strong>. The diplomats posted in the country you choose see the request and answer it.</p>
      {c.visibility === 'restricted' && (
        <p class="notice">Restricted case: only the diplomats named on the case will see this request.</p>
      )}
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <RequestRecipients case={c} country={country} roster={props.roster} />
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`/cases/${c.id}/action-requests/new`} class="stack" novalidate>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        <EuActionField selected={values.actionType} errors={errors} legend="What to ask for (EU Guidelines)" />
        <div class="field">
          <label for="country">Missions posted in</label>
          <select id="country" name="country" {...errors.invalid('country')}>
            {COUNTRIES.map((x) => <option value={x.code} selected={x.code === country}>{x.name}</option>)}
          </select>
          {errors.fieldError('country')}
        </div>
        <div class="field">
          <label for="dueDate">Due date (a hearing's date, for instance)</label>
          <input id="dueDate" name="dueDate" type="date" required value={values.dueDate ?? ''} {...errors.invalid('dueDate')} />
          {errors.fieldError('dueDate')}
        </div>
        <div class="field">
          <label for="note">Note to the missions (optional)</label>
          <textarea id="note" name="note" rows={3} maxlength={1000} {...errors.invalid('note')}>{values.note ?? ''}</textarea>
          {errors.fieldError('note')}
        </div>
        <ConsentBlock visibility={c.visibility} checked={values.publicActionCleared} errors={errors}
          confirmation="I confirm the defender was consulted and agreed to this public action" />
        <button type="submit">Send the request</button>
      </form>
    </Layout>
  );
}
