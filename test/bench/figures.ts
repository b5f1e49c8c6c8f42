/** The figures a bench run measures: apart from results.ts and plan.ts, which both need them (no import cycle). */
export const FIGURES = ['callsPerRoute', 'lambdaBundles', 'throughput', 'digest', 'alerts', 'imports'] as const;
export type Figure = (typeof FIGURES)[number];
