/**
 * SES bounce and complaint notifications as SES documents them ("Contents of
 * event data that Amazon SES publishes to Amazon SNS" and "Amazon SNS
 * notification contents for Amazon SES"), written here from the documented
 * fields, wrapped in the SNS event Lambda receives. Addresses are fictional.
 */
const mail = (to: string) => ({
  timestamp: '2026-11-23T06:00:01.012Z',
  source: 'Tandem <no-reply@tandem.example.org>',
  sourceArn: 'arn:aws:ses:eu-west-1:123456789012:identity/tandem.example.org',
  sendingAccountId: '123456789012',
  messageId: '0102018f-2c7a5b1e-6d3f-4a8b-9c0d-1e2f3a4b5c6d-000000',
  destination: [to],
  headersTruncated: false,
  headers: [{ name: 'From', value: 'Tandem <no-reply@tandem.example.org>' }, { name: 'To', value: to }, { name: 'Subject', value: 'Tandem weekly digest · 2026-W48' }],
  commonHeaders: { from: ['Tandem <no-reply@tandem.example.org>'], to: [to], messageId: '0102018f-2c7a5b1e', subject: 'Tandem weekly digest · 2026-W48' },
  tags: { 'ses:configuration-set': ['TandemMailConfigurationSet'], 'ses:source-ip': ['192.0.2.0'] },
});

/** Configuration-set event publishing: `eventType`. */
export const permanentBounce = (to: string) => ({
  eventType: 'Bounce',
  bounce: {
    bounceType: 'Permanent',
    bounceSubType: 'General',
    bouncedRecipients: [{ emailAddress: to, action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
    timestamp: '2026-11-23T06:00:02.669Z',
    feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000000',
    reportingMTA: 'dsn; mta.example.com',
  },
  mail: mail(to),
});

export const complaint = (to: string) => ({
  eventType: 'Complaint',
  complaint: {
    feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000001',
    complaintSubType: null,
    complainedRecipients: [{ emailAddress: to }],
    timestamp: '2026-11-23T07:20:00.000Z',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
    complaintFeedbackType: 'abuse',
    arrivalDate: '2026-11-23T07:19:58.000Z',
  },
  mail: mail(to),
});

/** Identity notifications use `notificationType`; a mailbox that is full is only a transient bounce. */
export const transientBounce = (to: string) => ({
  notificationType: 'Bounce',
  bounce: {
    bounceType: 'Transient',
    bounceSubType: 'MailboxFull',
    bouncedRecipients: [{ emailAddress: to, action: 'failed', status: '4.2.2', diagnosticCode: 'smtp; 452 4.2.2 Mailbox full' }],
    timestamp: '2026-11-23T06:00:02.669Z',
    feedbackId: '01000157c44f053b-61b59c11-9236-11e6-8f96-7be8aexample-000002',
  },
  mail: mail(to),
});

/** The SNS event Lambda receives for one or more SES notifications. */
export function snsEvent(...messages: unknown[]) {
  return {
    Records: messages.map((message, i) => ({
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:eu-west-1:123456789012:TandemSesEvents:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55',
      Sns: {
        Type: 'Notification',
        MessageId: `95df01b4-ee98-5cb9-9903-4c221d41eb5${i}`,
        TopicArn: 'arn:aws:sns:eu-west-1:123456789012:TandemSesEvents',
        Subject: null,
        Message: JSON.stringify(message),
        Timestamp: '2026-11-23T06:00:03.000Z',
        SignatureVersion: '1',
        Signature: 'EXAMPLE',
        SigningCertUrl: 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-EXAMPLE.pem',
        UnsubscribeUrl: 'https://sns.eu-west-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=EXAMPLE',
        MessageAttributes: {},
      },
    })),
  };
}
