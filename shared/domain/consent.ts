/** The consent ledger: every visibility a case has had, who set it, when, and on what basis. */
import type { ConsentBasis, Visibility } from './case.ts';

export interface ConsentEntry {
  id: string;
  caseId: string;
  at: string;
  /** Member id of the coordinator who recorded it. */
  by: string;
  visibility: Visibility;
  namedMemberIds: string[];
  basis: ConsentBasis;
  note?: string;
  /**
   * What happened: the first level, a change, a pause after a reprisal, or its end; or a
   * coordinator cleared MPs' public action on the case (or withdrew that clearance).
   */
  event: 'created' | 'changed' | 'paused' | 'resumed' | 'public_action_cleared' | 'public_action_withdrawn';
}
