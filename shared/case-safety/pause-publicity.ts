/**
 * Pause publicity, then privately warn everyone who was acting on the case,
 * each in their own language. The recipients are exactly the case's
 * `pausedFollowerIds`: the members who keep its page to follow the guidance.
 */
import { emailLanguageOf } from '../digests/index.ts';
import type { Viewer } from '../domain/member.ts';
import type { PauseNoticeDeps } from './safety-deps.ts';
import { pausePublicity, type Paused } from './consent.ts';
import { pauseNoticeEmail } from './pause-notice.ts';
import { loadCatalog } from '#shared/i18n/catalog.ts';

export interface PauseResult extends Paused {
  notified: number;
}

export async function pauseAndNotify(deps: PauseNoticeDeps, viewer: Viewer, id: string, body: unknown): Promise<PauseResult> {
  const paused = await pausePublicity(deps, viewer, id, body);
  // Read after the case is hidden: a failed read must never delay hiding a defender.
  const members = await deps.store.getMembers(paused.case.pausedFollowerIds ?? []);
  const caseUrl = `${deps.appUrl}/cases/${paused.case.id}`;
  // The case is already hidden; a failed notice must not undo that, so each send stands alone.
  const sent = await Promise.allSettled(members.map(async (m) => {
    await loadCatalog(emailLanguageOf(m));
    return deps.mailer.send(pauseNoticeEmail(m.email, paused.case.defenderName, caseUrl, emailLanguageOf(m)));
  }));
  return { ...paused, notified: sent.filter((s) => s.status === 'fulfilled').length };
}
