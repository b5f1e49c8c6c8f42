/**
 * The coverage figures counted again from the base items, the slow way: a
 * Scan of the whole table, then plain counting. Written apart from
 * shared/coverage/contributions.ts on purpose, so the property test compares
 * the stream's incremental sums with an independent count, not with itself.
 */
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, any>;
type Rows = Map<string, Record<string, number>>;

export async function scanAll(doc: DynamoDBDocumentClient, table: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

export function recount(items: Item[]): Rows {
  const rows: Rows = new Map();
  const bump = (scope: string, key: string, field: string, by = 1) => {
    if (by === 0) return;
    const row = rows.get(`${scope}|${key}`) ?? {};
    row[field] = (row[field] ?? 0) + by;
    rows.set(`${scope}|${key}`, row);
  };
  const country = (cc: string, field: string, by = 1) => { bump('countries', cc, field, by); bump('countries', 'ALL', field, by); };
  const month = (at: string, cc: string | undefined, field: string) => {
    if (cc) bump('months', `${at.slice(0, 7)}#${cc}`, field);
    bump('months', `${at.slice(0, 7)}#ALL`, field);
  };
  const ofType = (type: string) => items.filter((i) => i.itemType === type && typeof i.pk === 'string' && !i.pk.startsWith('COVERAGE#'));
  const cases = new Map(ofType('case').map((c) => [c.pk as string, c]));
  const twins = new Set(ofType('twin').map((t) => t.pk as string));
  const actions = ofType('action');

  for (const c of cases.values()) {
    country(c.country, 'cases');
    if (c.state !== 'active') continue;
    country(c.country, 'active');
    country(c.country, c.adopterCount > 0 ? 'adopted' : 'unadopted');
    if (twins.has(c.pk)) country(c.country, 'twinned');
  }
  for (const p of ofType('pledge')) {
    const c = cases.get(p.pk);
    if (!c) continue;
    const pledged = [...new Set<string>(p.actions)];
    country(c.country, 'pledgedActions', pledged.length);
    const done = pledged.filter((type) => actions.some((a) => a.pk === p.pk && a.memberId === p.memberId && a.type === type));
    country(c.country, 'fulfilledActions', done.length);
  }
  for (const a of actions) month(a.date, cases.get(a.pk)?.country, 'mpActions');
  for (const a of ofType('mission_action')) month(a.date, cases.get(a.pk)?.country, 'missionActions');
  for (const r of ofType('request')) {
    if (r.status === 'open' || r.status === 'acknowledged') {
      country(r.country, 'openRequests');
      bump('countries', `${r.country}#DUE#${r.dueDate}`, 'open');
    }
    month(r.createdAt, r.country, 'requests');
    const first = r.firstAnsweredAt ?? r.respondedAt;
    if (first) {
      month(r.createdAt, r.country, 'answered');
      const days = Math.min(90, Math.floor((Date.parse(first) - Date.parse(r.createdAt)) / 86_400_000));
      month(r.createdAt, r.country, `answerDays${days}`);
    }
  }
  for (const a of ofType('alert')) {
    month(a.createdAt, a.country, 'alerts');
    const answers = ofType('alert_recipient').filter((r) => r.pk === a.pk && r.answeredAt).map((r) => r.answeredAt as string).sort();
    if (answers[0]) {
      month(a.createdAt, a.country, 'alertsAnswered');
      month(a.createdAt, a.country, `alertHours${Math.min(72, Math.floor((Date.parse(answers[0]) - Date.parse(a.createdAt)) / 3_600_000))}`);
    }
  }
  for (const r of ofType('report')) {
    bump('countries', 'REPORTS', r.status);
    if (r.status === 'new' || r.status === 'in_review') bump('countries', `REPORTS#OPEN#${r.receivedAt}`, 'open');
    const month = (r.receivedAt as string).slice(0, 7);
    bump('months', `${month}#ALL`, 'reports');
    if (r.firstTriagedAt) {
      bump('months', `${month}#ALL`, 'reportsTriaged');
      const minutes = Math.max(0, Math.round((Date.parse(r.firstTriagedAt) - Date.parse(r.receivedAt)) / 60_000));
      bump('months', `${month}#TRIAGE#${String(minutes).padStart(7, '0')}`, 'reports');
    }
  }
  return rows;
}
