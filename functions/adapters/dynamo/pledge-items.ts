/**
 * Adoption items in DynamoDB. All live in their case's partition, so the case
 * page reads them with the case in one Query. Pledges, logged actions and
 * co-signatures are also indexed under their MP in byScope:
 *
 *   gsi1pk = MEMBER#<memberId>
 *   gsi1sk = PLEDGE#<caseId>                       the pledge
 *            PLEDGE#<caseId>#ACTION#<date>#<id>    an action the MP logged there
 *            PLEDGE#<caseId>#COSIGN#<actionId>     a joint letter the MP co-signed
 *
 * so one Query gives "My cases" with what each MP did, case by case.
 */
import type { CoSignature, LoggedAction } from '#shared/pledges/action.schema.ts';
import type { Pledge, TwinLock } from '#shared/pledges/pledge.schema.ts';
import { CASE_NAME } from './case-name-projector.ts';
import { keys, stripKeys } from './keys.ts';

const memberScope = (memberId: string) => `MEMBER#${memberId}`;

/** The first and last possible sort keys of a member's adoptions (after a case, for the next page). */
export function adoptionRange(afterCaseId?: string): { from: string; to: string } {
  // "~" sorts after every character of ids and markers, so "PLEDGE#<id>#~" follows all of that case's items.
  return { from: afterCaseId ? `PLEDGE#${afterCaseId}#~` : 'PLEDGE#', to: 'PLEDGE#~' };
}

/** A pledge under its case, and under its MP in byScope. */
export function pledgeItem(p: Pledge): Record<string, unknown> {
  return { ...keys.pledge(p.caseId, p.memberId), itemType: 'pledge', gsi1pk: memberScope(p.memberId), gsi1sk: `PLEDGE#${p.caseId}`, ...p };
}

/** A logged action under its case (dated), and under its author in byScope; co-signers are not stored on it. */
export function actionItem(a: LoggedAction): Record<string, unknown> {
  const { coSigners: _coSigners, ...action } = a;
  return {
    ...keys.action(a.caseId, a.date, a.id),
    itemType: 'action',
    gsi1pk: memberScope(a.memberId),
    gsi1sk: `PLEDGE#${a.caseId}#ACTION#${a.date}#${a.id}`,
    ...action,
  };
}

/** A co-signature under its case, and under the co-signing MP in byScope. */
export function coSignatureItem(s: CoSignature): Record<string, unknown> {
  return {
    ...keys.coSignature(s.caseId, s.actionId, s.memberId),
    itemType: 'cosign',
    gsi1pk: memberScope(s.memberId),
    gsi1sk: `PLEDGE#${s.caseId}#COSIGN#${s.actionId}`,
    ...s,
  };
}

/** The twin lock of a case. */
export function twinItem(t: TwinLock): Record<string, unknown> {
  return { ...keys.twin(t.caseId), itemType: 'twin', ...t };
}

/** The case's name the stream keeps on pledges and actions (case-name-projector.ts) is the member page's, not theirs. */
const ofType = <T>(items: Record<string, unknown>[], type: string) =>
  items.filter((i) => i.itemType === type).map(({ [CASE_NAME]: _name, ...i }) => stripKeys<T>(i));

/** Case id → name, from the pledges and actions that carry it (the member page's names; a stream lag leaves some out). */
export function caseNamesOn(items: Record<string, unknown>[]): Map<string, string> {
  const named = items.filter((i) => (i.itemType === 'pledge' || i.itemType === 'action') && typeof i[CASE_NAME] === 'string');
  return new Map(named.map((i) => [String(i.caseId), String(i[CASE_NAME])]));
}

/** Raw items (of a case partition or a member scope) → pledges, actions with co-signers, co-signatures, twin. */
export function adoptionOf(items: Record<string, unknown>[]) {
  const coSignatures = ofType<CoSignature>(items, 'cosign');
  const actions = ofType<LoggedAction>(items, 'action').map((a) =>
    a.type === 'joint_letter' ? { ...a, coSigners: coSignatures.filter((s) => s.actionId === a.id) } : a,
  );
  return { pledges: ofType<Pledge>(items, 'pledge'), actions, coSignatures, twin: ofType<TwinLock>(items, 'twin')[0] };
}

/** The adoption part of a case bundle (spread into `getCaseBundle`'s result). */
export function adoptionItems(items: Record<string, unknown>[]) {
  const { pledges, actions, twin } = adoptionOf(items);
  return { pledges, actions, ...(twin ? { twin } : {}) };
}
