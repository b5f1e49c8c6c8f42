/**
 * The parliamentary actions an MP can pledge and log (PRODUCT.md), with
 * stable codes: pledges, logged actions, suggestions and digests all refer
 * to these codes, so a label can be reworded without touching stored data.
 * No zod here (what a cold start reads imports the codes); the schemas are
 * ./parliamentary-actions.schema.ts.
 */

/** Stable codes, in the order of PRODUCT.md. Never rename a code: pledges and actions store it. */
export const PARLIAMENTARY_ACTIONS = [
  'letter_authorities', 'letter_defender', 'parliamentary_question', 'public_statement', 'social_media',
  'meeting_ambassador', 'embassy_visit', 'trial_observation', 'prison_visit', 'committee_hearing',
  'resolution_motion', 'joint_letter',
  // Issue 15: a question to the government on executing an international judgment (the execution gap's remedy).
  'execution_question',
] as const;
export type ParliamentaryAction = (typeof PARLIAMENTARY_ACTIONS)[number];

export const PARLIAMENTARY_ACTION_LABELS: Record<ParliamentaryAction, string> = {
  letter_authorities: 'Letter to the authorities',
  letter_defender: 'Letter to the defender or family',
  parliamentary_question: 'Parliamentary question',
  public_statement: 'Public statement',
  social_media: 'Social media',
  meeting_ambassador: 'Meeting the ambassador',
  embassy_visit: 'Embassy visit',
  trial_observation: 'Trial observation',
  prison_visit: 'Prison visit',
  committee_hearing: 'Raising in a committee hearing',
  resolution_motion: 'Resolution or motion',
  joint_letter: 'Joint letter (co-signed)',
  execution_question: 'Parliamentary question on the execution of a judgment',
};

/**
 * Actions that make the defender's case visible to the public. They are only
 * suggested for cases whose defender consented to publicity, and an MP is
 * told to stop them when a case is paused.
 */
export const PUBLICITY_ACTIONS: ReadonlySet<ParliamentaryAction> = new Set<ParliamentaryAction>([
  'public_statement', 'social_media', 'parliamentary_question', 'resolution_motion', 'execution_question',
]);

/**
 * The public-facing parliamentary actions: on a case not consented as public
 * they need a coordinator's clearance (as does any action logged as public).
 */
export const PUBLIC_FACING_ACTIONS: ReadonlySet<ParliamentaryAction> = new Set<ParliamentaryAction>(['public_statement', 'social_media']);
