import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'time.court': '{dateTime} à {place} ({zone})',
  'time.utc': '{dateTime} UTC',
  'time.yours': '{time} chez vous',
  'time.both': '{court} · {yours}',

  'page.title': 'Calendrier des audiences',
  'page.intro': 'Les audiences des dossiers que vous pouvez consulter et les demandes d’action à échéance, du {from} au {to}.',
  'page.times': 'Chaque audience est indiquée à l’heure locale de son tribunal, avec votre heure à côté lorsqu’elle diffère.',
  'page.subscribe': 'S’abonner depuis votre application d’agenda',
  'page.truncated': 'Le calendrier est très chargé\u00a0: seule la première partie de ces semaines est affichée.',
  'page.empty': 'Aucune audience ni demande à échéance pendant ces semaines.',
  'page.week': 'Semaine du {date}',

  'hearing.of': 'Audience de <case>{name}</case> ({country})',
  'hearing.noObservers': 'Pas encore d’observateur·rice.',
  'hearing.observers': 'Observateur·rice·s\u00a0: {names}',
  'hearing.observer': '{name} ({role})',
  'hearing.join': 'J’observerai',
  'hearing.joinFull': 'J’observerai l’audience de {name} du {date}',
  'hearing.leave': 'Quitter la liste d’observation',
  'hearing.leaveFull': 'Quitter la liste d’observation de l’audience de {name} du {date}',

  'timeline.hearing': 'Audience devant {court}, {when}',

  'request.due': 'Échéance\u00a0: {action} pour <case>{name}</case> (missions du pays\u00a0: {country})',
  'request.status.open': 'Ouverte',
  'request.status.acknowledged': 'Prise en compte',
  'request.status.declined': 'Déclinée',
  'request.status.done': 'Réalisée',
  'request.status.withdrawn': 'Retirée',
  'request.overdue': 'En retard',
  'request.log': 'Consigner l’action',

  'feed.title': 'Votre flux d’agenda',
  'feed.back': 'Calendrier des audiences',
  'feed.about': 'Une adresse privée à laquelle votre application d’agenda (Outlook, Google Agenda, Calendrier Apple…) peut s’abonner. Elle recense les audiences et les demandes d’action que vous pouvez consulter, telles qu’elles sont au moment où votre application se met à jour\u00a0: un dossier dont la ou le défenseur·e retire son consentement quitte votre agenda, et un dossier dont la publicité est suspendue le quitte immédiatement.',
  'feed.thirdParty': 'Votre service d’agenda (Google, Microsoft, Apple…) récupère et conserve le contenu du flux. C’est pourquoi seuls les dossiers dont la ou le défenseur·e a consenti à la publicité y sont nommés. Pour tout autre dossier, l’événement porte un titre neutre comme «\u00a0{example}\u00a0», ne nomme ni la ou le défenseur·e ni le tribunal, et renvoie vers Tandem, où vous vous connectez pour le consulter.',
  'feed.language': 'Les événements du flux sont rédigés dans la langue de cette page au moment où vous créez l’adresse\u00a0; chaque audience y figure à l’heure locale de son tribunal.',
  'feed.password': 'Traitez-la comme un mot de passe. Si elle a été partagée par erreur, créez une nouvelle adresse\u00a0: l’ancienne cesse aussitôt de fonctionner.',
  'feed.newUrl': 'L’adresse de votre flux. Elle n’est affichée qu’une seule fois\u00a0: copiez-la dans votre application d’agenda.',
  'feed.active': 'Vous avez un flux, créé le <when>{date}</when>.',
  'feed.none': 'Vous n’avez pas de flux.',
  'feed.make': 'Créer l’adresse de mon flux',
  'feed.remake': 'Créer une nouvelle adresse (l’ancienne cessera de fonctionner)',
  'feed.revoke': 'Révoquer mon flux',
  'feed.revoked': 'Votre flux est révoqué\u00a0: son adresse ne fonctionne plus.',
  'feed.hadNone': 'Vous n’aviez pas de flux.',

  'ics.name': 'Audiences Tandem',
  'ics.description': 'Les audiences et les demandes d’action des dossiers que vous pouvez consulter sur Tandem.',
  'ics.hearing': 'Audience\u00a0: {name}',
  'ics.hearingNeutral': 'Audience (dossier Tandem)',
  'ics.hearingNeutralAbout': 'Une audience dans un dossier non public. Connectez-vous à Tandem pour la consulter\u00a0:',
  'ics.observers': 'Observateur·rice·s\u00a0: {names}.',
  'ics.noObservers': 'Pas encore d’observateur·rice.',
  'ics.due': 'Échéance\u00a0: {action} pour {name}',
  'ics.dueNeutral': 'Échéance\u00a0: {action} (dossier Tandem)',
  'ics.dueAbout': 'Demande d’action aux missions du pays\u00a0: {country}.',
  'ics.dueNeutralAbout': 'Une demande d’action dans un dossier non public. Connectez-vous à Tandem pour la consulter\u00a0:',

  'form.hearingLocal': 'Date et heure de l’audience, à l’heure du tribunal (audiences)',
  'form.timeZone': 'Fuseau horaire du tribunal (audiences)',
  'form.timeZoneHint': 'Réglé sur le fuseau horaire principal du pays\u00a0: {country}\u00a0; changez-le si le tribunal siège dans un autre.',

  'errors.hearingPast': 'Cette audience a déjà eu lieu.',
  'errors.alreadyObserving': 'Vous figurez déjà sur la liste d’observation de cette audience.',
  'errors.feedChanged': 'Votre flux d’agenda a changé entre-temps\u00a0; rechargez la page.',
};
export default fr;
