/**
 * The one DynamoDB table, described once. The CDK stack (infra/) and the
 * local CreateTable (functions/local) both build from this, so keys, indexes
 * and TTL cannot drift apart.
 *
 * Access patterns (each a GetItem or a Query, never a Scan):
 * | pattern                          | where                                              |
 * |----------------------------------|----------------------------------------------------|
 * | a case (and later its children)  | pk = CASE#<id>                                     |
 * | cases by country, recent first   | byScope: gsi1pk = COUNTRY#<cc>, gsi1sk CASE#<updatedAt>#<id> |
 * | cases by recent update           | byKind:  gsi2pk = CASES, gsi2sk <updatedAt>#<id>   |
 * | cases by status                  | byKind, filtered on riskStatus (one partition)     |
 * | member                           | pk = MEMBER#<id>                                   |
 * | member by email (unique)         | pk = EMAIL#<email> → memberId                      |
 * | sign-in token / session          | pk = TOKEN#<sha256> / SESSION#<sha256>, TTL        |
 * | audit by case / by actor         | pk = AUDIT#CASE#<id>; byScope: gsi1pk = ACTOR#<id> |
 * | idempotency record               | pk = IDEMPOTENCY#<scope>#<key>, TTL                |
 * | rate-limit window                | pk = RATE#<bucket>#<windowEnd>, TTL                |
 * | digest send (member × ISO week)  | pk = DIGEST#<week>, sk = MEMBER#<id>, TTL          |
 * | digest runs, newest first        | byKind: gsi2pk = DIGEST_RUNS, gsi2sk <startedAt>#<id> |
 * | suppressed addresses             | pk = SUPPRESSED#<email>; byKind: gsi2pk = SUPPRESSED |
 */
export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  /**
   * Every change, with the item before and after, feeds the coverage
   * aggregator (shared/coverage): a Lambda on AWS, a poller in `npm start`.
   */
  streamView: 'NEW_AND_OLD_IMAGES',
  indexes: [
    /** "Scoped" lists: by country, by member, by actor. */
    { name: 'byScope', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** "Kind" lists: all cases by recency, hearings by date, members by name. */
    { name: 'byKind', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  ],
} as const;

export type IndexName = (typeof TABLE.indexes)[number]['name'];
