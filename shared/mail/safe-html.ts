/**
 * HTML for emails without JSX: a tagged template that escapes every
 * interpolated value unless it is itself `SafeHtml` built here. Text from
 * cases and members therefore cannot become markup, whatever it holds.
 *
 * @example
 *   html`<p>${defenderName}</p>`            // escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`
 */
import { escapeHtml } from './html.ts';

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = SafeHtml | string | number | false | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]!) : ''), ''));
}

/** An href we built ourselves: only our https (or local http) links ever go in. */
export function link(url: string, text: Value, style: string): SafeHtml {
  if (!/^https?:\/\//.test(url)) throw new Error('Only absolute http(s) links go into an email.');
  return html`<a href="${url}" style="${style}">${text}</a>`;
}
