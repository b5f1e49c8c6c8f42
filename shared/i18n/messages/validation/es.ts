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
  // Alertas urgentes (shared/alerts).
  'field.happened': 'Indique lo que le ocurrió a la persona defensora.',
  'field.asked': 'Indique lo que solicita a los miembros.',
  'field.askedActions': 'Elija las acciones de la lista.',
  'field.deadline': 'Indique el plazo (fecha y hora).',
  'field.deadline.past': 'El plazo debe ser una fecha futura.',
  'field.answer': 'Elija una de las tres respuestas.',
};
export default es;
