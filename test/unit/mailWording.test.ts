import { describe, expect, it } from 'vitest';
import { localeCodes } from '@shared/i18n/locales';
import { defaultWording, editableMessageKeys, editableMessages, wordingWith } from '../../cms/mail/editable';
import { textareaWithPlaceholders } from '../../cms/fields/placeholders';
import { buildMessage } from '../../cms/mail/messages';

const validate = (known: readonly string[], value: string) =>
  textareaWithPlaceholders(known)(value, { req: { payload: { config: {} } }, required: false } as never);

const ack = {
  ref: { kind: 'complaint', caseNumber: 'C-2027-000001' },
  receivedAt: '2027-01-04T09:00:00Z',
  answerDueAt: '2027-01-18T22:59:59Z',
} as const;

describe('editable mail wording', () => {
  it.each(localeCodes)('every default wording in %s passes its own placeholder check', (locale) => {
    for (const key of editableMessageKeys) {
      expect(validate(editableMessages[key].placeholders, defaultWording(key, locale)), key).toBe(true);
    }
  });

  it('the default names each placeholder it fills in', () => {
    expect(defaultWording('acknowledgementComplaint', 'en')).toContain('{answerDue}');
    expect(defaultWording('extension', 'de')).toContain('{newDate}');
    expect(defaultWording('registrant', 'fr')).toContain('{category}');
  });

  it('refuses unknown and broken placeholders, naming the known ones', () => {
    expect(validate(['answerDue'], 'Antwoord voor {antwoordDatum}.')).toBe(
      'Unknown placeholder {antwoordDatum}. You can use {answerDue}.',
    );
    expect(validate(['answerDue'], 'By {answerDue')).toMatch(/not closed/);
    expect(validate([], 'Hello {name}')).toMatch(/takes no placeholders/);
  });

  it('uses the editor’s paragraphs with placeholders filled in, and the code’s while empty', () => {
    const edited = wordingWith('en', {
      acknowledgementComplaint: 'Thanks!\n\nWe answer by {answerDue}.',
      extension: '   ',
    });
    const message = buildMessage('acknowledgement', 'en', ack, edited);
    expect(message.parts.slice(0, 2)).toEqual([
      { paragraph: 'Thanks!' },
      { paragraph: 'We answer by Monday, 18 January 2027.' },
    ]);
    const unchanged = buildMessage(
      'extension',
      'en',
      { ref: ack.ref, expectedAnswerAt: '2027-02-01T10:00:00Z', reason: 'x' },
      edited,
    );
    expect(unchanged).toEqual(
      buildMessage('extension', 'en', { ref: ack.ref, expectedAnswerAt: '2027-02-01T10:00:00Z', reason: 'x' }),
    );
  });

  it('keeps the closing paragraph of the final answer after the answer', () => {
    const edited = wordingWith('en', { finalAnswer: 'We looked again.\n\nThis closes your complaint.' });
    const message = buildMessage('finalAnswer', 'en', { ref: ack.ref, answer: 'No.' }, edited);
    expect(message.parts.slice(0, 3)).toEqual([
      { paragraph: 'We looked again.' },
      { quote: { label: 'Our final answer', text: 'No.' } },
      { paragraph: 'This closes your complaint.' },
    ]);
  });
});
