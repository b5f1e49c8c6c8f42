import type { Messages } from '../messages.ts';
import type en from './en.ts';

const fr: Messages<typeof en> = {
  'code.required': 'Remplissez ce champ.',
  'code.invalid_type': 'Cette valeur n’a pas le bon type.',
  'code.invalid_value': 'Choisissez l’une des options.',
  'code.invalid_format': 'Ce n’est pas au format attendu.',
  'code.invalid_union': 'Cette valeur n’est pas acceptée.',
  'code.invalid_key': 'Cette valeur n’est pas acceptée.',
  'code.invalid_element': 'L’une des valeurs n’est pas acceptée.',
  'code.not_multiple_of': 'Ce nombre n’est pas accepté.',
  'code.custom': 'Cette valeur n’est pas acceptée.',
  'code.unrecognized_keys': 'Champ inconnu00a0: retirez-le.',
  'code.too_small.string': '{minimum, plural, one {Saisissez au moins # caractère.} other {Saisissez au moins # caractères.}}',
  'code.too_big.string': '{maximum, plural, one {# caractère au plus.} other {# caractères au plus.}}',
  'code.too_small.array': '{minimum, plural, one {Choisissez-en au moins un.} other {Choisissez-en au moins #.}}',
  'code.too_big.array': '{maximum, plural, one {Choisissez-en un au plus.} other {Choisissez-en # au plus.}}',
  'code.too_small.number': 'Saisissez un nombre d’au moins {minimum}.',
  'code.too_big.number': 'Saisissez un nombre d’au plus {maximum}.',
  'format.email': 'Saisissez une adresse e-mail, comme nom@exemple.org.',
  'format.uuid': 'Ce n’est pas un identifiant valide.',
  'format.date': 'Saisissez une date au format AAAA-MM-JJ.',
  'format.datetime': 'Saisissez une date et une heure.',
  'repeats': 'Chaque choix ne peut figurer qu’une fois.',
  // Alertes urgentes (shared/alerts).
  'field.happened': 'Indiquez ce qui est arrivé à la personne défenseure.',
  'field.asked': 'Indiquez ce que vous demandez aux membres.',
  'field.askedActions': 'Choisissez les actions dans la liste.',
  'field.deadline': 'Indiquez l’échéance (date et heure).',
  'field.deadline.past': 'L’échéance doit être dans le futur.',
  'field.answer': 'Choisissez l’une des trois réponses.',
};
export default fr;
