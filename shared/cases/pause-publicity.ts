/** Pause publicity, then privately warn everyone who acted on the case. */
import type { Viewer } from '../domain/member.ts';
import type { CoreDeps } from '../deps.ts';
import { pausePublicity, type Paused } from './consent.ts';
import { participantIds } from './participants.ts';
import { pauseNoticeEmail } from './pause-notice.ts';

export interface PauseResult extends Paused {
  notified: number;
}

export async function pauseAndNotify(deps: CoreDeps, viewer: Viewer, id: string, body: unknown): Promise<PauseResult> {
  const paused = await pausePublicity(deps, viewer, id, body);
  const members = await deps.store.getMembers(participantIds(paused.bundle));
  const caseUrl = `${deps.appUrl}/cases/${paused.case.id}`;
  // The case is already hidden; a failed notice must not undo that, so each send stands alone.
  const sent = await Promise.allSettled(members.map((m) => deps.mailer.send(pauseNoticeEmail(m.email, paused.case.defenderName, caseUrl))));
  return { ...paused, notified: sent.filter((s) => s.status === 'fulfilled').length };
}
