/**
 * The one DynamoDB table, built from the shared definition so the deployed
 * keys, indexes and TTL cannot drift from what the code (and DynamoDB Local)
 * uses. Access is granted per mode with the exact actions the app calls:
 * items on the table, Query on the table and on each named index. No Scan:
 * the app never scans, so production cannot either.
 */
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TABLE } from '#shared/table/table-definition.ts';

export type TableAccess = 'read' | 'readwrite';

const ITEM_ACTIONS: Record<TableAccess, string[]> = {
  read: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'],
  readwrite: [
    'dynamodb:GetItem', 'dynamodb:BatchGetItem',
    'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem',
    'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem',
  ],
};

const string = (name: string) => ({ name, type: AttributeType.STRING });

export class TandemTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: string(TABLE.partitionKey),
      sortKey: string(TABLE.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // AWS-managed key: encrypted at rest and every key use is visible in CloudTrail.
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: TABLE.ttlAttribute,
      // The coverage aggregator reads every change from the stream (the same view DynamoDB Local gives npm start).
      stream: StreamViewType[TABLE.streamView],
    });
    for (const index of TABLE.indexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: string(index.partitionKey),
        sortKey: string(index.sortKey),
        projectionType: ProjectionType.ALL,
      });
    }
  }

  get tableName(): string {
    return this.table.tableName;
  }

  /** Grants exactly what `mode` needs; functions call this, never `grant*` on the table. */
  grantData(grantee: IGrantable, mode: TableAccess): void {
    const indexArns = TABLE.indexes.map((index) => `${this.table.tableArn}/index/${index.name}`);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ITEM_ACTIONS[mode], resources: [this.table.tableArn] }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['dynamodb:Query'], resources: [this.table.tableArn, ...indexArns] }),
    );
  }
}
