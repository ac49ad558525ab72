// Inline checks with the very schema and messages the server uses: the site
// checks the values (POST /<lang>/check/<form>), so the page carries no schema
// and stays small. Without JavaScript nothing here runs and the server does the
// same job on POST; if the check cannot be reached, the form is sent unchecked
// and the server checks it then.
// The error behaviour follows GOV.UK's: a field is checked once the reader has
// changed it, never merely because focus passed it; the summary follows the
// form's order and loses an entry as soon as its field is fixed; the page
// title starts with "Error:" while errors are shown.
import { isLocale } from '@shared/i18n/locales';
import { labelled } from '@shared/i18n/typography';
import type { FieldErrors } from '@shared/schemas/issues';
import { LANGUAGE_SWITCH_FIELD } from '../lib/languageSwitch';
import { startCharacterCounts } from './characterCount';

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
  const hintIds = [...field.querySelectorAll('.field-hint')].map((hint) => hint.id);
  const describedBy = [message ? errorId : undefined, ...hintIds].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  else control.removeAttribute('aria-describedby');
};

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-form]')) {
  const kind = form.dataset.form;
  const locale = form.dataset.locale;
  if (!kind || !isLocale(locale)) continue;
  startCharacterCounts(form);
  // In the form's order: the summary lists problems as the reader meets them.
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Record<string, string>;
  const summary = document.querySelector<HTMLElement>('[data-error-summary]');
  const errorPrefix = form.dataset.errorTitle ?? '';
  const plainTitle = document.title.startsWith(errorPrefix)
    ? document.title.slice(errorPrefix.length).trimStart()
    : document.title;

  // The server's verdict, or undefined when it cannot be had (offline, server away).
  const visibleErrors = async (): Promise<FieldErrors | undefined> => {
    try {
      const response = await fetch(`/${locale}/check/${kind}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(formValues(form)),
      });
      if (!response.ok) return undefined;
      const { errors } = (await response.json()) as { errors: FieldErrors };
      // Only fields on this page: a hidden case number (escalation by link) is not the reader's to fix.
      return Object.fromEntries(
        Object.entries(errors).filter(([name]) => form.querySelector(`#field-${CSS.escape(name)}`)),
      );
    } catch {
      return undefined;
    }
  };

  const showSummary = (errors: FieldErrors) => {
    const list = summary?.querySelector('ul');
    if (!summary || !list) return;
    const names = Object.keys(labels).filter((name) => errors[name]);
    list.replaceChildren(
      ...names.map((name) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#field-${name}`;
        link.textContent = labelled(locale, labels[name] ?? name, errors[name]);
        item.append(link);
        return item;
      }),
    );
    summary.hidden = names.length === 0;
    document.title = names.length ? `${errorPrefix} ${plainTitle}` : plainTitle;
  };

  // A field the reader has typed in or chosen from; only these are checked as they go.
  const changed = new Set<string>();
  const recheck = async (name: string) => {
    const errors = await visibleErrors();
    if (!errors) return;
    showFieldError(form, name, errors[name]);
    // A fixed field leaves the summary at once; nothing new is added to it before the next send.
    if (summary && !summary.hidden) {
      const shown = [...summary.querySelectorAll('a')].map((link) => link.hash.replace('#field-', ''));
      showSummary(Object.fromEntries(shown.flatMap((field) => (errors[field] ? [[field, errors[field]]] : []))));
    }
  };

  form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement | null;
    if (!target?.name || !(target.name in labels)) return;
    changed.add(target.name);
    // A field showing an error is rechecked as the reader fixes it.
    if (target.getAttribute('aria-invalid') === 'true') void recheck(target.name);
  });
  // Choices are complete when made; text is checked when the reader leaves it.
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | null;
    if (target && target.name in labels && (target.type === 'checkbox' || target.tagName === 'SELECT')) {
      void recheck(target.name);
    }
  });

  form.addEventListener('focusout', (event) => {
    // Leaving a field for the send button: the submit check redoes every field.
    // Changing messages now would move the button away from under the pointer.
    if ((event.relatedTarget as HTMLElement | null)?.matches('button[type=submit]')) return;
    const name = (event.target as HTMLInputElement | null)?.name;
    if (name && changed.has(name)) void recheck(name);
  });

  // Set once the check passed (or could not be made): the next submit goes through.
  let checked = false;
  form.addEventListener('submit', (event) => {
    const submitter = event.submitter as HTMLButtonElement | null;
    // Switching language carries the form to the other language unchecked.
    if (checked || submitter?.name === LANGUAGE_SWITCH_FIELD) return;
    event.preventDefault();
    // Busy while the site checks: assistive technology (and the tests) wait for the verdict.
    form.setAttribute('aria-busy', 'true');
    void (async () => {
      const errors = await visibleErrors();
      form.removeAttribute('aria-busy');
      for (const name of Object.keys(labels)) showFieldError(form, name, errors?.[name]);
      if (!errors || Object.keys(errors).length === 0) {
        checked = true;
        form.requestSubmit(submitter);
        return;
      }
      showSummary(errors);
      summary?.focus();
    })();
  });
}
