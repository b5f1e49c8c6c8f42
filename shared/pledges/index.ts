/** MP adoption: pledges, twinning, logged actions, verification, co-signed letters, suggestions. */
export * from './pledge.schema.ts';
export * from './action.schema.ts';
export * from './adoption-view.ts';
export * from './suggestions.ts';
export { createPledge, updatePledge, withdrawPledge, endTwinning, getPledge, listPledges, type CasePledges } from './pledges.ts';
export { logAction, editAction, verifyAction, coSign, listActions, getAction, type LogActionResult } from './actions.ts';
export { listMyPledges, myPledgesQuerySchema, visibleAdoption, type MyAdoption, type MyAdoptions } from './my-pledges.ts';
export { publicActionAllowed, publicConsentText, publicConsentWording, requirePublicConsent } from './public-consent.ts';
