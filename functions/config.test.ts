/**
 * The configuration each function reads from its environment: defaults, coercions, and a
 * refusal that names every variable at fault with what is wrong with it. The messages are
 * the ones the functions have always logged (zod's wording, from when zod checked them),
 * so an operator's search of the logs for an old message still finds the new ones.
 */
import { describe, expect, it } from 'vitest';
import { importWorkerConfig, intakeEmailConfig, lambdaConfig, localConfig, notificationsConfig, signInLinkConfig, tableOnlyConfig } from './config.ts';

const LAMBDA_ENV = {
  TABLE_NAME: 'tandem',
  AWS_REGION: 'eu-west-1',
  APP_URL: 'https://tandem.example.org//',
  MAIL_FROM: 'Tandem <no-reply@example.org>',
  SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:tandem',
  PATH: '/usr/bin',
};

describe('the Lambda functions’ configuration', () => {
  it('keeps the declared variables only, trims the app URL’s slashes and fills the defaults', () => {
    expect(lambdaConfig(LAMBDA_ENV)).toEqual({
      TABLE_NAME: 'tandem',
      AWS_REGION: 'eu-west-1',
      APP_URL: 'https://tandem.example.org',
      MAIL_FROM: 'Tandem <no-reply@example.org>',
      SECRET_ARN: LAMBDA_ENV.SECRET_ARN,
      SES_MAX_SEND_RATE: 1,
      DIGEST_WORKER_CONCURRENCY: 2,
      ALERT_SENDER_CONCURRENCY: 2,
      DECLINED_REPORT_DAYS: 30,
    });
  });

  it('reads numbers from their text and keeps the optional variables that are set', () => {
    const config = lambdaConfig({
      ...LAMBDA_ENV, SES_MAX_SEND_RATE: '14', DECLINED_REPORT_DAYS: ' 90 ', FILES_BUCKET: 'tandem-files',
      FILES_UPLOAD_ORIGIN: ' https://tandem-files.s3.eu-west-1.amazonaws.com ', ALERT_QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/1/alerts',
    });
    expect(config.SES_MAX_SEND_RATE).toBe(14);
    expect(config.DECLINED_REPORT_DAYS).toBe(90);
    expect(config.FILES_BUCKET).toBe('tandem-files');
    expect(config.FILES_UPLOAD_ORIGIN).toBe('https://tandem-files.s3.eu-west-1.amazonaws.com');
    expect(config.ALERT_QUEUE_URL).toBe('https://sqs.eu-west-1.amazonaws.com/1/alerts');
    expect(config.IMPORT_QUEUE_URL).toBeUndefined();
  });

  it('names every missing variable, in the order they are declared', () => {
    expect(() => lambdaConfig({ AWS_REGION: 'eu-west-1' })).toThrow(
      'Invalid configuration (TABLE_NAME: Invalid input: expected string, received undefined; ' +
        'APP_URL: Invalid input: expected string, received undefined; MAIL_FROM: Invalid input: expected string, received undefined; ' +
        'SECRET_ARN: Invalid input: expected string, received undefined)',
    );
  });

  it('says what is wrong with each malformed value, in the order the variables are declared', () => {
    expect(() =>
      lambdaConfig({
        ...LAMBDA_ENV, TABLE_NAME: '', APP_URL: 'tandem.example.org', MAIL_FROM: 'ab', SES_MAX_SEND_RATE: 'fast', DIGEST_WORKER_CONCURRENCY: '1.5',
        ALERT_SENDER_CONCURRENCY: '200', DECLINED_REPORT_DAYS: '0', FILES_BUCKET: 'ab', IMPORT_QUEUE_URL: '',
      }),
    ).toThrow(
      'Invalid configuration (TABLE_NAME: Too small: expected string to have >=1 characters; APP_URL: Invalid URL; ' +
        'MAIL_FROM: Too small: expected string to have >=3 characters; SES_MAX_SEND_RATE: Invalid input: expected number, received NaN; ' +
        'FILES_BUCKET: Too small: expected string to have >=3 characters; IMPORT_QUEUE_URL: Invalid URL; ' +
        'DIGEST_WORKER_CONCURRENCY: Invalid input: expected int, received number; ALERT_SENDER_CONCURRENCY: Too big: expected number to be <=100; ' +
        'DECLINED_REPORT_DAYS: Too small: expected number to be >=1)',
    );
    expect(() => lambdaConfig({ ...LAMBDA_ENV, SES_MAX_SEND_RATE: '0' })).toThrow('(SES_MAX_SEND_RATE: Too small: expected number to be >0)');
    expect(() => lambdaConfig({ ...LAMBDA_ENV, SES_MAX_SEND_RATE: '' })).toThrow('(SES_MAX_SEND_RATE: Too small: expected number to be >0)');
  });

  it('gives each function only what it reads, with its own required variables', () => {
    const { SECRET_ARN: _secret, ...withoutSecret } = LAMBDA_ENV;
    expect(signInLinkConfig(withoutSecret)).toEqual({
      TABLE_NAME: 'tandem', AWS_REGION: 'eu-west-1', APP_URL: 'https://tandem.example.org', MAIL_FROM: 'Tandem <no-reply@example.org>',
    });
    expect(tableOnlyConfig({ TABLE_NAME: 'tandem', AWS_REGION: 'eu-west-1', APP_URL: 'not checked here' })).toEqual({ TABLE_NAME: 'tandem', AWS_REGION: 'eu-west-1' });
    expect(() => notificationsConfig(withoutSecret)).toThrow('Invalid configuration (SECRET_ARN: Invalid input: expected string, received undefined)');
    expect(notificationsConfig({ ...LAMBDA_ENV, NOTIFICATIONS_CONCURRENCY: '3' })).toMatchObject({ SES_MAX_SEND_RATE: 1, NOTIFICATIONS_CONCURRENCY: 3 });
    expect(intakeEmailConfig({ ...LAMBDA_ENV, INTAKE_BUCKET: 'inbox', FILES_BUCKET: 'files' })).toMatchObject({ INTAKE_PREFIX: 'incoming/', INTAKE_BUCKET: 'inbox' });
    expect(() => importWorkerConfig({ ...LAMBDA_ENV, FILES_BUCKET: 'files', IMPORT_QUEUE_URL: 'queue' })).toThrow('Invalid configuration (IMPORT_QUEUE_URL: Invalid URL)');
  });
});

describe('the local server’s configuration', () => {
  it('has a default for everything', () => {
    expect(localConfig({})).toEqual({
      PORT: 3000, TANDEM_DATA_DIR: '.data', AWS_REGION: 'eu-west-1', MAIL_FROM: 'Tandem <no-reply@tandem.localhost>', TANDEM_SEND_RATE: 50,
      TANDEM_REMINDER_MINUTES: 15, TANDEM_DECLINED_REPORT_DAYS: 30, TANDEM_SMTP_PORT: 2525, TANDEM_INTAKE_ADDRESS: 'report@tandem.localhost',
      TANDEM_BACKGROUND_WORKERS: 'on',
    });
  });

  it('checks ports and the intake address', () => {
    expect(localConfig({ PORT: '8080', TANDEM_SMTP_PORT: '0', TANDEM_REMOTE_TABLE: 'tandem-prod' })).toMatchObject({ PORT: 8080, TANDEM_SMTP_PORT: 0, TANDEM_REMOTE_TABLE: 'tandem-prod' });
    expect(() => localConfig({ PORT: '0', TANDEM_INTAKE_ADDRESS: 'report@localhost', TANDEM_SMTP_PORT: '70000' })).toThrow(
      'Invalid configuration (PORT: Too small: expected number to be >=1; TANDEM_SMTP_PORT: Too big: expected number to be <=65535; TANDEM_INTAKE_ADDRESS: Invalid email address)',
    );
  });

  it('turns the background workers off only with on or off', () => {
    expect(localConfig({ TANDEM_BACKGROUND_WORKERS: 'off' }).TANDEM_BACKGROUND_WORKERS).toBe('off');
    expect(() => localConfig({ TANDEM_BACKGROUND_WORKERS: 'no' })).toThrow(
      'Invalid configuration (TANDEM_BACKGROUND_WORKERS: Invalid option: expected one of "on"|"off")',
    );
  });
});
