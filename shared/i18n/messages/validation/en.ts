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
  // Hearing calendar: hearing times and zones, observer sign-ups.
  'field.hearingLocal': 'Enter the hearing’s date and time, as the court’s clocks show it.',
  'field.hearingLocal.required': 'A hearing needs its date and time.',
  'field.hearingLocal.nonexistent': 'This time does not exist in the chosen time zone: the clocks go forward then. Check the time with the court.',
  'field.hearingLocal.onlyHearings': 'Only hearings have a hearing time and a time zone.',
  'field.hearingAt': 'Enter the hearing’s start in UTC, as YYYY-MM-DDTHH:mm.',
  'field.hearingAt.both': 'Send the local time (hearingLocal) or the UTC time (hearingAt), not both.',
  'field.timeZone': 'Choose the court’s time zone from the list.',
  'field.eventId': 'This is not a hearing identifier.',
  // Sign-in, join form and settings (issue 17: auth, members, settings).
  'field.email': 'Enter an email address, like name@example.org.',
  'field.name.required': 'Enter your name.',
  'field.role': 'Choose whether you are a member of parliament or a diplomat.',
  'field.institution.required': 'Enter your parliament or your mission.',
  'field.country': 'Choose a country from the list.',
  'field.countries': 'Choose countries from the list.',
  'field.countries.too_big.array': 'Choose at most {maximum} countries.',
  'field.language': 'Choose one of the languages offered.',
  'field.uiLanguage': 'Choose one of the languages offered.',
  'preferences.timeZone': 'Choose a time zone from the list.',
};
