import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'form.correctBelow': 'Corrigez les champs signalés ci-dessous.',
  'euAction.publicFacing': '(action publique)',
  'consent.state.public': 'Consentement\u00a0: la personne défenseure a consenti à la publicité, une action publique est donc possible.',
  'consent.state.network': 'Consentement\u00a0: la personne défenseure n’a pas consenti à la publicité (réseau seulement). Faites d’abord valider toute action publique par la coordination.',
  'consent.state.restricted': 'Consentement\u00a0: dossier restreint, plaidoyer discret uniquement. Faites d’abord valider toute action publique par la coordination.',
  'consent.confirmationHint': 'Obligatoire pour une action publique sur ce dossier.',
  'caseTable.empty': 'Aucun dossier ne correspond.',
  'caseTable.label': 'Dossiers de défenseur·es',
  'caseTable.caption': 'Dossiers de défenseur·es, les plus récemment mis à jour d’abord',
  'caseTable.defender': 'Défenseur·e',
  'caseTable.country': 'Pays',
  'caseTable.riskStatus': 'Situation de risque',
  'caseTable.themes': 'Thèmes',
  'caseTable.visibility': 'Visibilité',
  'caseTable.updated': 'Mis à jour',
  'caseTable.visibility.public': 'Publique',
  'caseTable.visibility.network': 'Réseau',
  'caseTable.visibility.restricted': 'Restreint',
};
export default fr;
