// Spanish mail wording; typed against the English (./en.ts).
import type { MailWording } from './en';

export const es: MailWording = {
  reference: {
    complaint: (caseNumber: string) => `Reclamación ${caseNumber}`,
    abuse: (caseNumber: string) => `Denuncia de abuso ${caseNumber}`,
    escalation: (escalationNumber: string, caseNumber: string) =>
      `Reclamación ${caseNumber}, solicitud de escalado ${escalationNumber}`,
  },
  facts: {
    caseNumber: 'Número de expediente',
    escalationNumber: 'Número de la solicitud de escalado',
    received: 'Recibido el',
    answerDue: 'Respuesta prevista a más tardar el',
    finalAnswerDue: 'Respuesta definitiva prevista a más tardar el',
    newAnswerDate: 'Nueva fecha prevista',
    escalateUntil: 'Puede escalar la reclamación hasta el',
    topic: 'Tema',
    category: 'Categoría',
    department: 'Departamento',
  },
  statusLink: 'Consultar el estado de su expediente',
  yourMessage: 'Su mensaje',
  filedMail: { subject: 'Asunto', noText: '(El mensaje no tenía texto.)', unknownSender: 'Remitente desconocido' },
  acknowledgement: {
    complaint: {
      subject: 'hemos recibido su reclamación',
      body: (answerDue: string) => [
        'Le agradecemos su reclamación. La hemos registrado y un miembro de nuestro equipo de atención al cliente se encargará de examinarla.',
        `Recibirá nuestra respuesta a más tardar el ${answerDue}. Si necesitamos más tiempo, se lo comunicaremos antes de esa fecha y le indicaremos una nueva.`,
      ],
    },
    abuse: {
      subject: 'hemos recibido su denuncia',
      body: (answerDue: string) => [
        'Le agradecemos su denuncia. Nuestro equipo de abusos la investigará y tomará medidas si el dominio se está utilizando de forma abusiva.',
        `Tendrá noticias nuestras a más tardar el ${answerDue}. Si la investigación requiere más tiempo, se lo comunicaremos antes de esa fecha.`,
      ],
    },
    escalation: {
      subject: 'hemos recibido su solicitud de escalado',
      body: (answerDue: string) => [
        'Nos ha comunicado que nuestra respuesta a su reclamación no le satisface. Hemos registrado su solicitud de escalado, que revisará una persona que no participó en la primera respuesta.',
        `Recibirá nuestra respuesta definitiva a más tardar el ${answerDue}. Si necesitamos más tiempo, se lo comunicaremos antes de esa fecha.`,
      ],
    },
    feedback: {
      subject: 'Gracias por sus comentarios',
      body: (department: string) => [
        `Gracias por dedicar su tiempo a enviarnos sus comentarios. Los hemos transmitido al departamento correspondiente (${department}).`,
        'Los comentarios no tienen un plazo de respuesta fijo. Si nos ha hecho alguna pregunta, el departamento le responderá a esta dirección de correo electrónico.',
      ],
    },
  },
  extension: {
    subject: 'necesitamos más tiempo',
    body: (newDate: string) => [
      'Seguimos investigando el asunto y no podemos responderle dentro del plazo habitual.',
      `Recibirá nuestra respuesta a más tardar el ${newDate}.`,
    ],
    reasonLabel: 'Por qué necesitamos más tiempo',
  },
  answer: {
    subject: 'nuestra respuesta',
    body: ['Gracias por su paciencia. A continuación encontrará nuestra respuesta.'],
    answerLabel: 'Nuestra respuesta',
    escalation: (until: string) =>
      `Si esta respuesta no le satisface, puede escalar su reclamación a través del enlace que figura más abajo hasta el ${until}. Si no recibimos ninguna solicitud de escalado antes de que termine ese plazo, daremos el expediente por cerrado.`,
  },
  finalAnswer: {
    subject: 'nuestra respuesta definitiva',
    body: ['Hemos revisado su solicitud de escalado. A continuación encontrará nuestra respuesta definitiva.'],
    answerLabel: 'Nuestra respuesta definitiva',
    closing: 'Con esta respuesta, su reclamación queda cerrada.',
  },
  duplicate: {
    subject: 'seguimos con un caso anterior',
    body: (original: string) => [
      `Ya nos había informado de esto: lo tramitamos en el caso ${original}, por lo que hemos cerrado este.`,
      `Conservamos todo lo que nos envió. Indique ${original} si nos escribe al respecto.`,
    ],
  },
  // Staff writing to the customer from the case (cms/replies/): the text is
  // theirs; a question also says how to answer.
  reply: {
    subject: 'Un mensaje sobre su caso',
    questionSubject: 'Una pregunta sobre su caso',
    answerHint: 'Responda a este correo para contestar: su respuesta llega directamente a su caso.',
  },
  windowClosed: {
    subject: 'hemos cerrado su expediente',
    body: (answeredOn: string) => [
      `Respondimos a su reclamación el ${answeredOn}. El plazo para escalarla ya ha finalizado, por lo que hemos cerrado el expediente.`,
      'Si surge alguna novedad, puede presentar una nueva reclamación en cualquier momento.',
    ],
  },
  registrant: {
    subject: (caseNumber: string, domains: string) => `Denuncia de abuso ${caseNumber} relativa a ${domains}`,
    body: (category: string) => [
      `Hemos recibido una denuncia según la cual un dominio registrado a través de nosotros se está utilizando de forma abusiva (${category}).`,
      'Le rogamos que examine la denuncia y elimine el contenido abusivo o, si considera que la denuncia es infundada, que nos indique los motivos respondiendo a este mensaje.',
    ],
    reportLabel: 'La denuncia',
    urlsLabel: 'Direcciones denunciadas',
    reporterLabel: 'Denuncia presentada por',
    reporterWithheld: 'La persona denunciante ha pedido que no se comunique su identidad.',
  },
  account: {
    invitation: {
      subject: 'Su cuenta en el servicio de reclamaciones',
      body: (invitedBy: string, until: string) => [
        `${invitedBy} le ha creado una cuenta en el servicio de reclamaciones.`,
        `Elija su propia contraseña con el enlace de abajo. El enlace sirve una vez, hasta el ${until}; después, use «¿Olvidó su contraseña?» en la página de acceso.`,
      ],
    },
    passwordReset: {
      subject: 'Elija una nueva contraseña para el servicio de reclamaciones',
      body: (until: string) => [
        'Alguien ha pedido restablecer la contraseña de su cuenta en el servicio de reclamaciones.',
        `Elija una nueva contraseña con el enlace de abajo. El enlace sirve una vez, hasta el ${until}. Si no lo ha pedido, ignore este mensaje: su contraseña no cambia.`,
      ],
    },
    choosePassword: 'Elegir su contraseña',
  },
  staff: {
    newCase: {
      subject: (reference: string) => `Nuevo en la cola de trabajo: ${reference}`,
      body: (filedBy: string, received: string) => [`Presentado por ${filedBy} el ${received}.`],
    },
    urgentAbuse: {
      subject: (reference: string) => `URGENTE, revisar en un plazo de 24 horas: ${reference}`,
      body: (authorityReference: string, reviewDue: string) => [
        `Esta denuncia de abuso procede de una autoridad pública o de las fuerzas de seguridad (referencia: ${authorityReference}).`,
        `Debe revisarse a más tardar el ${reviewDue}.`,
      ],
    },
    feedbackForwarded: {
      subject: (topic: string) => `Comentarios para su departamento: ${topic}`,
      body: (received: string) => [`Estos comentarios se enviaron a través del sitio web el ${received}.`],
      replyTo: (email: string) => `Si hace falta responder, escriba a ${email}.`,
      anonymous: 'No se ha indicado ninguna dirección: no es posible responder.',
    },
    deadlineSoon: {
      subject: (reference: string, deadline: string) =>
        `Recordatorio: el plazo de ${deadline} vence pronto – ${reference}`,
      body: (deadline: string, due: string) => [`El plazo de ${deadline} vence el ${due}.`],
    },
    deadlinePassed: {
      subject: (reference: string, deadline: string) => `Plazo vencido: ${deadline} – ${reference}`,
      body: (deadline: string, due: string) => [`El plazo de ${deadline} venció el ${due}. No se ha enviado nada.`],
    },
    // Read after "plazo de", so no article.
    deadlines: {
      acknowledgement: 'acuse de recibo',
      answer: 'respuesta',
      finalAnswer: 'respuesta definitiva',
    },
    assigned: {
      subject: (reference: string) => `Asignado a usted: ${reference}`,
      body: (assignedBy: string) => [`${assignedBy} le ha asignado este expediente.`],
      nextDeadline: (deadline: string, due: string) => `El próximo plazo es el de ${deadline}, que vence el ${due}.`,
      noDeadline: 'Este expediente no tiene ningún plazo pendiente.',
    },
    openCase: 'Abrir en el panel de administración',
    customerText: 'Mensaje del cliente',
  },
};
