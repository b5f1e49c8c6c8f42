/**
 * The only import of Hono's Lambda adapter, so that its planned move to a
 * package of its own touches one line.
 */
export { handle } from 'hono/aws-lambda';
