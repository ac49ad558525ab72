// German mail wording; typed against the English (./en.ts).
import type { MailWording } from './en';

export const de: MailWording = {
  reference: {
    complaint: (caseNumber: string) => `Beschwerde ${caseNumber}`,
    abuse: (caseNumber: string) => `Missbrauchsmeldung ${caseNumber}`,
    escalation: (escalationNumber: string, caseNumber: string) =>
      `Beschwerde ${caseNumber}, Eskalation ${escalationNumber}`,
  },
  facts: {
    caseNumber: 'Aktenzeichen',
    escalationNumber: 'Aktenzeichen der Eskalation',
    received: 'Eingegangen am',
    answerDue: 'Antwort bis',
    finalAnswerDue: 'Abschließende Antwort bis',
    newAnswerDate: 'Neuer voraussichtlicher Termin',
    escalateUntil: 'Eskalation möglich bis',
    topic: 'Thema',
    category: 'Kategorie',
    department: 'Abteilung',
  },
  statusLink: 'Status Ihres Vorgangs ansehen',
  yourMessage: 'Ihre Nachricht',
  filedMail: {
    subject: 'Betreff',
    noText: '(Die Nachricht hatte keinen Text.)',
    unknownSender: 'Unbekannter Absender',
  },
  acknowledgement: {
    complaint: {
      subject: 'Wir haben Ihre Beschwerde erhalten',
      body: (answerDue: string) => [
        'Vielen Dank für Ihre Beschwerde. Wir haben sie erfasst, und ein Mitglied unseres Kundenservice-Teams wird sich damit befassen.',
        `Sie erhalten unsere Antwort spätestens am ${answerDue}. Sollten wir mehr Zeit benötigen, teilen wir Ihnen dies vorher mit und nennen Ihnen einen neuen Termin.`,
      ],
    },
    abuse: {
      subject: 'Wir haben Ihre Meldung erhalten',
      body: (answerDue: string) => [
        'Vielen Dank für Ihre Meldung. Unser Missbrauchsteam geht ihr nach und ergreift Maßnahmen, wenn die Domain missbräuchlich genutzt wird.',
        `Sie hören spätestens am ${answerDue} von uns. Sollte die Prüfung länger dauern, teilen wir Ihnen dies vorher mit.`,
      ],
    },
    escalation: {
      subject: 'Wir haben Ihre Eskalation erhalten',
      body: (answerDue: string) => [
        'Sie haben uns mitgeteilt, dass Sie mit unserer Antwort auf Ihre Beschwerde nicht zufrieden sind. Wir haben Ihre Eskalation erfasst; sie wird von einer Person geprüft, die an der ersten Antwort nicht beteiligt war.',
        `Sie erhalten unsere abschließende Antwort spätestens am ${answerDue}. Sollten wir mehr Zeit benötigen, teilen wir Ihnen dies vorher mit.`,
      ],
    },
    feedback: {
      subject: 'Vielen Dank für Ihr Feedback',
      body: (department: string) => [
        `Vielen Dank, dass Sie sich die Zeit genommen haben, uns Ihre Anmerkungen mitzuteilen. Wir haben sie an die zuständige Abteilung (${department}) weitergeleitet.`,
        'Für Feedback gibt es keine feste Antwortfrist. Falls Sie eine Frage gestellt haben, antwortet Ihnen die Abteilung an diese E-Mail-Adresse.',
      ],
    },
  },
  extension: {
    subject: 'Wir benötigen mehr Zeit',
    body: (newDate: string) => [
      'Wir prüfen Ihr Anliegen noch und können Ihnen nicht innerhalb der üblichen Frist antworten.',
      `Sie erhalten unsere Antwort spätestens am ${newDate}.`,
    ],
    reasonLabel: 'Warum wir mehr Zeit benötigen',
  },
  answer: {
    subject: 'Unsere Antwort',
    body: ['Vielen Dank für Ihre Geduld. Nachfolgend erhalten Sie unsere Antwort.'],
    answerLabel: 'Unsere Antwort',
    escalation: (until: string) =>
      `Falls Sie mit dieser Antwort nicht zufrieden sind, können Sie Ihre Beschwerde über den untenstehenden Link bis einschließlich ${until} eskalieren. Geht bis dahin keine Eskalation bei uns ein, betrachten wir den Vorgang als abgeschlossen.`,
  },
  finalAnswer: {
    subject: 'Unsere abschließende Antwort',
    body: ['Wir haben Ihre Eskalation geprüft. Nachfolgend erhalten Sie unsere abschließende Antwort.'],
    answerLabel: 'Unsere abschließende Antwort',
    closing: 'Mit dieser Antwort ist Ihre Beschwerde abgeschlossen.',
  },
  duplicate: {
    subject: 'wir bearbeiten Ihr Anliegen unter einem früheren Vorgang',
    body: (original: string) => [
      `Sie haben uns dieses Anliegen bereits gemeldet: Wir bearbeiten es unter dem Vorgang ${original} und haben diesen Vorgang daher geschlossen.`,
      `Alles, was Sie uns geschickt haben, bleibt erhalten. Bitte nennen Sie ${original}, wenn Sie uns dazu schreiben.`,
    ],
  },
  // Staff writing to the customer from the case (cms/replies/): the text is
  // theirs; a question also says how to answer.
  reply: {
    subject: 'Eine Nachricht zu Ihrem Anliegen',
    questionSubject: 'Eine Frage zu Ihrem Anliegen',
    answerHint: 'Antworten Sie einfach auf diese Mail: Ihre Antwort geht direkt zu Ihrem Vorgang.',
  },
  windowClosed: {
    subject: 'Ihr Vorgang ist abgeschlossen',
    body: (answeredOn: string) => [
      `Wir haben Ihre Beschwerde am ${answeredOn} beantwortet. Die Frist für eine Eskalation ist inzwischen abgelaufen; wir haben den Vorgang daher abgeschlossen.`,
      'Sollte sich etwas Neues ergeben, können Sie jederzeit gern eine neue Beschwerde einreichen.',
    ],
  },
  registrant: {
    subject: (caseNumber: string, domains: string) => `Missbrauchsmeldung ${caseNumber} zu ${domains}`,
    body: (category: string) => [
      `Wir haben eine Meldung erhalten, wonach eine über uns registrierte Domain missbräuchlich genutzt wird (${category}).`,
      'Bitte prüfen Sie die Meldung und entfernen Sie die missbräuchlichen Inhalte. Falls Sie die Meldung für unzutreffend halten, antworten Sie bitte auf diese Nachricht und nennen Sie uns Ihre Gründe.',
    ],
    reportLabel: 'Die Meldung',
    urlsLabel: 'Gemeldete Adressen',
    reporterLabel: 'Gemeldet von',
    reporterWithheld: 'Die meldende Person hat darum gebeten, ihre Identität nicht weiterzugeben.',
  },
  account: {
    invitation: {
      subject: 'Ihr Konto am Beschwerde-Desk',
      body: (invitedBy: string, until: string) => [
        `${invitedBy} hat Ihnen ein Konto am Beschwerde-Desk eingerichtet.`,
        `Wählen Sie über den Link unten Ihr eigenes Passwort. Der Link gilt einmal, bis ${until}; danach nutzen Sie „Passwort vergessen“ auf der Anmeldeseite.`,
      ],
    },
    passwordReset: {
      subject: 'Neues Passwort für den Beschwerde-Desk wählen',
      body: (until: string) => [
        'Jemand hat angefordert, das Passwort Ihres Kontos am Beschwerde-Desk zurückzusetzen.',
        `Wählen Sie über den Link unten ein neues Passwort. Der Link gilt einmal, bis ${until}. Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Ihr Passwort bleibt unverändert.`,
      ],
    },
    choosePassword: 'Passwort wählen',
  },
  staff: {
    newCase: {
      subject: (reference: string) => `Neu in der Warteschlange: ${reference}`,
      body: (filedBy: string, received: string) => [`Eingereicht von ${filedBy} am ${received}.`],
    },
    urgentAbuse: {
      subject: (reference: string) => `DRINGEND, Prüfung innerhalb von 24 Stunden: ${reference}`,
      body: (authorityReference: string, reviewDue: string) => [
        `Diese Missbrauchsmeldung stammt von einer öffentlichen Stelle oder Strafverfolgungsbehörde (Aktenzeichen: ${authorityReference}).`,
        `Sie muss bis ${reviewDue} geprüft werden.`,
      ],
    },
    feedbackForwarded: {
      subject: (topic: string) => `Feedback für Ihre Abteilung: ${topic}`,
      body: (received: string) => [`Dieses Feedback ist am ${received} über die Website eingegangen.`],
      replyTo: (email: string) => `Falls eine Antwort nötig ist, bitte an ${email} antworten.`,
      anonymous: 'Es wurde keine Adresse angegeben: Eine Antwort ist nicht möglich.',
    },
    deadlineSoon: {
      subject: (reference: string, deadline: string) => `Erinnerung: ${deadline} für ${reference} bald fällig`,
      body: (deadline: string, due: string) => [`Die ${deadline} ist am ${due} fällig.`],
    },
    deadlinePassed: {
      subject: (reference: string, deadline: string) => `Frist versäumt: ${deadline} für ${reference}`,
      body: (deadline: string, due: string) => [`Die ${deadline} war am ${due} fällig und wurde nicht versendet.`],
    },
    // All three are feminine, so the sentences above can say "Die …".
    deadlines: {
      acknowledgement: 'Eingangsbestätigung',
      answer: 'Antwort',
      finalAnswer: 'abschließende Antwort',
    },
    assigned: {
      subject: (reference: string) => `Ihnen zugewiesen: ${reference}`,
      body: (assignedBy: string) => [`${assignedBy} hat Ihnen diesen Vorgang zugewiesen.`],
      nextDeadline: (deadline: string, due: string) => `Nächste Frist: ${deadline}, fällig am ${due}.`,
      noDeadline: 'Für diesen Vorgang läuft derzeit keine Frist.',
    },
    openCase: 'Im Admin-Bereich öffnen',
    customerText: 'Eingereichter Text',
  },
};
