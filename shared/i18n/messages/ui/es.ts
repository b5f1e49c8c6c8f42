import type { Messages } from '../messages.ts';
import type en from './en.ts';

const es: Messages<typeof en> = {
  'form.correctBelow': 'Corrija los campos señalados a continuación.',
  'euAction.publicFacing': '(acción pública)',
  'consent.state.public': 'Consentimiento: la persona defensora consintió la publicidad, por lo que es posible una acción pública.',
  'consent.state.network': 'Consentimiento: la persona defensora no consintió la publicidad (solo la red). Acuerde antes cualquier acción pública con la coordinación.',
  'consent.state.restricted': 'Consentimiento: caso restringido, solo incidencia discreta. Acuerde antes cualquier acción pública con la coordinación.',
  'consent.confirmationHint': 'Obligatorio para una acción pública en este caso.',
  'caseTable.empty': 'Ningún caso coincide.',
  'caseTable.label': 'Casos de personas defensoras',
  'caseTable.caption': 'Casos de personas defensoras, primero los actualizados más recientemente',
  'caseTable.defender': 'Persona defensora',
  'caseTable.country': 'País',
  'caseTable.riskStatus': 'Situación de riesgo',
  'caseTable.themes': 'Temas',
  'caseTable.visibility': 'Visibilidad',
  'caseTable.updated': 'Actualizado',
  'caseTable.visibility.public': 'Público',
  'caseTable.visibility.network': 'Red',
  'caseTable.visibility.restricted': 'Restringido',
};
export default es;
