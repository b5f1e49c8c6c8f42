/**
 * The EU Guidelines action type as a radio group, each choice with its
 * one-line explanation (and a mark on public-facing ones), plus the consent
 * block that asks for the clearance confirmation on non-public cases.
 */
import type { Visibility } from '#shared/domain/case.ts';
import { EU_ACTION_TYPES } from '#shared/domain/eu-guidelines.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import type { formErrors } from './form-fields.tsx';

type Errors = ReturnType<typeof formErrors>;

export function EuActionField(props: { selected?: string; errors: Errors; legend: string }) {
  const { errors } = props;
  const { t } = useTranslator();
  return (
    <fieldset class="field" {...errors.invalidGroup('actionType')}>
      <legend>{props.legend}</legend>
      {errors.fieldError('actionType')}
      {EU_ACTION_TYPES.map((type) => (
        <label class="radio">
          <input type="radio" name="actionType" value={type.code} checked={props.selected === type.code} aria-describedby={`hint-${type.code}`} />
          {' '}{t(`vocabulary.euAction.${type.code}`)}{type.publicFacing && <> <strong>{t('ui.euAction.publicFacing')}</strong></>}
          <br /><span id={`hint-${type.code}`} class="muted">{t(`vocabulary.euActionHelp.${type.code}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** What the defender consented to, and the confirmation public-facing action needs on a non-public case. */
export function ConsentBlock(props: { visibility: Visibility; checked?: boolean; errors: Errors; confirmation: string }) {
  const { errors } = props;
  const { t } = useTranslator();
  return (
    <div class="field">
      <p class="notice">{t(`ui.consent.state.${props.visibility}`)}</p>
      {props.visibility !== 'public' && (
        <>
          <label class="radio">
            <input type="checkbox" name="publicActionCleared" value="yes" checked={props.checked} aria-describedby="publicActionCleared-hint" {...errors.invalid('publicActionCleared')} />
            {' '}{props.confirmation}
          </label>
          <p id="publicActionCleared-hint" class="muted">{t('ui.consent.confirmationHint')}</p>
        </>
      )}
      {errors.fieldError('publicActionCleared')}
    </div>
  );
}
