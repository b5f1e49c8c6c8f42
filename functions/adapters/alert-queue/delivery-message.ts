/** A queue message's body, checked: a malformed one is a failure the queue dead-letters, never a send. */
import { z } from 'zod';
import type { AlertDelivery } from '#shared/alerts/index.ts';

const deliverySchema = z.object({ alertId: z.string().uuid(), memberIds: z.array(z.string().uuid()).min(1).max(100) }).strict();

export const parseDelivery = (body: string): AlertDelivery => deliverySchema.parse(JSON.parse(body));
