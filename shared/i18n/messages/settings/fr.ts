import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'title': 'Préférences',
  'heading': 'Vos préférences',
  'saved': 'Enregistré.',
  'stale': 'Vos préférences ont été modifiées ailleurs entre-temps ; le formulaire les affiche maintenant. Veuillez refaire votre modification.',
  'digest.legend': 'Synthèse hebdomadaire',
  'digest.on': 'M’envoyer la synthèse hebdomadaire (le lundi matin)',
  'countries.legend': 'Pays que je suis',
  'countries.hint': 'Les nouveaux dossiers de ces pays, et leurs audiences, figurent dans votre synthèse. Cochez-en autant que vous voulez.',
  'countries.filter': 'Trouver un pays',
  'countries.chosen': 'Choisis :',
  'countries.none': 'aucun pour l’instant',
  'countries.noMatch': 'Aucun pays ne correspond à cette recherche.',
  'themes.legend': 'Thèmes que je suis',
  'language.legend': 'Langue de la synthèse',
  'uiLanguage.legend': 'Langue des pages',
  'uiLanguage.hint': 'Les liens de langue en haut de chaque page la changent aussi.',
  'timeZone.label': 'Votre fuseau horaire',
  'timeZone.hint': 'Les dates et les heures s’affichent dans ce fuseau. Votre navigateur le propose à la connexion si vous n’en avez pas choisi.',
  'timeZone.utc': 'Temps universel coordonné (UTC)',
  'timeZone.region.Africa': 'Afrique',
  'timeZone.region.America': 'Amériques',
  'timeZone.region.Antarctica': 'Antarctique',
  'timeZone.region.Arctic': 'Arctique',
  'timeZone.region.Asia': 'Asie',
  'timeZone.region.Atlantic': 'Océan Atlantique',
  'timeZone.region.Australia': 'Australie',
  'timeZone.region.Europe': 'Europe',
  'timeZone.region.Indian': 'Océan Indien',
  'timeZone.region.Pacific': 'Océan Pacifique',
  'submit': 'Enregistrer les préférences',
};

export default fr;
