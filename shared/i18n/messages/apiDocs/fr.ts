import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'title': 'Référence de l’API',
  'intro': 'Toutes les opérations de l’API JSON de Tandem, avec leurs paramètres, leurs réponses et leurs erreurs, tirées du document OpenAPI que l’application publie. Un dossier que l’appelant n’est pas autorisé à voir répond 404, comme s’il n’existait pas.',
  'englishOnly': 'La référence ci-dessous est en anglais, comme le document dont elle est tirée.',
  'noScript': 'La référence nécessite JavaScript. Le document OpenAPI lui-même reste lisible sans, grâce au lien en haut de la page.',
  'backToApp': 'Retour à Tandem',
  'document': 'Document OpenAPI (JSON)',
};
export default fr;
