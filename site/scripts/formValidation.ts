// Inline checks with the very schema and messages the server uses. Without
// JavaScript nothing here runs and the server does the same job on POST.
import type { z } from 'zod';
import { isLocale } from '../../shared/i18n/locales';
import { abuseReportSchema } from '../../shared/schemas/abuseReport';
import { complaintSchema } from '../../shared/schemas/complaint';
import { escalationSchema } from '../../shared/schemas/escalation';
import { feedbackSchema } from '../../shared/schemas/feedback';
import { fieldErrors, type FieldErrors } from '../../shared/schemas/issues';

const schemas: Record<string, z.ZodType> = {
  complaint: complaintSchema,
  abuse: abuseReportSchema,
  escalation: escalationSchema,
  feedback: feedbackSchema,
};

const formValues = (form: HTMLFormElement): Record<string, string> => {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value;
  const token = new URL(form.action).searchParams.get('token');
  if (token) values.token = token;
  return values;
};

const showFieldError = (form: HTMLFormElement, name: string, message: string | undefined) => {
  const control = form.querySelector<HTMLElement>(`#field-${CSS.escape(name)}`);
  const field = control?.closest<HTMLElement>('.field');
  if (!control || !field) return;
  const errorId = `field-${name}-error`;
  let error = field.querySelector<HTMLElement>(`#${CSS.escape(errorId)}`);
  if (message) {
    if (!error) {
      error = document.createElement('p');
      error.className = 'field-error';
      error.id = errorId;
      const anchor = control.closest('.checkbox-row') ?? control;
      anchor.before(error);
    }
    error.textContent = message;
    control.setAttribute('aria-invalid', 'true');
  } else {
    error?.remove();
    control.removeAttribute('aria-invalid');
  }
  field.classList.toggle('field--error', Boolean(message));
  const hintId = field.querySelector('.field-hint')?.id;
  const describedBy = [message ? errorId : undefined, hintId].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  else control.removeAttribute('aria-describedby');
};

const showSummary = (errors: FieldErrors, labels: Record<string, string>) => {
  const summary = document.querySelector<HTMLElement>('[data-error-summary]');
  const list = summary?.querySelector('ul');
  if (!summary || !list) return;
  list.replaceChildren(
    ...Object.entries(errors).map(([name, message]) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#field-${name}`;
      link.textContent = `${labels[name] ?? name}: ${message}`;
      item.append(link);
      return item;
    }),
  );
  summary.hidden = false;
  summary.focus();
};

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-form]')) {
  const schema = schemas[form.dataset.form ?? ''];
  const locale = form.dataset.locale;
  if (!schema || !isLocale(locale)) continue;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  const visibleErrors = (): FieldErrors => {
    const result = schema.safeParse({ ...formValues(form), language: locale });
    if (result.success) return {};
    // Only fields on this page: a hidden case number (escalation by link) is not the reader's to fix.
    return Object.fromEntries(
      Object.entries(fieldErrors(result.error, locale)).filter(([name]) =>
        form.querySelector(`#field-${CSS.escape(name)}`),
      ),
    );
  };
  const touched = new Set<string>();

  form.addEventListener('focusout', (event) => {
    // Leaving a field for the send button: the submit check redoes every field.
    // Changing messages now would move the button away from under the pointer.
    if ((event.relatedTarget as HTMLElement | null)?.matches('button[type=submit]')) return;
    const name = (event.target as HTMLInputElement | null)?.name;
    if (!name || !(name in labels)) return;
    touched.add(name);
    showFieldError(form, name, visibleErrors()[name]);
  });

  form.addEventListener('input', (event) => {
    const name = (event.target as HTMLInputElement | null)?.name;
    if (name && touched.has(name)) showFieldError(form, name, visibleErrors()[name]);
  });

  form.addEventListener('submit', (event) => {
    const errors = visibleErrors();
    for (const name of Object.keys(labels)) showFieldError(form, name, errors[name]);
    if (Object.keys(errors).length === 0) return;
    event.preventDefault();
    showSummary(errors, labels);
  });
}
