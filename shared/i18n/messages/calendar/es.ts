import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'time.court': '{dateTime} en {place} ({zone})',
  'time.utc': '{dateTime} UTC',
  'time.yours': '{time} en su hora local',
  'time.both': '{court} · {yours}',

  'page.title': 'Calendario de audiencias',
  'page.intro': 'Audiencias de los casos que usted puede consultar y solicitudes de acción con vencimiento, del {from} al {to}.',
  'page.times': 'Cada audiencia se muestra en la hora local de su tribunal y, al lado, en la suya cuando es distinta.',
  'page.subscribe': 'Suscribirse desde su aplicación de calendario',
  'page.truncated': 'El calendario está muy lleno: solo se muestra la primera parte de estas semanas.',
  'page.empty': 'No hay audiencias ni solicitudes con vencimiento en estas semanas.',
  'page.week': 'Semana del {date}',

  'hearing.of': 'Audiencia de <case>{name}</case> ({country})',
  'hearing.noObservers': 'Aún no hay personas observadoras.',
  'hearing.observers': 'Personas observadoras: {names}',
  'hearing.observer': '{name} ({role})',
  'hearing.join': 'Me apunto como observador/a',
  'hearing.joinFull': 'Me apunto como observador/a de la audiencia de {name} del {date}',
  'hearing.leave': 'Salir de la lista de observación',
  'hearing.leaveFull': 'Salir de la lista de observación de la audiencia de {name} del {date}',

  'timeline.hearing': 'Audiencia en {court}, {when}',

  'request.due': 'Vence: {action} para <case>{name}</case> (misiones en {country})',
  'request.status.open': 'Abierta',
  'request.status.acknowledged': 'Recibida',
  'request.status.declined': 'Rechazada',
  'request.status.done': 'Realizada',
  'request.status.withdrawn': 'Retirada',
  'request.overdue': 'Vencida',
  'request.log': 'Registrar la acción',

  'feed.title': 'Su canal de calendario',
  'feed.back': 'Calendario de audiencias',
  'feed.about': 'Una dirección privada a la que su aplicación de calendario (Outlook, Google Calendar, Calendario de Apple…) puede suscribirse. Incluye las audiencias y solicitudes de acción que usted puede consultar, tal como estén cuando su aplicación se actualice: un caso cuya persona defensora retire su consentimiento sale de su calendario, y un caso cuya publicidad se suspenda sale de inmediato.',
  'feed.thirdParty': 'Su servicio de calendario (Google, Microsoft, Apple…) descarga y conserva lo que contiene el canal. Por eso allí solo se nombran los casos cuya persona defensora consintió la publicidad. Para cualquier otro caso, el evento lleva un título neutro como «{example}», no nombra ni a la persona defensora ni al tribunal, y enlaza con Tandem, donde usted inicia sesión para verlo.',
  'feed.language': 'Los eventos del canal se redactan en el idioma de esta página en el momento de crear la dirección; cada audiencia figura en la hora local de su tribunal.',
  'feed.password': 'Trátela como una contraseña. Si se compartió por error, cree una dirección nueva: la anterior deja de funcionar de inmediato.',
  'feed.newUrl': 'La dirección de su canal. Solo se muestra ahora: cópiela en su aplicación de calendario.',
  'feed.active': 'Tiene un canal, creado el <when>{date}</when>.',
  'feed.none': 'No tiene ningún canal.',
  'feed.make': 'Crear la dirección de mi canal',
  'feed.remake': 'Crear una dirección nueva (la anterior dejará de funcionar)',
  'feed.revoke': 'Revocar mi canal',
  'feed.revoked': 'Su canal está revocado: su dirección ya no funciona.',
  'feed.hadNone': 'No tenía ningún canal.',

  'ics.name': 'Audiencias de Tandem',
  'ics.description': 'Audiencias y solicitudes de acción de los casos que usted puede consultar en Tandem.',
  'ics.hearing': 'Audiencia: {name}',
  'ics.hearingNeutral': 'Audiencia (caso de Tandem)',
  'ics.hearingNeutralAbout': 'Una audiencia en un caso que no es público. Inicie sesión en Tandem para verla:',
  'ics.observers': 'Personas observadoras: {names}.',
  'ics.noObservers': 'Aún no hay personas observadoras.',
  'ics.due': 'Vence: {action} para {name}',
  'ics.dueNeutral': 'Vence: {action} (caso de Tandem)',
  'ics.dueAbout': 'Solicitud de acción a las misiones en {country}.',
  'ics.dueNeutralAbout': 'Una solicitud de acción en un caso que no es público. Inicie sesión en Tandem para verla:',

  'form.hearingLocal': 'Fecha y hora de la audiencia, en la hora del tribunal (audiencias)',
  'form.timeZone': 'Zona horaria del tribunal (audiencias)',
  'form.timeZoneHint': 'Preseleccionada con la zona horaria principal de {country}; cámbiela si el tribunal está en otra.',

  'errors.hearingPast': 'Esta audiencia ya tuvo lugar.',
  'errors.alreadyObserving': 'Ya figura en la lista de observación de esta audiencia.',
  'errors.feedChanged': 'Su canal de calendario cambió mientras tanto; vuelva a cargar la página.',
};
export default es;
