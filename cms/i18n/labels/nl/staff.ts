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
    description:
      'Bewaard zoals het binnenkwam: niemand bewerkt, snijdt bij, vervangt of verwijdert bewijs (de bewaartermijn ruimt het op).',
    fields: { sha256: 'SHA-256', uploadedBy: 'Geüpload door (collega)', uploadedVia: 'Geüpload door' },
    descriptions: { sha256: 'Vingerafdruk van het bestand zoals het binnenkwam.' },
  },
  'canned-replies': {
    singular: 'Standaardantwoord',
    plural: 'Standaardantwoorden',
    description:
      'Antwoorden waarmee medewerkers beginnen als ze vanuit een zaak een klant schrijven, per taal. Alleen gepubliceerde antwoorden worden aangeboden; zonder tekst in een taal wordt het in die taal niet aangeboden.',
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
    description:
      'Organisaties die abuse-meldingen indienen via de partner-API. „Nieuwe API-sleutel genereren”, kopieer de sleutel (die wordt één keer getoond), sla op en geef hem aan de partner. Een nieuwe sleutel genereren en opslaan trekt de oude in; de partner verwijderen trekt zijn sleutel definitief in.',
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
    description:
      'Wist de persoonsgegevens van een melder uit elke zaak, escalatie en feedback die met dat adres is ingediend. Dit kan niet ongedaan worden gemaakt.',
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
