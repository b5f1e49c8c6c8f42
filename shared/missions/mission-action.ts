/**
 * Mission actions: what a diplomat's mission did on a case, coded to the EU
 * Guidelines, dated, with its outcome. Confidential actions are seen only by
 * coordinators and their author; a coordinator may verify an action.
 */
import { z } from 'zod';
import type { EuActionCode } from '../domain/eu-guidelines.ts';
import { euActionCode } from '../domain/eu-guidelines.schema.ts';
import { httpsUrl, isoDate, text } from '../domain/text.ts';

export interface MissionAction {
  id: string;
  caseId: string;
  actionType: EuActionCode;
  mission: string;
  /** The day it was done, YYYY-MM-DD. */
  date: string;
  outcome: string;
  confidential: boolean;
  evidenceUrl?: string;
  /** The request this action fulfilled, if there was one. */
  requestId?: string;
  /** Public-facing action on a non-public case: the diplomat confirmed it was cleared with the coordinator. */
  publicActionCleared?: true;
  createdAt: string;
  createdBy: string;
  /** Shown beside the action (de-confliction: who did what). */
  authorName: string;
  verifiedAt?: string;
  verifiedBy?: string;
  version: number;
}

export const logActionSchema = z
  .object({
    actionType: euActionCode,
    mission: text(160),
    date: isoDate,
    outcome: text(2000),
    confidential: z.boolean({ message: 'Say whether the action is confidential.' }),
    evidenceUrl: httpsUrl.optional(),
    requestId: z.string().uuid('Not a request id.').optional(),
    publicActionCleared: z.literal(true).optional(),
  })
  .strict();
export type LogActionInput = z.infer<typeof logActionSchema>;

/** `logActionSchema` with the date checked against today (YYYY-MM-DD): an action cannot be logged ahead. */
export const logActionSchemaOn = (today: string) =>
  logActionSchema.extend({ date: isoDate.refine((d) => d <= today, { message: 'The date is in the future.', params: { key: 'missions.errors.dateInFuture' } }) }).strict();

export const actionIdSchema = z.string().uuid('Not an action id.');
