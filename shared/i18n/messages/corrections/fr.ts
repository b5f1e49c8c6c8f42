import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'backToCase': 'Retour au dossier',
  'stale': 'Quelqu’un d’autre a modifié cet événement entre-temps ; le formulaire affiche maintenant la version enregistrée. Vérifiez-la et réessayez.',
  'links.edit': 'Modifier',
  'links.delete': 'Supprimer',
  'links.editNamed': 'Modifier l’événement « {title} »',
  'links.deleteNamed': 'Supprimer l’événement « {title} »',
  'edit.heading': 'Corriger un événement de la chronologie de {name}',
  'edit.intro': 'La correction est consignée dans le journal d’audit. Pour changer le niveau de risque, modifiez le dossier.',
  'edit.rosterFollows': 'Si vous déplacez l’audience, le calendrier, les inscriptions des observateurs et observatrices et leurs rappels suivent.',
  'edit.submit': 'Enregistrer la correction',
  'delete.heading': 'Supprimer un événement de la chronologie de {name}',
  'delete.consequences': 'L’événement disparaît de la chronologie et des nouvelles du récapitulatif de la semaine. La suppression est consignée dans le journal d’audit et ne peut pas être annulée.',
  'delete.hearing': '{count, plural, =0 {L’audience disparaît du calendrier et des flux d’agenda.} one {L’audience disparaît du calendrier et des flux d’agenda, et # personne inscrite comme observatrice est retirée de la liste.} other {L’audience disparaît du calendrier et des flux d’agenda, et # personnes inscrites comme observatrices sont retirées de la liste.}}',
  'delete.confirm': 'Supprimer l’événement',
  'delete.keep': 'Le conserver',
};
export default fr;
