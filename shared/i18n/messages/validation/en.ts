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
  // Pledges and missions (issue 17): the fields of the adoption, action, request and mission-action forms.
  'field.actions': 'Choose the actions you commit to from the list.',
  'field.actions.required': 'Choose at least one action you commit to.',
  'field.actions.too_small.array': 'Choose at least one action you commit to.',
  'field.twin': 'Say whether you ask to twin with this defender.',
  'field.evidenceUrl': 'Must be an https:// link, like https://parliament.example.org/record.',
  'field.actionType': 'Choose the EU Guidelines action type.',
  'field.mission': 'Enter the name of your mission (at most 160 characters).',
  'field.mission.required': 'Enter the name of your mission.',
  'field.outcome.required': 'Describe the outcome.',
  'field.confidential': 'Say whether the action is confidential.',
  'field.dueDate.required': 'Enter the due date.',
  'field.dueDate.invalid_format': 'Enter the due date as YYYY-MM-DD.',
  'field.dueDate.custom': 'This due date does not exist.',
  'field.reason.required': 'Give the reason.',
  'nothingToChange': 'Send at least one field to change.',
  'cursorOfAnotherList': 'This page link belongs to another list: start again from the first page.',
};
