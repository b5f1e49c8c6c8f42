/**
 * The upload's first step: what to attach the file to (only what the viewer may) and, for
 * coordinators, the "coordinators only" flag. The next step (upload-file-page.tsx) is the file
 * itself, sent straight to the file store with a form made for these choices. After an error
 * the choices come back as they were, with the message beside its field.
 */
import { uploadTargets, type AttachmentTarget } from '#shared/attachments/index.ts';
import { isCoordinator, type Viewer } from '#shared/domain/member.ts';
import type { FieldError } from '#shared/errors/index.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { useTranslator } from '../i18n/use-translator.ts';
import { Layout } from '../ui/layout.tsx';
import { formErrors } from '../ui/form-fields.tsx';

export interface UploadValues {
  /** `event:<id>`, `action:<id>` or empty for the case itself. */
  target?: string;
  sensitive?: boolean;
}

const FIELD_ORDER = ['target', 'eventId', 'actionId', 'sensitive'] as const;

export const targetValue = (t: AttachmentTarget) => `${t.kind === 'event' ? 'event' : 'action'}:${t.id}`;

export function UploadPage(props: { viewer: Viewer; bundle: CaseBundle; values?: UploadValues; errors?: FieldError[] }) {
  const { t, date } = useTranslator();
  const c = props.bundle.case;
  const { fieldError, invalid, summary } = formErrors(props.errors, '', { order: FIELD_ORDER });
  const may = uploadTargets(props.viewer, props.bundle);
  const chosen = props.values?.target ?? '';
  const title = t('attachments.page.title', { name: c.defenderName });
  const optionLabel = (target: AttachmentTarget): string => {
    if (target.kind === 'event') {
      const e = props.bundle.events.find((x) => x.id === target.id)!;
      return t('attachments.page.targetEvent', { title: e.title, date: date(e.date) });
    }
    if (target.kind === 'action') {
      const a = props.bundle.actions.find((x) => x.id === target.id)!;
      return t('attachments.page.targetAction', { type: t(`vocabulary.parliamentaryAction.${a.type}`), date: date(a.date), name: a.memberName });
    }
    const m = props.bundle.missionActions.find((x) => x.id === target.id)!;
    return t('attachments.page.targetMissionAction', { type: t(`vocabulary.euAction.${m.actionType}`), date: date(m.date), mission: m.mission });
  };
  const targetErrors = { ...invalid('target'), ...invalid('eventId'), ...invalid('actionId') };

  return (
    <Layout title={title} viewer={props.viewer}>
      <p><a href={`/cases/${c.id}#attachments`}>{t('attachments.page.back')}</a></p>
      <h1>{title}</h1>
      {!may.case && may.targets.length === 0 ? <p>{t('attachments.page.nothingToAttachTo')}</p> : (
        <>
          {summary()}
          <form method="post" action={`/cases/${c.id}/attachments/new`} class="stack" novalidate>
            <div class="field">
              <label for="target">{t('attachments.page.target')}</label>
              <select id="target" name="target" {...targetErrors}>
                {may.case && <option value="" selected={chosen === ''}>{t('attachments.page.targetCase')}</option>}
                {may.targets.map((target) => <option value={targetValue(target)} selected={chosen === targetValue(target)}>{optionLabel(target)}</option>)}
              </select>
              {fieldError('target')}{fieldError('eventId')}{fieldError('actionId')}
            </div>
            {isCoordinator(props.viewer) && (
              <div class="field">
                <label class="checkbox">
                  <input type="checkbox" name="sensitive" value="true" checked={props.values?.sensitive === true} aria-describedby="sensitive-hint" {...invalid('sensitive', { group: true })} />
                  {' '}{t('attachments.page.sensitive')}
                </label>
                <p id="sensitive-hint" class="muted">{t('attachments.page.sensitiveHint')}</p>
                {fieldError('sensitive')}
              </div>
            )}
            <button type="submit">{t('attachments.page.continue')}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
