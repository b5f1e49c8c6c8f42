/**
 * The action types of the EU Guidelines on Human Rights Defenders (2008), as
 * data: what a coordinator may ask missions to do and what a diplomat logs.
 * Codes are stored with requests and actions, so they never change; labels
 * and explanations may be reworded freely. `publicFacing` marks the actions
 * that can expose a defender: on a case not consented as public they need the
 * "cleared with the coordinator" confirmation (consult before acting).
 * No zod here (the adapters read the labels at a cold start): the field's schema is
 * ./eu-guidelines.schema.ts.
 */

export interface EuActionType {
  /** Stable identifier, stored with requests and mission actions. */
  code: string;
  label: string;
  /** One line shown beside the choice in forms. */
  explanation: string;
  /** Visible to the authorities or the public: needs clearance on a non-public case. */
  publicFacing: boolean;
}

export const EU_ACTION_TYPES = [
  { code: 'hom_reporting', label: 'Report in Heads of Mission reports', explanation: 'Include the defender\'s situation in the periodic Heads of Mission reporting.', publicFacing: false },
  { code: 'cohom_recommendation', label: 'Recommend to COHOM', explanation: 'Recommend action to the Council working party on human rights (COHOM).', publicFacing: false },
  { code: 'urgent_local_action', label: 'Urgent local action', explanation: 'Act at once with local authorities when the defender is in immediate danger.', publicFacing: false },
  { code: 'local_strategy', label: 'Local strategy', explanation: 'Cover the case in the mission\'s local strategy on human rights defenders.', publicFacing: false },
  { code: 'meeting_hrds', label: 'Meeting with the defender', explanation: 'Meet the defender or their organisation locally, at a place they choose.', publicFacing: false },
  { code: 'information_sharing', label: 'Information sharing between missions', explanation: 'Share what the mission knows with other EU and member-state missions.', publicFacing: false },
  { code: 'receiving_hrds', label: 'Receiving the defender / field visit', explanation: 'Receive the defender at the mission or visit them where they work.', publicFacing: false },
  { code: 'liaison_officer', label: 'Liaison officer contact', explanation: 'Contact through the mission\'s designated liaison officer for defenders.', publicFacing: false },
  { code: 'visible_recognition', label: 'Visible recognition', explanation: 'Publicity, visits or invitations that show the defender is supported.', publicFacing: true },
  { code: 'detention_visit', label: 'Detention visit', explanation: 'Visit the defender in detention, or ask to.', publicFacing: false },
  { code: 'trial_observation', label: 'Trial observation', explanation: 'Attend and observe the defender\'s trial or hearing.', publicFacing: false },
  { code: 'consulting_hrd', label: 'Consulting the defender before action', explanation: 'Ask the defender (or family) what action they want and what risks it carries.', publicFacing: false },
  { code: 'feedback', label: 'Feedback to the defender or family', explanation: 'Tell the defender or their family what was done and with what result.', publicFacing: false },
  { code: 'high_level_visit', label: 'Meeting during a high-level visit', explanation: 'Include a meeting with the defender in a minister\'s or EU official\'s visit.', publicFacing: true },
  { code: 'demarche', label: 'Démarche / political dialogue', explanation: 'Raise the case with the authorities, in a démarche or in political dialogue.', publicFacing: false },
  { code: 'dialogue_preparation', label: 'Involving defenders in dialogue preparation', explanation: 'Consult defenders when preparing human rights dialogues.', publicFacing: false },
  { code: 'public_statement', label: 'Public or multilateral statement', explanation: 'A public statement, or one in a multilateral forum, naming the case.', publicFacing: true },
  { code: 'special_procedures', label: 'Supporting UN and regional special procedures', explanation: 'Help bring the case to UN or regional rapporteurs and mechanisms.', publicFacing: false },
  { code: 'funding', label: 'Funding', explanation: 'Support through EU or member-state instruments (e.g. protection grants).', publicFacing: false },
  { code: 'emergency_visa', label: 'Emergency visa', explanation: 'Issue or speed up a visa so the defender can leave in an emergency.', publicFacing: false },
  { code: 'shelter_relocation', label: 'Temporary shelter or relocation', explanation: 'Arrange temporary shelter or relocation, in the country or abroad.', publicFacing: false },
] as const satisfies readonly EuActionType[];

export type EuActionCode = (typeof EU_ACTION_TYPES)[number]['code'];

export const EU_ACTION_CODES = EU_ACTION_TYPES.map((t) => t.code) as [EuActionCode, ...EuActionCode[]];

const BY_CODE: ReadonlyMap<string, EuActionType> = new Map(EU_ACTION_TYPES.map((t) => [t.code, t]));

/** The type for a code; throws on an unknown code (codes come from validated input). */
export function euActionType(code: EuActionCode): EuActionType {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`Unknown EU Guidelines action code: ${code}`);
  return found;
}

/** `euActionLabel('detention_visit')` → `'Detention visit'`; unknown codes come back unchanged. */
export const euActionLabel = (code: string): string => BY_CODE.get(code)?.label ?? code;
