import type { Messages } from '../messages.ts';
import type en from './en.ts';

const ru: Messages<typeof en> = {
  'request.crossSite': 'Этот запрос пришёл с другого сайта, поэтому Tandem его отклонил. Вернитесь на страницу Tandem и повторите действие оттуда.',
  'request.noOrigin': 'Изменения можно отправлять только со страницы Tandem. Обновите страницу и попробуйте ещё раз.',
  'request.tooLarge': 'Отправленные данные превышают {kib} КиБ. Отправляйте меньше за один раз.',
  'request.notJson': 'Отправьте тело запроса в формате JSON (Content-Type: application/json).',
  'request.malformedJson': 'Не удалось прочитать тело запроса.',
  'request.malformedJsonField': 'Тело запроса не является корректным JSON.',
  'outbox.title': 'Исходящие',
  'outbox.heading': 'Локальные исходящие',
  'outbox.intro': 'Все письма, которые Tandem отправил при локальном запуске, начиная с последних. Ничто из этого не покинуло этот компьютер.',
  'outbox.empty': 'Писем пока нет. <link>Запросите ссылку для входа</link>.',
  'outbox.sentTo': 'Кому: <strong>{to}</strong> · <time>{sentAt}</time>',
  'outbox.links': 'Ссылки в письме',
  'outbox.plainText': 'Текст письма',
  'outbox.headers': 'Заголовки',
};

export default ru;
