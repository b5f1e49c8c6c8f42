import type { Messages } from '../messages.ts';
import type en from './en.ts';

const ru: Messages<typeof en> = {
  'title': 'Справочник по API',
  'intro': 'Все операции JSON API Tandem — с параметрами, ответами и ошибками — по документу OpenAPI, который публикует приложение. Если у вызывающего нет доступа к делу, ответ — 404, как будто дела не существует.',
  'englishOnly': 'Справочник ниже — на английском языке, как и документ, на котором он основан.',
  'noScript': 'Для справочника нужен JavaScript. Сам документ OpenAPI можно открыть и без него — по ссылке вверху страницы.',
  'backToApp': 'Вернуться в Tandem',
  'document': 'Документ OpenAPI (JSON)',
};
export default ru;
