import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'backToCase': 'Volver al caso',
  'stale': 'Otra persona modificó este hecho mientras tanto; el formulario muestra ahora la versión guardada. Revísela y vuelva a intentarlo.',
  'links.edit': 'Editar',
  'links.delete': 'Eliminar',
  'links.editNamed': 'Editar el hecho «{title}»',
  'links.deleteNamed': 'Eliminar el hecho «{title}»',
  'edit.heading': 'Corregir un hecho de la cronología de {name}',
  'edit.intro': 'La corrección queda registrada en el registro de auditoría. Para cambiar la situación de riesgo, edite el caso.',
  'edit.rosterFollows': 'Si cambia la audiencia de fecha u hora, el calendario, las inscripciones de observación y sus recordatorios se actualizan con ella.',
  'edit.submit': 'Guardar la corrección',
  'delete.heading': 'Eliminar un hecho de la cronología de {name}',
  'delete.consequences': 'El hecho desaparece de la cronología y de las novedades del resumen de la semana. La eliminación queda registrada en el registro de auditoría y no se puede deshacer.',
  'delete.hearing': '{count, plural, =0 {La audiencia desaparece del calendario y de los calendarios suscritos.} one {La audiencia desaparece del calendario y de los calendarios suscritos, y se retira a # persona inscrita como observadora.} other {La audiencia desaparece del calendario y de los calendarios suscritos, y se retira a # personas inscritas como observadoras.}}',
  'delete.confirm': 'Eliminar el hecho',
  'delete.keep': 'Conservarlo',
};
export default es;
