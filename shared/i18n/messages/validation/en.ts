/**
 * How field errors read. `code.*` words zod's issue codes for any field;
 * `field.<name>` (any problem with that field) and `field.<name>.<code>` word
 * one field's problems where the generic wording would not help ("Choose the
 * consent basis"). Features add their fields here.
 */
export default {
  'code.required': 'Fill in this field.',
  'code.invalid_type': 'This value has the wrong type.',
  'code.invalid_value': 'Choose one of the options.',
  'code.invalid_format': 'This is not in the expected format.',
  'code.invalid_union': 'This value is not accepted.',
  'code.invalid_key': 'This value is not accepted.',
  'code.invalid_element': 'One of the values is not accepted.',
  'code.not_multiple_of': 'This number is not accepted.',
  'code.custom': 'This value is not accepted.',
  'code.unrecognized_keys': 'Unknown field: remove it.',
  'code.too_small.string': '{minimum, plural, one {Enter at least # character.} other {Enter at least # characters.}}',
  'code.too_big.string': '{maximum, plural, one {Use at most # character.} other {Use at most # characters.}}',
  'code.too_small.array': '{minimum, plural, one {Choose at least one.} other {Choose at least #.}}',
  'code.too_big.array': '{maximum, plural, one {Choose at most one.} other {Choose at most #.}}',
  'code.too_small.number': 'Enter a number of at least {minimum}.',
  'code.too_big.number': 'Enter a number of at most {maximum}.',
  'format.email': 'Enter an email address, like name@example.org.',
  'format.uuid': 'This is not a valid identifier.',
  'format.date': 'Enter a date as YYYY-MM-DD.',
  'format.datetime': 'Enter a date and time.',
  'repeats': 'Each choice may appear only once.',
  // Urgent alerts (shared/alerts).
  'field.happened': 'Say what happened to the defender.',
  'field.asked': 'Say what you ask the members to do.',
  'field.askedActions': 'Choose actions from the list.',
  'field.deadline': 'Enter the deadline as a date and time.',
  'field.deadline.past': 'The deadline must be in the future.',
  'field.answer': 'Choose one of the three answers.',
};
