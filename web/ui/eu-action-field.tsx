/**
 * The EU Guidelines action type as a radio group, each choice with its
 * one-line explanation (and a mark on public-facing ones), plus the consent
 * block that asks for the clearance confirmation on non-public cases.
 */
import type { Visibility } from '#shared/domain/case.ts';
import { EU_ACTION_TYPES } from '#shared/domain/eu-guidelines.ts';
import { CONSENT_STATE_TEXT } from '#shared/missions/consult.ts';
import type { formErrors } from './form-fields.tsx';

type Errors = ReturnType<typeof formErrors>;

export function EuActionField(props: { selected?: string; errors: Errors; legend: string }) {
  const { errors } = props;
  return (
    <fieldset class="field" {...errors.invalid('actionType')}>
      <legend>{props.legend}</legend>
      {errors.fieldError('actionType')}
      {EU_ACTION_TYPES.map((t) => (
        <label class="radio">
          <input type="radio" name="actionType" value={t.code} checked={props.selected === t.code} aria-describedby={`hint-${t.code}`} />
          {' '}{t.label}{t.publicFacing && <strong> (public-facing)</strong>}
          <br /><span id={`hint-${t.code}`} class="muted">{t.explanation}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** What the defender consented to, and the confirmation public-facing action needs on a non-public case. */
export function ConsentBlock(props: { visibility: Visibility; checked?: boolean; errors: Errors; confirmation: string }) {
  const { errors } = props;
  return (
    <div class="field">
      <p class="notice"><strong>Consent: </strong>{CONSENT_STATE_TEXT[props.visibility]}</p>
      {props.visibility !== 'public' && (
        <label class="radio">
          <input type="checkbox" name="publicActionCleared" value="yes" checked={props.checked} {...errors.invalid('publicActionCleared')} />
          {' '}{props.confirmation} (required for public-facing action)
        </label>
      )}
      {errors.fieldError('publicActionCleared')}
    </div>
  );
}
