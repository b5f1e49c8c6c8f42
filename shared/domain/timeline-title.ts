/**
 * The title a reader sees for a timeline event. A proceeding's stage (shared/proceedings/stage-events.ts)
 * stores only its reference as its title: the body is worded in the reader's language here, so a digest,
 * a page or an export in French names the "Cour européenne des droits de l’homme".
 */
import type { Translator } from '../i18n/translator.ts';
import type { TimelineEvent } from './timeline.ts';

export function eventTitle(translator: Pick<Translator, 't' | 'label'>, e: Pick<TimelineEvent, 'title' | 'proceeding'>): string {
  if (!e.proceeding) return e.title;
  const { internationalBody, otherBody } = e.proceeding;
  const body = internationalBody === 'other' && otherBody ? otherBody : translator.label(`proceedings.body.${internationalBody}`);
  return e.title ? translator.t('proceedings.timeline.titleWithReference', { body, reference: e.title }) : translator.t('proceedings.timeline.title', { body });
}
