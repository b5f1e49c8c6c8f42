/**
 * The Spanish catalog, every namespace: a chunk of its own in the bundles, imported by
 * `loadCatalog('es')` (shared/i18n/catalog.ts) on the first request or email in Spanish.
 * A namespace missing here, or a key missing in one, fails the typecheck.
 */
import type { Catalog } from './en.ts';
import vocabulary from '../messages/vocabulary/es.ts';
import common from '../messages/common/es.ts';
import validation from '../messages/validation/es.ts';
import ui from '../messages/ui/es.ts';
import auth from '../messages/auth/es.ts';
import members from '../messages/members/es.ts';
import settings from '../messages/settings/es.ts';
import cases from '../messages/cases/es.ts';
import caseSafety from '../messages/caseSafety/es.ts';
import pledges from '../messages/pledges/es.ts';
import missions from '../messages/missions/es.ts';
import proceedings from '../messages/proceedings/es.ts';
import calendar from '../messages/calendar/es.ts';
import digests from '../messages/digests/es.ts';
import emails from '../messages/emails/es.ts';
import alerts from '../messages/alerts/es.ts';
import notifications from '../messages/notifications/es.ts';
import intake from '../messages/intake/es.ts';
import risk from '../messages/risk/es.ts';
import app from '../messages/app/es.ts';
import imports from '../messages/imports/es.ts';
import attachments from '../messages/attachments/es.ts';
import corrections from '../messages/corrections/es.ts';
import coverage from '../messages/coverage/es.ts';
import apiDocs from '../messages/apiDocs/es.ts';
import exports from '../messages/exports/es.ts';

const es: Catalog = {
  vocabulary,
  common,
  validation,
  ui,
  auth,
  members,
  settings,
  cases,
  caseSafety,
  pledges,
  missions,
  proceedings,
  calendar,
  digests,
  emails,
  alerts,
  notifications,
  intake,
  risk,
  app,
  imports,
  attachments,
  corrections,
  coverage,
  apiDocs,
  exports,
};
export default es;
