/** Sensitive fields of a case: shown and edited by coordinators only; opening this page is audited. */
import type { DefenderCase } from '#shared/domain/case.ts';
import type { Viewer } from '#shared/domain/member.ts';
import { SENSITIVE_FIELDS, SENSITIVE_LABELS, type SensitiveFields } from '#shared/domain/sensitive.ts';
import type { FieldError } from '#shared/errors/index.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

export function SensitivePage(props: { viewer: Viewer; case: DefenderCase; fields: SensitiveFields; values?: Record<string, unknown>; errors?: FieldError[]; notice?: string }) {
  const values = (props.values ?? props.fields) as Record<string, string | undefined>;
  const { fieldError: error, invalid } = formErrors(props.errors);
  return (
    <Layout title={`Sensitive: ${props.case.defenderName}`} viewer={props.viewer}>
      <p><a href={`/cases/${props.case.id}`}>← Back to the case</a></p>
      <h1>Sensitive fields: {props.case.defenderName}</h1>
      <p class="notice" role="note">Coordinators only. Your reading of this page was recorded in the audit log. Never copy these into emails, exports or notes.</p>
      {props.notice && <p class="notice" role="alert">{props.notice}</p>}
      <form method="post" action={`/cases/${props.case.id}/sensitive`} class="stack" novalidate autocomplete="off">
        <input type="hidden" name="version" value={String(props.fields.version)} />
        {SENSITIVE_FIELDS.map((f) => (
          <div class="field">
            <label for={f}>{SENSITIVE_LABELS[f]}</label>
            <textarea id={f} name={f} rows={4} {...invalid(f)}>{values[f] ?? ''}</textarea>
            {error(f)}
          </div>
        ))}
        <button type="submit">Save sensitive fields</button>
      </form>
      {props.fields.updatedAt && <p class="muted">Last saved {props.fields.updatedAt.slice(0, 16).replace('T', ' ')} UTC.</p>}
    </Layout>
  );
}
