// GOV.UK's character count: the limit is stated in a hint without JavaScript;
// with it, a count of what is left (or how much is too much) follows the
// typing, and screen readers hear it politely once the reader pauses. Nothing
// is ever cut: the limit is checked, and the server refuses an over-long text.
type CountWords = { one: string; other: string };
type CountMessages = { remaining: CountWords; over: CountWords };

// Single-line fields count only near their limit, as GOV.UK's threshold does.
const THRESHOLD = 0.75;
const PAUSE_MS = 1000;

export const startCharacterCounts = (form: HTMLFormElement): void => {
  const messages = JSON.parse(form.dataset.countMessages ?? 'null') as CountMessages | null;
  const locale = form.dataset.locale ?? 'en';
  if (!messages) return;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-max-length]')) {
    const max = Number(control.dataset.maxLength);
    const field = control.closest('.field');
    if (!max || !field) continue;
    const visible = document.createElement('p');
    visible.className = 'field-count-status';
    visible.setAttribute('aria-hidden', 'true');
    const spoken = document.createElement('p');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    control.after(visible, spoken);
    // The static hint stays for aria-describedby; the live count replaces it on screen.
    field.querySelector('.field-count')?.classList.add('visually-hidden');
    const alwaysShown = control.tagName === 'TEXTAREA';
    let pause: ReturnType<typeof setTimeout> | undefined;
    const update = (announce: boolean) => {
      const left = max - control.value.length;
      const words = left < 0 ? messages.over : messages.remaining;
      const text = words[plural.select(Math.abs(left)) === 'one' ? 'one' : 'other'].replace(
        '{count}',
        number.format(Math.abs(left)),
      );
      const shown = alwaysShown || control.value.length >= max * THRESHOLD;
      visible.textContent = shown ? text : '';
      visible.classList.toggle('field-count-status--over', left < 0);
      clearTimeout(pause);
      if (announce && shown) pause = setTimeout(() => (spoken.textContent = text), PAUSE_MS);
    };
    control.addEventListener('input', () => update(true));
    update(false);
  }
};
