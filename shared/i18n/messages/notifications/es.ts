/** Notification emails and their settings, in Spanish. */
import type { Messages } from '../messages.ts';
import type en from './en.ts';

const messages: Messages<typeof en> = {
  'email.greeting': "Estimado/a {name}:",
  'email.footer': "Recibe este correo por su función en la red Tandem. Elija qué correos desea recibir, o recíbalos en su resumen semanal, en su configuración: {url}",
  'email.doNotForward': "Le rogamos que no reenvíe información de los casos, salvo que un caso esté marcado como público.",
  'newRequest.subject': "Nueva solicitud de acción para las misiones en {country}",
  'newRequest.body': "La coordinación pide a las misiones acreditadas en {country} que actúen en el caso de {defender}: {action}, antes del {due}.",
  'newRequest.link': "Abrir la solicitud",
  'hearingReminder.subject': "Audiencia dentro de dos días: {defender}",
  'hearingReminder.body': "Usted se inscribió para observar la audiencia de {defender} ante {court}, el {when}.",
  'hearingReminder.link': "Abrir el caso",
  'overdueRequest.subject': "Solicitud de acción vencida para las misiones en {country}",
  'overdueRequest.body': "La solicitud a las misiones en {country} sobre el caso de {defender} ({action}) vencía el {due} y sigue abierta. Le rogamos que registre la acción o que indique a la coordinación por qué no puede llevarse a cabo.",
  'overdueRequest.link': "Abrir la solicitud",
  'actionVerified.subject': "Su acción ha sido verificada",
  'actionVerified.body': "La coordinación verificó la acción que usted registró en el caso de {defender}: {action}, el {date}. Muchas gracias.",
  'actionVerified.link': "Abrir el caso",
  'settings.legend': "Correos sobre su labor",
  'settings.hint': "De inmediato: un correo en cuanto ocurre. En el resumen semanal: figura en su próximo resumen en lugar de un correo. Desactivado: ningún correo.",
  'settings.kind.newRequest': "Una nueva solicitud de acción para mi país de destino",
  'settings.kind.hearingReminder': "Un recordatorio dos días antes de una audiencia que observo",
  'settings.kind.overdueRequest': "Una solicitud de acción para mi país de destino con un día de retraso",
  'settings.kind.actionVerified': "La coordinación verificó una acción que registré",
  'settings.delivery.now': "De inmediato",
  'settings.delivery.digest': "En el resumen semanal",
  'settings.delivery.off': "Desactivado",
  // The ECtHR's time limit (issue 15).
  'applicationDeadline.subject': '{days, plural, =0 {Hoy es el último día para presentar la demanda: {defender}} one {Último día para presentar la demanda dentro de # día: {defender}} other {Último día para presentar la demanda dentro de # días: {defender}}}',
  'applicationDeadline.body': 'La demanda ante el Tribunal Europeo de Derechos Humanos en el caso de {defender} debe presentarse a más tardar el {deadline}: cuatro meses desde la decisión interna firme del {decision}. Registre la presentación en el caso una vez hecha.',
  'applicationDeadline.link': 'Abrir el caso',
  'settings.kind.applicationDeadline': 'El último día para presentar una demanda ante el Tribunal Europeo de Derechos Humanos, con dos semanas de antelación (coordinación)',
};

export default messages;
