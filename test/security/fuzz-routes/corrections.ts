/** The fuzzed write routes of corrections (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { EVENT_TYPES } from '#shared/domain/timeline.ts';
import { eventChangeSchemaFor } from '#shared/domain/event-correction.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, date, ifMatch } from './kit.ts';

/** Corrections of the timeline. */
export const correctionRows: FuzzRoute[] = [
  {
    // The oracle is the change schema checked against the fuzzed event, a plain one (valid changes never make it a hearing).
    name: 'PATCH /api/cases/{id}/events/{eventId}', method: 'PATCH', schema: eventChangeSchemaFor({ type: 'update' }), as: 'coordinator',
    valid: fc.record(
      {
        type: fc.constantFrom(...EVENT_TYPES.filter((t) => t !== 'hearing')), date, title: humanText(200),
        description: fc.oneof(humanText(2000), fc.constant(null)),
      },
      { requiredKeys: [] },
    ).filter((v) => Object.keys(v).length > 0),
    path: (ctx) => `/api/cases/${ctx.caseId}/events/${ctx.eventId}`, headers: ifMatch((ctx) => ctx.eventEtag()),
  },
];
