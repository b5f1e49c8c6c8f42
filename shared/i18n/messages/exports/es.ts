import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'job.title': 'Exportación de casos en un libro de Excel',
  'job.queued': 'Se está preparando el libro, con la cronología y las acciones de cada caso.',
  'job.refreshing': 'Esta página se actualiza {seconds, plural, one {cada segundo} other {cada # segundos}}.',
  'job.stopRefresh': 'Dejar de actualizar',
  'job.resumeRefresh': 'Actualice esta página para ver si el libro está listo',
  'job.finished': '{cases, plural, =0 {El libro está listo. Ningún caso coincide con los filtros.} one {El libro está listo: # caso, con su cronología y sus acciones.} other {El libro está listo: # casos, con sus cronologías y sus acciones.}}',
  'job.download': 'Descargar el libro',
  'job.keptUntil': 'Solo usted puede descargarlo, hasta el {until}; después se eliminará.',
  'job.failed.notAllowed': 'No se preparó ningún libro: su cuenta ya no permite exportar casos.',
  'job.backToCases': 'Volver a la lista de casos',
  'errors.notReady': 'El libro aún no está listo. Vuelva a intentarlo en unos segundos.',
  'errors.unavailable': 'Las exportaciones no están disponibles en este momento. Vuelva a intentarlo más tarde.',
};

export default es;
