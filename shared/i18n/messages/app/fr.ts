import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'request.crossSite': 'Cette requête venait d’un autre site, Tandem l’a donc refusée. Revenez à la page de Tandem et réessayez depuis celle-ci.',
  'request.noOrigin': 'Les modifications doivent être envoyées depuis une page de Tandem. Rechargez la page et réessayez.',
  'request.tooLarge': 'Votre envoi dépasse {kib} Kio. Envoyez-en moins à la fois.',
  'request.notJson': 'Envoyez le corps de la requête en JSON (Content-Type\u00a0: application/json).',
  'request.malformedJson': 'Le corps de la requête est illisible.',
  'request.malformedJsonField': 'Le corps de la requête n’est pas du JSON valide.',
  'outbox.title': 'Boîte d’envoi',
  'outbox.heading': 'Boîte d’envoi locale',
  'outbox.intro': 'Tous les courriels envoyés par Tandem en local, du plus récent au plus ancien. Rien de ce qui figure ici n’a quitté cette machine.',
  'outbox.empty': 'Aucun courriel pour l’instant. <link>Demander un lien de connexion</link>.',
  'outbox.sentTo': 'À <strong>{to}</strong> · <time>{sentAt}</time>',
  'outbox.links': 'Liens de ce courriel',
  'outbox.plainText': 'Texte brut',
  'outbox.headers': 'En-têtes',
};

export default fr;
