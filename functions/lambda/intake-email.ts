/**
 * Lambda entry of reports by email. SES receives mail for the intake address, stores the raw
 * message in the inbox bucket (receipt rule, S3 action), then invokes this function (Lambda
 * action, asynchronously) with the message's id. The function reads the message, hands it to the
 * same parsing code the local SMTP listener uses, and deletes it from the inbox once the report is
 * stored (the bucket's lifecycle removes whatever a failure leaves). A redelivery of the same
 * message adds nothing: the report's id comes from the message's. A throw makes Lambda retry.
 */
import type { SESEvent } from 'aws-lambda';
import { receiveEmailReport } from '#shared/intake/email-report.ts';
import { jsonLogger } from '#shared/ports/logger.ts';
import { s3BlobStore } from '../adapters/blob-store/s3-blob-store.ts';
import { intakeEmailConfig } from '../config.ts';
import { mailLambdaDeps } from './mail-lambda-deps.ts';

const config = intakeEmailConfig();
const inbox = s3BlobStore({ bucket: config.INTAKE_BUCKET, region: config.AWS_REGION });
const deps = { ...mailLambdaDeps(config), files: s3BlobStore({ bucket: config.FILES_BUCKET, region: config.AWS_REGION }) };

export const handler = async (event: SESEvent): Promise<void> => {
  for (const record of event.Records) {
    const { messageId } = record.ses.mail;
    const key = `${config.INTAKE_PREFIX}${messageId}`;
    const stored = await inbox.get(key);
    // Already taken and deleted by an earlier delivery of this event: nothing left to do.
    if (!stored) continue;
    const virusFound = record.ses.receipt.virusVerdict?.status === 'FAIL';
    const report = await receiveEmailReport(deps, stored.body, { messageId, virusFound });
    // Ids and verdicts only: never the sender, the subject or a file name.
    jsonLogger.info('intake email received', { messageId, stored: report !== undefined, attachments: report?.attachments?.length ?? 0, virusFound });
    await inbox.delete(key);
  }
};
