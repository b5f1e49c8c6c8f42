import type { Messages } from '../messages.ts';
import type en from './en.ts';

const ru: Messages<typeof en> = {
  'code.required': 'Заполните это поле.',
  'code.invalid_type': 'Значение неверного типа.',
  'code.invalid_value': 'Выберите один из вариантов.',
  'code.invalid_format': 'Неверный формат.',
  'code.invalid_union': 'Это значение не принимается.',
  'code.invalid_key': 'Это значение не принимается.',
  'code.invalid_element': 'Одно из значений не принимается.',
  'code.not_multiple_of': 'Это число не принимается.',
  'code.custom': 'Это значение не принимается.',
  'code.unrecognized_keys': 'Неизвестное поле: удалите его.',
  'code.too_small.string': '{minimum, plural, one {Введите не менее # символа.} few {Введите не менее # символов.} many {Введите не менее # символов.} other {Введите не менее # символа.}}',
  'code.too_big.string': '{maximum, plural, one {Не более # символа.} few {Не более # символов.} many {Не более # символов.} other {Не более # символа.}}',
  'code.too_small.array': '{minimum, plural, one {Выберите хотя бы #.} other {Выберите не менее #.}}',
  'code.too_big.array': '{maximum, plural, one {Выберите не более #.} other {Выберите не более #.}}',
  'code.too_small.number': 'Введите число не меньше {minimum}.',
  'code.too_big.number': 'Введите число не больше {maximum}.',
  'format.email': 'Введите адрес электронной почты, например name@example.org.',
  'format.uuid': 'Это неверный идентификатор.',
  'format.date': 'Введите дату в формате ГГГГ-ММ-ДД.',
  'format.datetime': 'Введите дату и время.',
  'repeats': 'Каждый вариант можно выбрать только один раз.',
  // Срочные оповещения (shared/alerts).
  'field.happened': 'Опишите, что произошло с правозащитником.',
  'field.asked': 'Укажите, о чём вы просите участников.',
  'field.askedActions': 'Выберите действия из списка.',
  'field.deadline': 'Укажите срок: дату и время.',
  'field.deadline.past': 'Срок должен быть в будущем.',
  'field.answer': 'Выберите один из трёх ответов.',
};
export default ru;
