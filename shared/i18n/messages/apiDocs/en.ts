/** The API reference page at /api/docs (issue 10): our words around Redoc's rendering of the OpenAPI document. */
export default {
  'title': 'API reference',
  'intro': 'Every operation of the Tandem JSON API, with its parameters, answers and errors, drawn from the OpenAPI document the app serves. A case the caller may not see answers 404, as if it did not exist.',
  'englishOnly': 'The reference below is in English, like the document it is drawn from.',
  'noScript': 'The reference needs JavaScript. The OpenAPI document itself can be read without it, from the link at the top of the page.',
  'backToApp': 'Back to Tandem',
  'document': 'OpenAPI document (JSON)',
};
