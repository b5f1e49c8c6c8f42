/** The fuzzed write routes of cases (test/security/fuzz-routes.ts orders them). */
import fc from 'fast-check';
import { createCaseSchema, updateCaseSchema } from '#shared/domain/case.ts';
import { EVENT_TYPES, newEventSchema } from '#shared/domain/timeline.ts';
import { humanText } from '../fuzz-kit.ts';
import { type FuzzRoute, optional, date, clean, newCase, caseEdit, ifMatch } from './kit.ts';

/** Creating and editing a case. */
export const caseRows: FuzzRoute[] = [
  { name: 'POST /api/cases', method: 'POST', schema: createCaseSchema, valid: newCase, as: 'coordinator', path: () => '/api/cases' },
  {
    name: 'PATCH /api/cases/{id}', method: 'PATCH', schema: updateCaseSchema, valid: caseEdit, as: 'coordinator',
    path: (ctx) => `/api/cases/${ctx.caseId}`, headers: ifMatch((ctx) => ctx.caseEtag()),
  },
];

/** A case's timeline events. */
export const timelineRows: FuzzRoute[] = [
  {
    name: 'POST /api/cases/{id}/events', method: 'POST', schema: newEventSchema, as: 'coordinator',
    valid: fc.oneof(
      fc.record({ type: fc.constantFrom(...EVENT_TYPES.filter((t) => t !== 'hearing')), date, title: humanText(200), description: optional(humanText(2000)) }).map(clean),
      fc.record({ type: fc.constant('hearing'), date, title: humanText(200), court: humanText(200), hearingAt: date.map((d) => `${d}T09:30`) }),
      // A court's local time and zone; 10:00 falls in no zone's clock change.
      fc.record({
        type: fc.constant('hearing'), date, title: humanText(200), court: humanText(200), hearingLocal: date.map((d) => `${d}T10:00`),
        timeZone: fc.constantFrom('America/Tegucigalpa', 'Europe/Paris', 'America/Santiago', 'Asia/Kathmandu'),
      }),
    ),
    path: (ctx) => `/api/cases/${ctx.caseId}/events`,
  },
];
