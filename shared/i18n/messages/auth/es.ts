import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'signIn.title': 'Iniciar sesión',
  'signIn.intro': 'Escriba la dirección de correo electrónico con la que se registró. Le enviaremos un enlace para iniciar sesión; sirve una sola vez, durante {minutes} minutos.',
  'signIn.email': 'Correo electrónico',
  'signIn.submit': 'Enviarme un enlace de acceso',
  'checkEmail.title': 'Revise su correo',
  'checkEmail.accepted': 'Si esta dirección pertenece a un miembro, le hemos enviado un enlace de acceso. Sirve una sola vez, durante {minutes} minutos.',
  'checkEmail.again': 'Enviar otro enlace',
  'link.title': 'Iniciar sesión en Tandem',
  'link.intro': 'Pulse el botón para iniciar sesión en este dispositivo. El enlace sirve una sola vez.',
  'link.submit': 'Iniciar sesión',
  'errors.invalidLink': 'Este enlace de acceso no es válido, ya se usó o ha caducado. Solicite uno nuevo.',
};

export default es;
