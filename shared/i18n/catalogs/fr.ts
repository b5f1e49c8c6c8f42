/**
 * The French catalog, every namespace: a chunk of its own in the bundles, imported by
 * `loadCatalog('fr')` (shared/i18n/catalog.ts) on the first request or email in French.
 * A namespace missing here, or a key missing in one, fails the typecheck.
 */
import type { Catalog } from './en.ts';
import vocabulary from '../messages/vocabulary/fr.ts';
import common from '../messages/common/fr.ts';
import validation from '../messages/validation/fr.ts';
import ui from '../messages/ui/fr.ts';
import auth from '../messages/auth/fr.ts';
import members from '../messages/members/fr.ts';
import settings from '../messages/settings/fr.ts';
import cases from '../messages/cases/fr.ts';
import caseSafety from '../messages/caseSafety/fr.ts';
import pledges from '../messages/pledges/fr.ts';
import missions from '../messages/missions/fr.ts';
import proceedings from '../messages/proceedings/fr.ts';
import calendar from '../messages/calendar/fr.ts';
import digests from '../messages/digests/fr.ts';
import emails from '../messages/emails/fr.ts';
import alerts from '../messages/alerts/fr.ts';
import notifications from '../messages/notifications/fr.ts';
import intake from '../messages/intake/fr.ts';
import risk from '../messages/risk/fr.ts';
import app from '../messages/app/fr.ts';
import imports from '../messages/imports/fr.ts';
import attachments from '../messages/attachments/fr.ts';
import corrections from '../messages/corrections/fr.ts';
import coverage from '../messages/coverage/fr.ts';
import apiDocs from '../messages/apiDocs/fr.ts';
import exports from '../messages/exports/fr.ts';

const fr: Catalog = {
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
export default fr;
