/**
 * No public action without consent (PRODUCT.md): on a case that is not
 * public, an MP's pledge of a public-facing action (public statement, social
 * media) and an action logged as public need a coordinator's clearance of
 * public action on that case. A pause suspends the clearance.
 */
import type { DefenderCase, Visibility } from '../domain/case.ts';
import { PUBLIC_FACING_ACTIONS, type ParliamentaryAction } from '../domain/parliamentary-actions.ts';
import { ConsentRequiredError, type Wording } from '../errors/index.ts';

type ConsentState = Pick<DefenderCase, 'visibility' | 'pausedAt' | 'publicActionClearedAt'>;

/** True when MPs may act publicly on the case: it is public, or a coordinator cleared it and it is not paused. */
export const publicActionAllowed = (c: ConsentState): boolean =>
  c.visibility === 'public' || (c.publicActionClearedAt !== undefined && c.pausedAt === undefined);

/** The public-facing actions among `actions`. */
export const publicFacing = (actions: readonly ParliamentaryAction[]): ParliamentaryAction[] =>
  actions.filter((a) => PUBLIC_FACING_ACTIONS.has(a));

const LEVEL: Record<Visibility, string> = { public: 'public', network: 'network only', restricted: 'restricted' };

/** What the pledge and action forms say before the MP submits. */
export function publicConsentText(c: ConsentState): string {
  if (c.visibility === 'public') return 'The defender consented to publicity: public statements and public actions are possible.';
  if (c.pausedAt) return 'Publicity is paused on this case after a reprisal: no public statement, social media post or public action.';
  return publicActionAllowed(c)
    ? `The defender did not consent to publicity (${LEVEL[c.visibility]}), but a coordinator cleared public action on this case after consulting them.`
    : `The defender did not consent to publicity (${LEVEL[c.visibility]}): a public statement, a social media post or an action logged as public needs a coordinator to clear public action on this case first.`;
}

/** The same, as catalog words (`pledges.consent.*`), for pages and the 409's detail in the reader's language. */
export function publicConsentWording(c: ConsentState): Wording {
  if (c.visibility === 'public') return { key: 'pledges.consent.public' };
  if (c.pausedAt) return { key: 'pledges.consent.paused' };
  return publicActionAllowed(c)
    ? { key: 'pledges.consent.cleared', values: { level: c.visibility } }
    : { key: 'pledges.consent.notCleared', values: { level: c.visibility } };
}

/**
 * Throws ConsentRequiredError (409) when the change makes the MP act publicly
 * on a case where that is not allowed. `publicActions`: public-facing actions
 * newly pledged; `loggedPublic`: an action newly logged (or made) public.
 */
export function requirePublicConsent(c: ConsentState, change: { publicActions?: readonly ParliamentaryAction[]; loggedPublic?: boolean }): void {
  const asked = (change.publicActions?.length ?? 0) > 0 || change.loggedPublic === true;
  if (!asked || publicActionAllowed(c)) return;
  throw new ConsentRequiredError(publicConsentText(c), { wording: publicConsentWording(c) });
}
