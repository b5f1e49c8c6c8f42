/** CDK entry (`cdk.json` → `npx tsx infra/app.ts`). */
import { createTandemApp } from './tandem-app.ts';

createTandemApp();
