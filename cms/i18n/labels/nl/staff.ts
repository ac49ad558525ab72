import type { Staff } from '../en';

export const staffNl: Staff = {
  users: {
    singular: 'Gebruiker',
    plural: 'Gebruikers',
    fields: { name: 'Naam', roles: 'Rollen', language: 'Taal (mail en beheer)' },
    descriptions: {},
  },
  evidence: {
    singular: 'Bewijsbestand',
    plural: 'Bewijs',
    fields: { sha256: 'SHA-256', uploadedBy: 'Geüpload door (collega)', uploadedVia: 'Geüpload door' },
    descriptions: { sha256: 'Vingerafdruk van het bestand zoals het binnenkwam.' },
  },
  'canned-replies': {
    singular: 'Standaardantwoord',
    plural: 'Standaardantwoorden',
    fields: { title: 'Titel', usedFor: 'Gebruikt voor', body: 'Tekst' },
    descriptions: {
      title: 'Waaraan medewerkers het in de editor herkennen.',
      usedFor: 'De dossiers waarbij het wordt aangeboden.',
      body: 'Plaatshouders: {name}, {caseNumber}, {answerDue}, {domains}. Een lege regel begint een nieuwe alinea.',
    },
  },
  departments: {
    singular: 'Afdeling',
    plural: 'Afdelingen',
    fields: {
      name: 'Naam',
      slug: 'Korte naam (in links)',
      email: 'E-mail',
      topics: 'Onderwerpen',
      isDefault: 'Standaardafdeling',
      language: 'Taal van de mail',
    },
    descriptions: {
      topics: 'Feedback over deze onderwerpen komt hier terecht, tenzij de lezer een afdeling kiest.',
      isDefault: 'Krijgt de feedback die geen andere afdeling neemt.',
    },
  },
  'api-clients': {
    singular: 'API-client',
    plural: 'API-clients',
    fields: { name: 'Naam' },
    descriptions: {},
  },
  partners: {
    singular: 'Partner',
    plural: 'Partners',
    fields: {
      name: 'Organisatie',
      contactEmail: 'Contact-e-mail',
      reporterType: 'Soort melder',
      maxReportsPerHour: 'Maximaal aantal meldingen per uur',
    },
    descriptions: {
      name: 'Ingediende meldingen tonen dit als melder.',
      contactEmail: 'Ontvangstbevestigingen en antwoorden op de meldingen van de partner gaan hierheen.',
      maxReportsPerHour: 'Meer meldingen binnen een uur worden geweigerd (429) tot het uur voorbij is.',
    },
  },
  'reply-attachments': {
    singular: 'Bijlage bij antwoord',
    plural: 'Bijlagen bij antwoorden',
    fields: { sentBy: 'Verstuurd door' },
    descriptions: {},
  },
  'erasure-requests': {
    singular: 'Verwijderverzoek',
    plural: 'Verwijderverzoeken',
    fields: {
      email: 'E-mail',
      reference: 'Kenmerk',
      emailHash: 'Vingerafdruk van het adres',
      requestedAt: 'Aangevraagd',
      requestedBy: 'Aangevraagd door',
      casesAnonymised: 'Geanonimiseerde zaken',
      feedbackAnonymised: 'Geanonimiseerde feedback',
    },
    descriptions: {
      email: 'Het adres waarmee de persoon indiende. Eenmalig gebruikt en niet bewaard.',
      reference: 'Uw kenmerk voor het verzoek (ticket, datum van de brief).',
    },
  },
  'payload-jobs': { singular: 'Taak in de wachtrij', plural: 'Taken in de wachtrij', fields: {}, descriptions: {} },
};
