import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'title': 'Referencia de la API',
  'intro': 'Todas las operaciones de la API JSON de Tandem, con sus parámetros, respuestas y errores, tomadas del documento OpenAPI que publica la aplicación. Un caso que quien consulta no puede ver responde 404, como si no existiera.',
  'englishOnly': 'La referencia que sigue está en inglés, como el documento del que se toma.',
  'noScript': 'La referencia necesita JavaScript. El documento OpenAPI puede leerse sin él, desde el enlace en la parte superior de la página.',
  'backToApp': 'Volver a Tandem',
  'document': 'Documento OpenAPI (JSON)',
};
export default es;
