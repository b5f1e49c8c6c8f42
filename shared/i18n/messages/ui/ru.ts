import type { Messages } from '../messages.ts';
import type en from './en.ts';

const ru: Messages<typeof en> = {
  'form.correctBelow': 'Исправьте отмеченные ниже поля.',
  'euAction.publicFacing': '(публичное действие)',
  'consent.state.public': 'Согласие: правозащитник согласился на огласку, поэтому публичные действия возможны.',
  'consent.state.network': 'Согласие: правозащитник не давал согласия на огласку (только для сети). Любое публичное действие сначала согласуйте с координатором.',
  'consent.state.restricted': 'Согласие: дело с ограниченным доступом, только непубличная защита. Любое публичное действие сначала согласуйте с координатором.',
  'consent.confirmationHint': 'Обязательно для публичного действия по этому делу.',
  'caseTable.empty': 'Подходящих дел нет.',
  'caseTable.label': 'Дела правозащитников',
  'caseTable.caption': 'Дела правозащитников, сначала недавно обновлённые',
  'caseTable.defender': 'Правозащитник',
  'caseTable.country': 'Страна',
  'caseTable.riskStatus': 'Степень риска',
  'caseTable.themes': 'Темы',
  'caseTable.visibility': 'Доступ',
  'caseTable.updated': 'Обновлено',
  'caseTable.visibility.public': 'Публичное',
  'caseTable.visibility.network': 'Для сети',
  'caseTable.visibility.restricted': 'Ограниченный',
};
export default ru;
