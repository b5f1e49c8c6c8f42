/** Notification emails and their settings, in French. */
import type { Messages } from '../messages.ts';
import type en from './en.ts';

const messages: Messages<typeof en> = {
  'email.greeting': "Bonjour {name},",
  'email.footer': "Vous recevez ce courriel en raison de votre rôle dans le réseau Tandem. Choisissez les courriels que vous recevez, ou faites-les figurer plutôt dans votre synthèse hebdomadaire, dans vos paramètres : {url}",
  'email.doNotForward': "Merci de ne pas transférer les informations d’un dossier, sauf s’il est marqué comme public.",
  'newRequest.subject': "Nouvelle demande d’action aux missions en poste dans ce pays : {country}",
  'newRequest.body': "La coordination demande aux missions en poste dans ce pays ({country}) d’agir dans le dossier de {defender} : {action}, d’ici le {due}.",
  'newRequest.link': "Ouvrir la demande",
  'hearingReminder.subject': "Audience dans deux jours : {defender}",
  'hearingReminder.body': "Vous vous êtes inscrit·e pour observer l’audience de {defender} devant la juridiction suivante : {court}, le {when}.",
  'hearingReminder.link': "Ouvrir le dossier",
  'overdueRequest.subject': "Demande d’action en retard pour les missions en poste dans ce pays : {country}",
  'overdueRequest.body': "La demande adressée aux missions en poste dans ce pays ({country}) dans le dossier de {defender} ({action}) était attendue pour le {due} et reste ouverte. Merci d’enregistrer l’action, ou d’indiquer à la coordination pourquoi elle ne peut pas être menée.",
  'overdueRequest.link': "Ouvrir la demande",
  'actionVerified.subject': "Votre action a été vérifiée",
  'actionVerified.body': "La coordination a vérifié l’action que vous avez enregistrée dans le dossier de {defender} : {action}, le {date}. Merci.",
  'actionVerified.link': "Ouvrir le dossier",
  'settings.legend': "Courriels sur votre action",
  'settings.hint': "Immédiatement : un courriel dès que cela se produit. Dans la synthèse hebdomadaire : mentionné dans votre prochaine synthèse à la place. Désactivé : aucun courriel.",
  'settings.kind.newRequest': "Une nouvelle demande d’action pour mon pays d’affectation",
  'settings.kind.hearingReminder': "Un rappel deux jours avant une audience que j’observe",
  'settings.kind.overdueRequest': "Une demande d’action pour mon pays d’affectation en retard d’un jour",
  'settings.kind.actionVerified': "Une action que j’ai enregistrée a été vérifiée par la coordination",
  'settings.delivery.now': "Immédiatement",
  'settings.delivery.digest': "Dans la synthèse hebdomadaire",
  'settings.delivery.off': "Désactivé",
  // The ECtHR's time limit (issue 15).
  'applicationDeadline.subject': '{days, plural, =0 {Dernier jour pour introduire la requête aujourd’hui : {defender}} one {Dernier jour pour introduire la requête dans # jour : {defender}} other {Dernier jour pour introduire la requête dans # jours : {defender}}}',
  'applicationDeadline.body': 'La requête devant la Cour européenne des droits de l’homme dans le dossier de {defender} doit être introduite au plus tard le {deadline} : quatre mois après la décision interne définitive du {decision}. Enregistrez l’introduction dans le dossier une fois faite.',
  'applicationDeadline.link': 'Ouvrir le dossier',
  'settings.kind.applicationDeadline': 'Le dernier jour pour introduire une requête devant la Cour européenne des droits de l’homme, deux semaines avant (coordination)',
};

export default messages;
