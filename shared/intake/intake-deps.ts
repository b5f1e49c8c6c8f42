/**
 * What the intake's use cases use, and nothing more (docs/architecture.md, "Narrow dependencies").
 * Any `CoreDeps` is one. A triage step that adds an event and a conversion that creates a case
 * call the cases' use cases, and take what those take (`TriageDeps`, `ConvertDeps`).
 */
import type { AddEventDeps, CreateCaseDeps } from '../cases/index.ts';
import type { LimitDeps } from '../limits/fixed-window.ts';
import type { Clock } from '../ports/clock.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { ReportStore } from './report-store.ts';

/** Reading and triaging reports: their port and the clock (every read writes its audit line). */
export interface IntakeDeps {
  store: ReportStore;
  clock: Clock;
}

/** Accepting a report (the form, an email): storing it, and the acknowledgement to the address given. */
export interface AcceptDeps {
  store: Pick<ReportStore, 'createReport'>;
  mailer: Mailer;
  clock: Clock;
}

/** The public form: accepting, behind the per-source limit. */
export type SubmitDeps = AcceptDeps & LimitDeps;

/** A triage step that links a case adds an event to it: the intake's ports and what `addEvent` takes. */
export type TriageDeps = IntakeDeps & AddEventDeps;

/** Converting a report creates its case: the intake's ports and what `createCase` takes. */
export type ConvertDeps = IntakeDeps & CreateCaseDeps;
