import type { Messages } from '../messages.ts';
import type en from './en.ts';

const ru: Messages<typeof en> = {
  'title': 'Настройки',
  'heading': 'Ваши настройки',
  'saved': 'Сохранено.',
  'stale': 'Тем временем ваши настройки были изменены в другом месте; теперь форма показывает их. Пожалуйста, внесите изменение ещё раз.',
  'digest.legend': 'Еженедельная сводка',
  'digest.on': 'Присылать мне еженедельную сводку (в понедельник утром)',
  'countries.legend': 'Страны, за которыми я слежу',
  'countries.hint': 'Новые дела из этих стран и судебные заседания по ним попадают в вашу сводку. Отметьте сколько угодно.',
  'countries.filter': 'Найти страну',
  'countries.chosen': 'Выбрано:',
  'countries.none': 'пока ничего',
  'countries.noMatch': 'Ни одна страна не подходит под этот запрос.',
  'themes.legend': 'Темы, за которыми я слежу',
  'language.legend': 'Язык сводки',
  'uiLanguage.legend': 'Язык страниц',
  'uiLanguage.hint': 'Его также меняют ссылки выбора языка вверху каждой страницы.',
  'timeZone.label': 'Ваш часовой пояс',
  'timeZone.hint': 'Даты и время показываются в этом часовом поясе. Если вы его не выбрали, ваш браузер предложит его при входе.',
  'timeZone.utc': 'Всемирное координированное время (UTC)',
  'timeZone.region.Africa': 'Африка',
  'timeZone.region.America': 'Америка',
  'timeZone.region.Antarctica': 'Антарктида',
  'timeZone.region.Arctic': 'Арктика',
  'timeZone.region.Asia': 'Азия',
  'timeZone.region.Atlantic': 'Атлантический океан',
  'timeZone.region.Australia': 'Австралия',
  'timeZone.region.Europe': 'Европа',
  'timeZone.region.Indian': 'Индийский океан',
  'timeZone.region.Pacific': 'Тихий океан',
  'submit': 'Сохранить настройки',
};

export default ru;
