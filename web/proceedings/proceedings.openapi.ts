/**
 * The proceedings' part of the OpenAPI document: the operations declared with `createRoute`
 * (proceedings-api.routes.ts) and the UN draft's DOCX download, still described by hand (a binary
 * answer). Spread into the one document in openapi.ts.
 */
import { UN_SR_MEDIA_TYPE, unSrLanguageSchema } from '#shared/proceedings/un-sr-communication.ts';
import { errors, problem, schema, uuidParam as path } from '../ui/openapi-parts.ts';
import { proceedingsApiOpenApi } from './proceedings-api.routes.ts';

export function proceedingsOpenApi() {
  const declared = proceedingsApiOpenApi();
  const caseId = path('id', 'The case');
  const tags = ['Proceedings'];
  return {
    schemas: declared.schemas,
    paths: {
      ...declared.paths,
      '/api/cases/{id}/communications/un-sr.docx': {
        get: {
          operationId: 'downloadUnSrCommunication', tags,
          summary: 'A draft communication to the UN Special Rapporteur on human rights defenders (coordinators), as DOCX in the chosen language: the alleged victim, the alleged perpetrators, the facts and timeline, the proceedings, the consent recorded, the submitter; never a sensitive field. Only where the case is public on the defender\'s explicit consent and not paused (409 says why otherwise). Each download audited',
          parameters: [caseId, { name: 'language', in: 'query', required: false, description: 'The document\'s language; the caller\'s page language when left out', schema: schema(unSrLanguageSchema) }],
          responses: {
            200: { description: 'The DOCX', content: { [UN_SR_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } } },
            409: problem, ...errors,
          },
        },
      },
    },
  };
}
