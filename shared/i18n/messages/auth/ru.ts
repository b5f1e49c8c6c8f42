import type { Messages } from '../messages.ts';
import type en from './en.ts';

const ru: Messages<typeof en> = {
  'signIn.title': 'Вход',
  'signIn.intro': 'Введите адрес электронной почты, с которым вы зарегистрированы. Мы пришлём ссылку для входа; она действует один раз в течение {minutes, plural, one {# минуты} other {# минут}}.',
  'signIn.email': 'Адрес электронной почты',
  'signIn.submit': 'Прислать ссылку для входа',
  'checkEmail.title': 'Проверьте почту',
  'checkEmail.accepted': 'Если этот адрес принадлежит участнику сети, ссылка для входа уже отправлена. Она действует один раз в течение {minutes, plural, one {# минуты} other {# минут}}.',
  'checkEmail.again': 'Отправить ещё одну ссылку',
  'link.title': 'Вход в Tandem',
  'link.intro': 'Нажмите кнопку, чтобы войти на этом устройстве. Ссылка действует один раз.',
  'link.submit': 'Войти',
  'errors.invalidLink': 'Эта ссылка для входа недействительна, уже использована или устарела. Запросите новую.',
};

export default ru;
