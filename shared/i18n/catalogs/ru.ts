/**
 * The Russian catalog, every namespace: a chunk of its own in the bundles, imported by
 * `loadCatalog('ru')` (shared/i18n/catalog.ts) on the first request or email in Russian.
 * A namespace missing here, or a key missing in one, fails the typecheck.
 */
import type { Catalog } from './en.ts';
import vocabulary from '../messages/vocabulary/ru.ts';
import common from '../messages/common/ru.ts';
import validation from '../messages/validation/ru.ts';
import ui from '../messages/ui/ru.ts';
import auth from '../messages/auth/ru.ts';
import members from '../messages/members/ru.ts';
import settings from '../messages/settings/ru.ts';
import cases from '../messages/cases/ru.ts';
import caseSafety from '../messages/caseSafety/ru.ts';
import pledges from '../messages/pledges/ru.ts';
import missions from '../messages/missions/ru.ts';
import proceedings from '../messages/proceedings/ru.ts';
import calendar from '../messages/calendar/ru.ts';
import digests from '../messages/digests/ru.ts';
import emails from '../messages/emails/ru.ts';
import alerts from '../messages/alerts/ru.ts';
import notifications from '../messages/notifications/ru.ts';
import intake from '../messages/intake/ru.ts';
import risk from '../messages/risk/ru.ts';
import app from '../messages/app/ru.ts';
import imports from '../messages/imports/ru.ts';
import attachments from '../messages/attachments/ru.ts';
import corrections from '../messages/corrections/ru.ts';
import coverage from '../messages/coverage/ru.ts';
import apiDocs from '../messages/apiDocs/ru.ts';
import exports from '../messages/exports/ru.ts';

const ru: Catalog = {
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
export default ru;
