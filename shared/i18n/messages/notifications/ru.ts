/** Notification emails and their settings, in Russian. */
import type { Messages } from '../messages.ts';
import type en from './en.ts';

const messages: Messages<typeof en> = {
  'email.greeting': "Здравствуйте, {name}!",
  'email.footer': "Вы получили это письмо в связи с вашей ролью в сети Tandem. Выбрать, какие письма получать или включать ли их вместо этого в еженедельную сводку, можно в настройках: {url}",
  'email.doNotForward': "Пожалуйста, не пересылайте сведения о деле, если оно не отмечено как публичное.",
  'newRequest.subject': "Новый запрос о действиях для представительств в стране: {country}",
  'newRequest.body': "Координаторы сети просят представительства в стране ({country}) принять меры по делу {defender}: {action}, до {due}.",
  'newRequest.link': "Открыть запрос",
  'hearingReminder.subject': "Судебное заседание через два дня: {defender}",
  'hearingReminder.body': "Вы записались наблюдать за судебным заседанием по делу {defender} ({court}), которое состоится {when}.",
  'hearingReminder.link': "Открыть дело",
  'overdueRequest.subject': "Просроченный запрос о действиях для представительств в стране: {country}",
  'overdueRequest.body': "Запрос к представительствам в стране ({country}) по делу {defender} ({action}) нужно было выполнить до {due}, но он всё ещё открыт. Пожалуйста, зарегистрируйте действие или сообщите координаторам, почему его невозможно выполнить.",
  'overdueRequest.link': "Открыть запрос",
  'actionVerified.subject': "Ваше действие подтверждено",
  'actionVerified.body': "Координатор подтвердил действие, которое вы зарегистрировали по делу {defender}: {action}, {date}. Благодарим вас.",
  'actionVerified.link': "Открыть дело",
  'settings.legend': "Письма о вашей работе",
  'settings.hint': "Сразу: письмо в момент события. В еженедельной сводке: вместо письма — строка в следующей сводке. Отключено: без писем.",
  'settings.kind.newRequest': "Новый запрос о действиях для страны моего назначения",
  'settings.kind.hearingReminder': "Напоминание за два дня до заседания, за которым я наблюдаю",
  'settings.kind.overdueRequest': "Запрос о действиях для страны моего назначения, просроченный на день",
  'settings.kind.actionVerified': "Координатор подтвердил зарегистрированное мной действие",
  'settings.delivery.now': "Сразу",
  'settings.delivery.digest': "В еженедельной сводке",
  'settings.delivery.off': "Отключено",
  // The ECtHR's time limit (issue 15).
  'applicationDeadline.subject': '{days, plural, =0 {Сегодня последний день подачи жалобы: {defender}} one {Последний день подачи жалобы через # день: {defender}} few {Последний день подачи жалобы через # дня: {defender}} many {Последний день подачи жалобы через # дней: {defender}} other {Последний день подачи жалобы через # дня: {defender}}}',
  'applicationDeadline.body': 'Жалобу в Европейский суд по правам человека по делу {defender} нужно подать не позднее {deadline}: четыре месяца с окончательного решения внутри страны от {decision}. Отметьте подачу в деле, когда она состоится.',
  'applicationDeadline.link': 'Открыть дело',
  'settings.kind.applicationDeadline': 'Последний день подачи жалобы в Европейский суд по правам человека, за две недели (координаторы)',
};

export default messages;
