import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'request.crossSite': 'Esta solicitud procedía de otro sitio, por lo que Tandem la rechazó. Vuelva a la página de Tandem e inténtelo de nuevo desde allí.',
  'request.noOrigin': 'Los cambios deben enviarse desde una página de Tandem. Vuelva a cargar la página e inténtelo de nuevo.',
  'request.tooLarge': 'Lo que ha enviado supera los {kib} KiB. Envíe menos cada vez.',
  'request.notJson': 'Envíe el cuerpo de la solicitud en JSON (Content-Type: application/json).',
  'request.malformedJson': 'No se pudo leer el cuerpo de la solicitud.',
  'request.malformedJsonField': 'El cuerpo de la solicitud no es un JSON válido.',
  'outbox.title': 'Bandeja de salida',
  'outbox.heading': 'Bandeja de salida local',
  'outbox.intro': 'Todos los correos que Tandem envió en modo local, del más reciente al más antiguo. Nada de lo que aparece aquí ha salido de este equipo.',
  'outbox.empty': 'Todavía no hay correos. <link>Solicite un enlace de acceso</link>.',
  'outbox.sentTo': 'Para <strong>{to}</strong> · <time>{sentAt}</time>',
  'outbox.links': 'Enlaces de este correo',
  'outbox.plainText': 'Texto sin formato',
  'outbox.headers': 'Encabezados',
};

export default es;
