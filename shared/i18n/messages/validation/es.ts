import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'code.required': 'Complete este campo.',
  'code.invalid_type': 'Este valor no es del tipo correcto.',
  'code.invalid_value': 'Elija una de las opciones.',
  'code.invalid_format': 'No tiene el formato esperado.',
  'code.invalid_union': 'Este valor no se acepta.',
  'code.invalid_key': 'Este valor no se acepta.',
  'code.invalid_element': 'Uno de los valores no se acepta.',
  'code.not_multiple_of': 'Este número no se acepta.',
  'code.custom': 'Este valor no se acepta.',
  'code.unrecognized_keys': 'Campo desconocido: elimínelo.',
  'code.too_small.string': '{minimum, plural, one {Escriba al menos # carácter.} other {Escriba al menos # caracteres.}}',
  'code.too_big.string': '{maximum, plural, one {Use como máximo # carácter.} other {Use como máximo # caracteres.}}',
  'code.too_small.array': '{minimum, plural, one {Elija al menos uno.} other {Elija al menos #.}}',
  'code.too_big.array': '{maximum, plural, one {Elija como máximo uno.} other {Elija como máximo #.}}',
  'code.too_small.number': 'Escriba un número de al menos {minimum}.',
  'code.too_big.number': 'Escriba un número de como máximo {maximum}.',
  'format.email': 'Escriba una dirección de correo, como nombre@ejemplo.org.',
  'format.uuid': 'No es un identificador válido.',
  'format.date': 'Escriba una fecha como AAAA-MM-DD.',
  'format.datetime': 'Escriba una fecha y una hora.',
  'repeats': 'Cada opción solo puede aparecer una vez.',
  // Hearing calendar: hearing times and zones, observer sign-ups.
  'field.hearingLocal': 'Indique la fecha y la hora de la audiencia, en la hora local del tribunal.',
  'field.hearingLocal.required': 'Una audiencia necesita fecha y hora.',
  'field.hearingLocal.nonexistent': 'Esta hora no existe en la zona horaria elegida: a esa hora se adelantan los relojes. Confirme la hora con el tribunal.',
  'field.hearingLocal.onlyHearings': 'Solo las audiencias tienen hora de audiencia y zona horaria.',
  'field.hearingAt': 'Indique el inicio de la audiencia en UTC, con el formato AAAA-MM-DDTHH:mm.',
  'field.hearingAt.both': 'Envíe la hora local (hearingLocal) o la hora UTC (hearingAt), no ambas.',
  'field.timeZone': 'Elija de la lista la zona horaria del tribunal.',
  'field.eventId': 'No es un identificador de audiencia.',
};
export default es;
