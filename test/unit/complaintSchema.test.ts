import { describe, expect, it } from 'vitest';
import { complaintSchema } from '../../shared/schemas/complaint';
import { fieldErrors } from '../../shared/schemas/issues';

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
    const result = complaintSchema.safeParse({ language: 'nl' });
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!, 'nl');
    expect(Object.keys(errors).sort()).toEqual(['description', 'email', 'expectedOutcome', 'name', 'topic']);
    expect(errors.name).toBe('Dit veld is verplicht. Vul het alstublieft in.');
  });

  it('explains a malformed email address in German', () => {
    const result = complaintSchema.safeParse({ ...valid, email: 'anna-at-example' });
    expect(fieldErrors(result.error!, 'de').email).toContain('E-Mail-Adresse');
  });

  it('refuses a topic that is not on the list and an unknown language', () => {
    const result = complaintSchema.safeParse({ ...valid, topic: 'lottery', language: 'xx' });
    const errors = fieldErrors(result.error!, 'en');
    expect(errors.topic).toBe('Choose one of the options.');
    expect(errors.language).toBe('Choose one of the options.');
  });

  it('refuses a description longer than 10 000 characters', () => {
    const result = complaintSchema.safeParse({ ...valid, description: 'x'.repeat(10_001) });
    expect(fieldErrors(result.error!, 'en').description).toBe('This text is too long. Please shorten it.');
  });

  it('drops fields the form does not have', () => {
    const result = complaintSchema.parse({ ...valid, status: 'closed', caseNumber: 'C-1' });
    expect(result).not.toHaveProperty('status');
    expect(result).not.toHaveProperty('caseNumber');
  });
});
