import { describe, expect, it } from 'vitest';
import { complaintSchema } from '@shared/schemas/complaint';
import { fieldErrors } from '@shared/schemas/issues';

const errorsOf = (input: unknown, locale: 'nl' | 'en' | 'de') => {
  const result = complaintSchema.safeParse(input);
  if (result.success) throw new Error('expected the complaint to be refused');
  return fieldErrors(result.error, locale);
};

const valid = {
  language: 'nl',
  name: 'Anna de Vries',
  email: 'anna@example.nl',
  topic: 'billing',
  description: 'I was charged twice for one renewal.',
  expectedOutcome: 'Refund the second charge.',
};

describe('the complaint schema', () => {
  it('accepts a complete complaint and leaves optional fields out', () => {
    const result = complaintSchema.parse({ ...valid, phone: ' ', domains: '' });
    expect(result.phone).toBeUndefined();
    expect(result.domains).toEqual([]);
    expect(result.name).toBe('Anna de Vries');
  });

  it('trims what the reader typed', () => {
    expect(complaintSchema.parse({ ...valid, name: '  Anna  ' }).name).toBe('Anna');
  });

  it('names every missing required field, in Dutch for a Dutch reader', () => {
    const errors = errorsOf({ language: 'nl' }, 'nl');
    expect(Object.keys(errors).sort()).toEqual(['description', 'email', 'expectedOutcome', 'name', 'topic']);
    expect(errors.name).toBe('Dit veld is verplicht. Vul het alstublieft in.');
  });

  it('explains a malformed email address in German', () => {
    expect(errorsOf({ ...valid, email: 'anna-at-example' }, 'de').email).toContain('E-Mail-Adresse');
  });

  it('refuses a topic that is not on the list and an unknown language', () => {
    const errors = errorsOf({ ...valid, topic: 'lottery', language: 'xx' }, 'en');
    expect(errors.topic).toBe('Choose one of the options.');
    expect(errors.language).toBe('Choose one of the options.');
  });

  it('refuses a description longer than 10 000 characters', () => {
    expect(errorsOf({ ...valid, description: 'x'.repeat(10_001) }, 'en').description).toBe(
      'This text is too long: enter at most 10,000 characters. Nothing you wrote has been removed.',
    );
  });

  it('keeps names on one line, so no script can fold a mail header into one', () => {
    const errors = errorsOf(
      { ...valid, name: 'Eve\r\nBcc: victim@example.org', organisation: 'Evil\tCorp', customerNumber: 'A\u0000' },
      'en',
    );
    expect(errors.name).toBe('Write this on one line, without line breaks or tab characters.');
    expect(Object.keys(errors).sort()).toEqual(['customerNumber', 'name', 'organisation']);
    // Line breaks belong in the description.
    expect(complaintSchema.parse({ ...valid, description: 'First line.\nSecond line.' }).description).toContain('\n');
  });

  it('drops fields the form does not have', () => {
    const result = complaintSchema.parse({ ...valid, status: 'closed', caseNumber: 'C-1' });
    expect(result).not.toHaveProperty('status');
    expect(result).not.toHaveProperty('caseNumber');
  });
});

describe('optional fields', () => {
  it('treat null like an empty field', () => {
    const result = complaintSchema.parse({ ...valid, phone: null, customerNumber: null, organisation: null });
    expect(result.phone).toBeUndefined();
    expect(result.customerNumber).toBeUndefined();
  });
});
