import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'job.title': 'Export des dossiers en classeur Excel',
  'job.queued': 'Le classeur est en cours de préparation, avec la chronologie et les actions de chaque dossier.',
  'job.refreshing': 'Cette page s’actualise {seconds, plural, one {chaque seconde} other {toutes les # secondes}}.',
  'job.stopRefresh': 'Arrêter l’actualisation',
  'job.resumeRefresh': 'Actualisez cette page pour savoir si le classeur est prêt',
  'job.finished': '{cases, plural, =0 {Le classeur est prêt. Aucun dossier ne correspond aux filtres.} one {Le classeur est prêt\u00a0: # dossier, avec sa chronologie et ses actions.} other {Le classeur est prêt\u00a0: # dossiers, avec leurs chronologies et leurs actions.}}',
  'job.download': 'Télécharger le classeur',
  'job.keptUntil': 'Vous seul·e pouvez le télécharger, jusqu’au {until}\u00a0; il sera ensuite supprimé.',
  'job.failed.notAllowed': 'Aucun classeur n’a été préparé\u00a0: votre compte ne permet plus d’exporter les dossiers.',
  'job.backToCases': 'Retour à la liste des dossiers',
  'errors.notReady': 'Le classeur n’est pas encore prêt. Réessayez dans quelques secondes.',
  'errors.unavailable': 'Les exports sont momentanément indisponibles. Réessayez plus tard.',
};

export default fr;
