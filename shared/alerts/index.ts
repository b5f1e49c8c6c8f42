/** What other features and the runtimes may use of shared/alerts/ (they import nothing else from it). */
export * from './alert.ts';
export { deliveriesOf, type AlertQueue } from './alert-queue.ts';
export type { AlertStore, AlertClaim, AlertReach, DueReminder, ReachEntry, SentMark } from './alert-store.ts';
export { createAlert, pausedConflict, type AlertDeps, type CreateAlertResult } from './create-alert.ts';
export { composeAlert, draftFrom, type AlertDraft, type ComposeContext } from './compose.ts';
export { chooseRecipients, countRecipients, reasonFor, type AlertCandidate, type CaseTies, type RecipientCounts } from './recipients.ts';
export { deliverAlert, DeliveryIncompleteError, type DeliveryTally, type SenderDeps, type DeliverOptions } from './deliver.ts';
export { answerAlert, getMyAlert, actionFormPath, reminderDueAt, type MyAlert } from './respond.ts';
export { getAlertRoster, rosterOf, type AlertRoster, type CaseAlertRoster, type RosterEntry } from './roster.ts';
export { findDueAlertReminders, sendAlertReminder, sendDueAlertReminders, type ReminderOutcome } from './reminders.ts';
export { alertUnsubscribeToken, alertUnsubscribeUrl, checkAlertUnsubscribeToken, unsubscribeFromAlerts } from './alert-unsubscribe.ts';
export { askedActionLabel } from './asked-label.ts';
export { listWaitingAlerts, visibleWaitingAlerts, waitingAlertOf, WAITING_DAYS_AFTER_DEADLINE, type WaitingAlertView } from './waiting.ts';
