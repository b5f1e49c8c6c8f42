/** What other features may use of web/calendar/ (they import nothing else from it). */
export { calendarApi } from './calendar-api.routes.ts';
export { calendarPages } from './calendar-pages.routes.tsx';
