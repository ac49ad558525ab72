import type { Staff } from '../en';

export const staffEs: Staff = {
  users: {
    singular: 'Usuario',
    plural: 'Usuarios',
    fields: { name: 'Nombre', roles: 'Roles', language: 'Idioma (correo y administración)' },
    descriptions: {},
  },
  evidence: {
    singular: 'Archivo de prueba',
    plural: 'Pruebas',
    description:
      'Se guarda tal como llegó: nadie edita, recorta, sustituye ni borra pruebas (el plazo de conservación las elimina).',
    fields: { sha256: 'SHA-256', uploadedBy: 'Subido por (colega)', uploadedVia: 'Subido por' },
    descriptions: { sha256: 'Huella del archivo tal como llegó.' },
  },
  'canned-replies': {
    singular: 'Respuesta predefinida',
    plural: 'Respuestas predefinidas',
    description:
      'Respuestas de las que parte el equipo al escribir a un cliente desde un caso, por idioma. Solo se ofrecen las publicadas; sin texto en un idioma, no se ofrece en ese idioma.',
    fields: { title: 'Título', usedFor: 'Usada para', body: 'Texto' },
    descriptions: {
      title: 'Por lo que el equipo la elige en el editor.',
      usedFor: 'Los expedientes en los que se ofrece.',
      body: 'Marcadores: {name}, {caseNumber}, {answerDue}, {domains}. Una línea vacía empieza un párrafo nuevo.',
    },
  },
  departments: {
    singular: 'Departamento',
    plural: 'Departamentos',
    fields: {
      name: 'Nombre',
      slug: 'Nombre corto (en enlaces)',
      email: 'Correo electrónico',
      topics: 'Temas',
      isDefault: 'Departamento por defecto',
      language: 'Idioma del correo',
    },
    descriptions: {
      topics: 'Las opiniones sobre estos temas llegan aquí, salvo que el lector elija un departamento.',
      isDefault: 'Recibe las opiniones que ningún otro departamento acepta.',
    },
  },
  'api-clients': {
    singular: 'Cliente de la API',
    plural: 'Clientes de la API',
    fields: { name: 'Nombre' },
    descriptions: {},
  },
  partners: {
    singular: 'Socio',
    plural: 'Socios',
    description:
      'Organizaciones que presentan denuncias de abuso mediante la API de socios. «Generar nueva clave API», copie la clave (se muestra una sola vez), guarde y entréguesela al socio. Generar una clave nueva y guardar revoca la anterior; borrar el socio revoca su clave para siempre.',
    fields: {
      name: 'Organización',
      contactEmail: 'Correo de contacto',
      reporterType: 'Tipo de denunciante',
      maxReportsPerHour: 'Máximo de denuncias por hora',
    },
    descriptions: {
      name: 'Las denuncias presentadas lo muestran como denunciante.',
      contactEmail: 'Los acuses de recibo y las respuestas a las denuncias del socio van aquí.',
      maxReportsPerHour: 'Las denuncias que superen el máximo en una hora se rechazan (429) hasta que pase la hora.',
    },
  },
  'reply-attachments': {
    singular: 'Adjunto de respuesta',
    plural: 'Adjuntos de respuestas',
    fields: { sentBy: 'Enviado por' },
    descriptions: {},
  },
  'erasure-requests': {
    singular: 'Solicitud de supresión',
    plural: 'Solicitudes de supresión',
    description:
      'Borra los datos personales de una persona de cada caso, escalado y opinión presentados con su dirección. No se puede deshacer.',
    fields: {
      email: 'Correo electrónico',
      reference: 'Referencia',
      emailHash: 'Huella de la dirección',
      requestedAt: 'Solicitado',
      requestedBy: 'Solicitado por',
      casesAnonymised: 'Casos anonimizados',
      feedbackAnonymised: 'Opiniones anonimizadas',
    },
    descriptions: {
      email: 'La dirección con la que la persona presentó. Se usa una vez y no se guarda.',
      reference: 'Su referencia de la solicitud (ticket, fecha de la carta).',
    },
  },
  'payload-jobs': { singular: 'Tarea en cola', plural: 'Tareas en cola', fields: {}, descriptions: {} },
};
