import { describe, expect, it } from 'vitest';
import { validationTranslations } from '@shared/i18n/validation';
import { labelled } from '@shared/i18n/typography';
import { buildMessage } from '../../cms/mail/messages';
import { renderText } from '../../cms/mail/render';
import { mailWording } from '../../cms/mail/wording';
import { uiStrings } from '../../site/i18n';

// French sets a narrow no-break space before : ; ? ! ("Votre nom : …",
// "Que s’est-il passé ?"); a plain space, or none, lets the sign start a line
// or reads as an English colon.
const badSign = /(?:^|[^\u202F])[:;?!](?=\s|$)/u;

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...args: string[]) => unknown)('X', 'Y', 'Z'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

describe('French typography', () => {
  it('the site’s French strings, validation messages and mail wording', () => {
    const texts = [
      ...Object.values(uiStrings('fr')),
      ...Object.values(validationTranslations.fr ?? {}),
      ...strings(mailWording('fr')),
    ];
    expect(texts.filter((text) => badSign.test(String(text)))).toEqual([]);
  });

  it('joins a label and its value with the narrow no-break space, and never adds a colon after a question', () => {
    expect(labelled('fr', 'Votre nom', 'Anna')).toBe('Votre nom\u202F: Anna');
    expect(labelled('fr', 'Que s’est-il passé\u202F?', 'Rien')).toBe('Que s’est-il passé\u202F? Rien');
    expect(labelled('en', 'Your name', 'Anna')).toBe('Your name: Anna');
  });

  it('in mail: subjects and facts', () => {
    const { subject, parts } = buildMessage('answer', 'fr', {
      ref: { kind: 'complaint', caseNumber: 'C-2026-000012' },
      answer: 'Voici.',
      escalateUntil: '2026-12-29T22:59:59.999Z',
    });
    const text = renderText({ language: 'fr', subject, greeting: 'Bonjour,', parts, signature: '—' });
    expect(subject).toContain('C-2026-000012\u202F:');
    expect(text).toContain('Numéro de dossier\u202F: C-2026-000012');
    expect(`${subject}\n${text}`).not.toMatch(badSign);
  });
});
