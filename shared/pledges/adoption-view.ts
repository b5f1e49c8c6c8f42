/**
 * What of a case's adoption each viewer receives, and the figures built on
 * it. Confidential logged actions are for coordinators and their author
 * only; who pledged (and who is twinned) is for signed-in members; anonymous
 * visitors of a public case see its public actions and the adopter count.
 * Applied once, where the case bundle is read, so no page or route can forget.
 */
import type { ParliamentaryAction } from '../domain/parliamentary-actions.ts';
import { isCoordinator, type Viewer } from '../domain/member.ts';
import type { CaseBundle } from '../ports/store.ts';
import type { CoSignature, LoggedAction } from './action.schema.ts';
import type { Pledge } from './pledge.schema.ts';

/** True when the viewer (who may already see the case) may see this logged action. */
export function canSeeAction(viewer: Viewer, action: Pick<LoggedAction, 'public' | 'memberId'>): boolean {
  if (action.public) return true;
  return isCoordinator(viewer) || (viewer.kind === 'member' && viewer.id === action.memberId);
}

/**
 * The bundle trimmed to the viewer: hidden actions removed, and for
 * anonymous visitors no pledges and no twin.
 *
 * @example
 *   const visible = adoptionFor(viewer, bundle); // visible.actions has no confidential action of others
 */
export function adoptionFor(viewer: Viewer, bundle: CaseBundle): CaseBundle {
  const actions = bundle.actions.filter((a) => canSeeAction(viewer, a));
  if (viewer.kind === 'anonymous') return { ...bundle, actions, pledges: [], twin: undefined };
  return { ...bundle, actions };
}

/** A pledge's actions split into done and still to do. */
export interface Progress {
  done: ParliamentaryAction[];
  remaining: ParliamentaryAction[];
}

/**
 * Ticks off the pledged actions the MP has logged on the case; co-signing a
 * joint letter counts as a joint letter done.
 *
 * @example
 *   progressOf(pledge, actionsOnCase, coSignaturesOnCase) // { done: ['prison_visit'], remaining: ['letter_authorities'] }
 */
export function progressOf(
  pledge: Pick<Pledge, 'memberId' | 'caseId' | 'actions'>,
  actions: ReadonlyArray<Pick<LoggedAction, 'memberId' | 'caseId' | 'type'>>,
  coSignatures: ReadonlyArray<Pick<CoSignature, 'memberId' | 'caseId'>> = [],
): Progress {
  const doneTypes = new Set<ParliamentaryAction>(
    actions.filter((a) => a.memberId === pledge.memberId && a.caseId === pledge.caseId).map((a) => a.type),
  );
  if (coSignatures.some((s) => s.memberId === pledge.memberId && s.caseId === pledge.caseId)) doneTypes.add('joint_letter');
  return {
    done: pledge.actions.filter((a) => doneTypes.has(a)),
    remaining: pledge.actions.filter((a) => !doneTypes.has(a)),
  };
}

/** Who pledged an action and who did it (as far as the viewer's bundle shows): the de-confliction figures. */
export interface Coverage {
  pledgedBy: string[];
  doneBy: Array<{ name: string; date: string }>;
}

/**
 * @example
 *   coverageOf(bundle, 'prison_visit') // { pledgedBy: ['Maren Olsen MP'], doneBy: [] }: a gap
 */
export function coverageOf(bundle: Pick<CaseBundle, 'pledges' | 'actions'>, type: ParliamentaryAction): Coverage {
  const doneBy = bundle.actions.flatMap((a) =>
    a.type !== type
      ? []
      : [{ name: a.memberName, date: a.date }, ...(a.coSigners ?? []).map((s) => ({ name: s.memberName, date: s.at.slice(0, 10) }))],
  );
  return {
    pledgedBy: bundle.pledges.filter((p) => p.actions.includes(type)).map((p) => p.memberName),
    doneBy: doneBy.sort((x, y) => y.date.localeCompare(x.date)),
  };
}
