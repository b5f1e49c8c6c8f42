/**
 * Who sees and who may add which attachment. Applied to a case bundle already trimmed to the
 * viewer (the case's visibility, confidential actions, mission items), so an attachment is never
 * more visible than what it hangs on:
 * - coordinators see every attachment of a case they may see;
 * - other members see those that are not `sensitive` and whose event or action they see
 *   (a file on another MP's confidential action stays with that action);
 * - visitors who are not signed in see none, even on a public case: publicity is the
 *   defender's consent to a profile, not to the documents behind it.
 * Uploads: coordinators onto the case or any event or action on it; an MP only onto an action
 * they logged, a diplomat only onto a mission action they logged (their own evidence), so a
 * member can never add a file to something a coordinator or another member wrote.
 */
import type { Viewer } from '../domain/member.ts';
import { ForbiddenError, ValidationError } from '../errors/index.ts';
import type { CaseBundle } from '../ports/store.ts';
import type { Attachment, AttachmentFields, AttachmentTarget } from './attachment.ts';

const targetSeen = (bundle: CaseBundle, target: AttachmentTarget | undefined): boolean => {
  if (!target) return true;
  if (target.kind === 'event') return bundle.events.some((e) => e.id === target.id);
  if (target.kind === 'action') return bundle.actions.some((a) => a.id === target.id);
  return bundle.missionActions.some((a) => a.id === target.id);
};

/** The attachments of a trimmed bundle that the viewer may see (and download). */
export function visibleAttachments(viewer: Viewer, bundle: CaseBundle): Attachment[] {
  if (viewer.kind !== 'member') return [];
  if (viewer.role === 'coordinator') return bundle.attachments;
  return bundle.attachments.filter((a) => !a.sensitive && targetSeen(bundle, a.target));
}

const notOnCase = (path: 'eventId' | 'actionId', message: string, key: string) =>
  new ValidationError([{ path, message, code: 'custom', key }]);

/** What the viewer may attach files to on this case; `case` means the case itself. */
export function uploadTargets(viewer: Viewer, bundle: CaseBundle): { case: boolean; targets: AttachmentTarget[] } {
  if (viewer.kind !== 'member') return { case: false, targets: [] };
  if (viewer.role === 'coordinator') {
    return {
      case: true,
      targets: [
        ...bundle.events.map((e) => ({ kind: 'event' as const, id: e.id })),
        ...bundle.actions.map((a) => ({ kind: 'action' as const, id: a.id })),
        ...bundle.missionActions.map((a) => ({ kind: 'mission_action' as const, id: a.id })),
      ],
    };
  }
  if (viewer.role === 'mp') {
    return { case: false, targets: bundle.actions.filter((a) => a.memberId === viewer.id).map((a) => ({ kind: 'action' as const, id: a.id })) };
  }
  return { case: false, targets: bundle.missionActions.filter((a) => a.createdBy === viewer.id).map((a) => ({ kind: 'mission_action' as const, id: a.id })) };
}

/**
 * The target the form names, checked against the case and the viewer's rights. A named event
 * or action that is not on the case, or not visible to the viewer, is a 400 naming the field
 * (the same answer either way); one the viewer sees but may not attach to is a 403.
 */
export function resolveTarget(viewer: Viewer, bundle: CaseBundle, fields: AttachmentFields): AttachmentTarget | undefined {
  const allowed = uploadTargets(viewer, bundle);
  let target: AttachmentTarget | undefined;
  if (fields.eventId) {
    if (!bundle.events.some((e) => e.id === fields.eventId)) throw notOnCase('eventId', 'No such event on this case.', 'attachments.errors.noSuchEvent');
    target = { kind: 'event', id: fields.eventId };
  } else if (fields.actionId) {
    const kind = bundle.actions.some((a) => a.id === fields.actionId) ? 'action' : bundle.missionActions.some((a) => a.id === fields.actionId) ? 'mission_action' : undefined;
    if (!kind) throw notOnCase('actionId', 'No such action on this case.', 'attachments.errors.noSuchAction');
    target = { kind, id: fields.actionId };
  }
  const may = target ? allowed.targets.some((t) => t.kind === target.kind && t.id === target.id) : allowed.case;
  if (!may) {
    throw new ForbiddenError('Coordinators attach files to a case; an MP or a diplomat only to an action they logged.', {
      wording: { key: 'attachments.errors.notYours' },
    });
  }
  return target;
}
