/** What an attachment hangs on, in words: the event, the MP's action or the mission action. */
import { ATTACHMENT_TYPES, type Attachment, type AttachmentTarget } from '#shared/attachments/index.ts';
import type { CaseBundle } from '#shared/ports/store.ts';
import { useTranslator } from '../i18n/use-translator.ts';

export function useAttachmentLabels(bundle: CaseBundle) {
  const { t, date } = useTranslator();
  return {
    target(target: AttachmentTarget | undefined): string {
      if (!target) return t('attachments.item.onCase');
      if (target.kind === 'event') {
        const e = bundle.events.find((x) => x.id === target.id);
        return e ? t('attachments.item.onEvent', { title: e.title, date: date(e.date) }) : t('attachments.item.onRemoved');
      }
      if (target.kind === 'action') {
        const a = bundle.actions.find((x) => x.id === target.id);
        return a ? t('attachments.item.onAction', { type: t(`vocabulary.parliamentaryAction.${a.type}`), name: a.memberName }) : t('attachments.item.onRemoved');
      }
      const m = bundle.missionActions.find((x) => x.id === target.id);
      return m ? t('attachments.item.onMissionAction', { type: t(`vocabulary.euAction.${m.actionType}`), mission: m.mission }) : t('attachments.item.onRemoved');
    },
    type: (a: Pick<Attachment, 'contentType'>) => t(`attachments.type.${ATTACHMENT_TYPES[a.contentType]}`),
  };
}
