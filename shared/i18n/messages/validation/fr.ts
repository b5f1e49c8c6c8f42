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
  'code.unrecognized_keys': 'Champ inconnu\u00a0: retirez-le.',
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
  // Hearing calendar: hearing times and zones, observer sign-ups.
  'field.hearingLocal': 'Saisissez la date et l’heure de l’audience, à l’heure locale du tribunal.',
  'field.hearingLocal.required': 'Une audience doit avoir une date et une heure.',
  'field.hearingLocal.nonexistent': 'Cette heure n’existe pas dans le fuseau horaire choisi\u00a0: les horloges avancent à ce moment-là. Vérifiez l’heure auprès du tribunal.',
  'field.hearingLocal.onlyHearings': 'Seules les audiences ont une heure d’audience et un fuseau horaire.',
  'field.hearingAt': 'Saisissez le début de l’audience en UTC, au format AAAA-MM-JJTHH:mm.',
  'field.hearingAt.both': 'Envoyez l’heure locale (hearingLocal) ou l’heure UTC (hearingAt), pas les deux.',
  'field.timeZone': 'Choisissez le fuseau horaire du tribunal dans la liste.',
  'field.eventId': 'Ce n’est pas un identifiant d’audience.',
};
export default fr;
