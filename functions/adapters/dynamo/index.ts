/** The DynamoDB adapter of the `Store` port, and the helpers to create its table. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Store } from '#shared/ports/store.ts';
import { auditStore } from './audit-store.ts';
import { authStore } from './auth-store.ts';
import { caseStore } from './case-store.ts';
import { eventCorrectionStore } from './event-correction-store.ts';
import { digestStore } from './digest-store.ts';
import { joinStore } from './join-store.ts';
import { memberStore } from './member-store.ts';
import { pledgeStore } from './pledge-store.ts';
import { missionStore } from './mission-store.ts';
import { gapStore } from './gap-store.ts';
import { calendarStore } from './calendar-store.ts';
import { notificationStore } from './notification-store.ts';
import { alertStore } from './alert-store.ts';
import { coverageStore } from './coverage-store.ts';
import { memberHomeStore } from './member-home-store.ts';
import { memberRecordStore } from './member-record-store.ts';
import { importStore } from './import-store.ts';
import { importJobStore } from './import-job-store.ts';
import { reportStore } from './report-store.ts';
import { attachmentStore } from './attachment-store.ts';
import { proceedingStore } from './proceeding-store.ts';
import { riskStore } from './risk-store.ts';
// B4: the XLSX export as a job.
import { exportJobStore } from './export-job-store.ts';

export function createDynamoStore(doc: DynamoDBDocumentClient, table: string): Store {
  return {
    ...caseStore(doc, table), ...eventCorrectionStore(doc, table), ...auditStore(doc, table), ...memberStore(doc, table), ...joinStore(doc, table),
    ...authStore(doc, table), ...pledgeStore(doc, table),
    ...missionStore(doc, table), ...gapStore(doc, table), ...calendarStore(doc, table), ...digestStore(doc, table),
    ...notificationStore(doc, table),
    ...alertStore(doc, table),
    ...coverageStore(doc, table),
    ...memberHomeStore(doc, table),
    ...memberRecordStore(doc, table),
    ...importStore(doc, table),
    ...importJobStore(doc, table),
    ...reportStore(doc, table),
    ...attachmentStore(doc, table),
    ...proceedingStore(doc, table),
    ...riskStore(doc, table),
    ...exportJobStore(doc, table),
  };
}

export { createDocumentClient, type DynamoSettings } from './client.ts';
export { createCallCounter, type CallCounter, type CallTally, type RecordedCall } from './call-counter.ts';
export { ensureTable, createTableInput, countItems } from './table.ts';
