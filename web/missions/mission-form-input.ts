/**
 * Form fields → the JSON shapes the use cases validate, and back to the
 * values a re-rendered form shows. Blank optional fields are left out and
 * blank required ones sent as "", so the schemas' own messages ("Required.")
 * apply; checkboxes become booleans.
 */
import { formText } from '../ui/form-fields.tsx';
import type { ActionFormValues } from './mission-action-form-page.tsx';
import type { RequestFormValues } from './request-form-page.tsx';

type FormBody = Parameters<typeof formText>[0];

const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export function actionValues(body: FormBody): ActionFormValues {
  return {
    actionType: formText(body, 'actionType'),
    mission: formText(body, 'mission'),
    date: formText(body, 'date'),
    outcome: formText(body, 'outcome'),
    evidenceUrl: formText(body, 'evidenceUrl'),
    confidential: body.confidential === 'yes',
    publicActionCleared: body.publicActionCleared === 'yes',
  };
}

/** The log-action body; `requestId` is kept when the form answers a request. */
export function actionInput(body: FormBody): Record<string, unknown> & { requestId?: string } {
  const { publicActionCleared, ...values } = actionValues(body);
  const required = { mission: values.mission ?? '', date: values.date ?? '', outcome: values.outcome ?? '' };
  return defined({ ...values, ...required, requestId: formText(body, 'requestId'), ...(publicActionCleared ? { publicActionCleared: true } : {}) });
}

export function requestValues(body: FormBody): RequestFormValues {
  return {
    actionType: formText(body, 'actionType'),
    country: formText(body, 'country'),
    dueDate: formText(body, 'dueDate'),
    note: formText(body, 'note'),
    publicActionCleared: body.publicActionCleared === 'yes',
  };
}

export function requestInput(body: FormBody): Record<string, unknown> {
  const { publicActionCleared, ...values } = requestValues(body);
  return defined({ ...values, dueDate: values.dueDate ?? '', ...(publicActionCleared ? { publicActionCleared: true } : {}) });
}
