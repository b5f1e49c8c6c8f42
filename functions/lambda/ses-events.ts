/** Lambda entry for SES bounces and complaints, delivered by SNS: one use case. */
import { handleSesEvents } from '#shared/digests/ses-notifications.ts';
import { sesEventsDeps } from './ses-events-deps.ts';

const deps = sesEventsDeps();
export const handler = (event: unknown) => handleSesEvents(deps, event);
