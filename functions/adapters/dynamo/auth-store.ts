/** Sign-in tokens, sessions, rate-limit windows and idempotency records: small items with a TTL. */
import {
  DeleteCommand, GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { AuthStore, Session } from '#shared/auth/auth-store.ts';
import type { IdempotencyStore, IdempotentResponse } from '#shared/writes/records.ts';
import { isConditionFailure, rethrowTransient } from './errors.ts';
import { keys, stripKeys } from './keys.ts';
import { getItem } from './plain-reads.ts';
import { sessionIndex } from './member-admin-store.ts';

export function authStore(doc: DynamoDBDocumentClient, table: string): AuthStore & IdempotencyStore {
  const send = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      rethrowTransient(error);
    }
  };

  return {
    putSignInToken: (tokenHash, memberId, expiresAt) =>
      send(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: { ...keys.token(tokenHash), itemType: 'token', memberId, expiresAt } }));
      }),

    async consumeSignInToken(tokenHash, nowEpoch) {
      // Delete-if-valid in one call: two clicks on the same link cannot both win.
      try {
        const { Attributes } = await doc.send(
          new DeleteCommand({
            TableName: table,
            Key: keys.token(tokenHash),
            ConditionExpression: 'attribute_exists(pk) AND expiresAt > :now',
            ExpressionAttributeValues: { ':now': nowEpoch },
            ReturnValues: 'ALL_OLD',
          }),
        );
        return typeof Attributes?.memberId === 'string' ? Attributes.memberId : undefined;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        rethrowTransient(error);
      }
    },

    putSession: (s) =>
      send(async () => {
        await doc.send(new PutCommand({ TableName: table, Item: { ...keys.session(s.idHash), itemType: 'session', ...sessionIndex(s.memberId, s.idHash), ...s, listedByMember: true } }));
      }),

    getSession: (idHash) =>
      send(async () => {
        const Item = await getItem(doc, { TableName: table, Key: keys.session(idHash) });
        return Item ? ({ ...stripKeys<Session>(Item), expiresAt: Number(Item.expiresAt) }) : undefined;
      }),

    deleteSession: (idHash) =>
      send(async () => {
        await doc.send(new DeleteCommand({ TableName: table, Key: keys.session(idHash) }));
      }),

    updateSessionChoices: (idHash, { uiLanguage, timeZone }) =>
      send(async () => {
        try {
          await doc.send(new UpdateCommand({
            TableName: table,
            Key: keys.session(idHash),
            UpdateExpression: 'SET #uiLanguage = :l, #timeZone = :z',
            ExpressionAttributeNames: { '#uiLanguage': 'uiLanguage', '#timeZone': 'timeZone' },
            // Never recreates a session that was signed out meanwhile.
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':l': uiLanguage, ':z': timeZone },
          }));
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
        }
      }),

    hitRateLimit: (bucket, windowEndsAt) =>
      send(async () => {
        const { Attributes } = await doc.send(
          new UpdateCommand({
            TableName: table,
            Key: keys.rate(bucket, windowEndsAt),
            UpdateExpression: 'ADD hits :one SET expiresAt = :end',
            ExpressionAttributeValues: { ':one': 1, ':end': windowEndsAt },
            ReturnValues: 'UPDATED_NEW',
          }),
        );
        return Number(Attributes?.hits ?? 1);
      }),

    getIdempotent: (scope, key) =>
      send(async () => {
        const { Item } = await doc.send(new GetCommand({ TableName: table, Key: keys.idempotency(scope, key), ConsistentRead: true }));
        return Item ? stripKeys<IdempotentResponse>(Item) : undefined;
      }),
  };
}
