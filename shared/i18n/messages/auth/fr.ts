import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'signIn.title': 'Connexion',
  'signIn.intro': 'Saisissez l’adresse électronique avec laquelle vous êtes inscrit·e. Nous vous enverrons un lien de connexion ; il ne sert qu’une fois, pendant {minutes} minutes.',
  'signIn.email': 'Adresse électronique',
  'signIn.submit': 'M’envoyer un lien de connexion',
  'checkEmail.title': 'Consultez votre messagerie',
  'checkEmail.accepted': 'Si cette adresse est celle d’un membre, un lien de connexion est en route. Il ne sert qu’une fois, pendant {minutes} minutes.',
  'checkEmail.again': 'Envoyer un autre lien',
  'link.title': 'Connexion à Tandem',
  'link.intro': 'Appuyez sur le bouton pour vous connecter sur cet appareil. Le lien ne sert qu’une fois.',
  'link.submit': 'Se connecter',
  'errors.invalidLink': 'Ce lien de connexion n’est pas valide, a déjà servi ou a expiré. Demandez-en un nouveau.',
};

export default fr;
