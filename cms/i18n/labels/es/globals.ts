import type { Globals } from '../en';

export const globalsEs: Globals = {
  'procedure-page': {
    label: 'Página de procedimiento',
    fields: { title: 'Título', intro: 'Introducción', body: 'Texto' },
    descriptions: {},
  },
  'contact-details': {
    label: 'Datos de contacto',
    fields: {
      organisation: 'Organización',
      department: 'Departamento',
      escalationDepartment: 'Departamento de escalados',
      street: 'Calle',
      postalCode: 'Código postal',
      city: 'Ciudad',
      country: 'País',
      phone: 'Teléfono',
      fax: 'Fax',
      complaintsEmail: 'Buzón de reclamaciones',
      complaintsLanguage: 'Idioma por defecto del correo de reclamaciones',
      abuseEmail: 'Buzón de abusos',
      abuseLanguage: 'Idioma por defecto del correo de abusos',
      feedbackEmail: 'Buzón de opiniones',
      feedbackLanguage: 'Idioma por defecto del correo de opiniones',
    },
    descriptions: {
      phone:
        'Con el prefijo del país, p. ej. +49 6894 9396 850 (un número sin prefijo se lee como alemán). Se guarda como +4968949396850; el sitio lo muestra como 06894 9396850.',
      fax: 'Con el prefijo del país, p. ej. +49 6894 9396 850 (un número sin prefijo se lee como alemán). Se guarda como +4968949396850; el sitio lo muestra como 06894 9396850.',
      complaintsLanguage:
        'El correo al buzón de reclamaciones se registra y se acusa en este idioma cuando su texto es demasiado corto para reconocerlo. El equipo puede corregir el idioma de un expediente. Lo fijan los administradores.',
      abuseLanguage:
        'El correo al buzón de abusos se registra y se acusa en este idioma cuando su texto es demasiado corto para reconocerlo. El equipo puede corregir el idioma de un expediente. Lo fijan los administradores.',
      feedbackLanguage:
        'El correo al buzón de opiniones se registra y se acusa en este idioma cuando su texto es demasiado corto para reconocerlo. El equipo puede corregir el idioma de un expediente. Lo fijan los administradores.',
    },
  },
  'form-choices': {
    label: 'Opciones y textos de los formularios',
    fields: {
      'tab.complaintTopics': 'Temas de reclamación',
      'tab.abuseCategories': 'Categorías de abuso',
      'tab.labels': 'Textos de los formularios',
      'choice.offered': 'Ofrecido en el formulario',
      'choice.label': 'Texto',
      'choice.help': 'Texto de ayuda',
      labels: 'Textos',
      'labels.key': 'Texto del formulario',
      'labels.text': 'Su redacción',
    },
    rows: { labels: 'Texto' },
    descriptions: {
      'tab.labels':
        'Todos los demás textos e indicaciones vienen de los archivos de traducción del sitio. Añada una fila para decirlo de otro modo en el idioma que edita; elimínela para volver al original.',
      'choice.label': 'Vacío: las palabras del formulario en este idioma («{{choice}}» en inglés).',
      'choice.help': 'Se muestra bajo la lista en el formulario.',
    },
  },
  'mail-settings': {
    label: 'Ajustes del correo',
    fields: {
      fromName: 'Nombre del remitente',
      fromAddress: 'Dirección del remitente',
      staffFromAddress: 'Dirección del remitente para el equipo',
      greeting: 'Saludo',
      greetingWithoutName: 'Saludo sin nombre',
      signature: 'Firma',
      reminderLeadHours: 'Aviso con antelación (horas)',
    },
    descriptions: {
      fromName: 'El nombre de remitente que ven los clientes, p. ej. «Key-Systems Atención al cliente».',
      fromAddress:
        'Remitente del correo a los clientes. Debe estar en un dominio verificado con el proveedor de correo. Las respuestas van al buzón del canal indicado en los datos de contacto.',
      staffFromAddress: 'Remitente de avisos y recordatorios al equipo y a los departamentos.',
      greeting:
        'Primera línea de cada correo a un cliente. {name} se sustituye por su nombre; no se rellena ningún otro marcador.',
      greetingWithoutName: 'Se usa cuando el cliente no dejó nombre (opinión anónima). Sin marcadores.',
      signature: 'Últimas líneas de cada correo a un cliente. Sin marcadores.',
      reminderLeadHours:
        'El equipo recibe un recordatorio estas horas antes de que venza un acuse de recibo o una respuesta.',
    },
  },
  'mail-wording': {
    label: 'Textos del correo',
    fields: {
      acknowledgementComplaint: 'Acuse de recibo de una reclamación',
      acknowledgementAbuse: 'Acuse de recibo de una denuncia de abuso',
      acknowledgementEscalation: 'Acuse de recibo de un escalado',
      acknowledgementFeedback: 'Agradecimiento por una opinión',
      extension: 'Aviso de prórroga',
      answer: 'Respuesta (antes de la respuesta en sí)',
      answerEscalation: 'Respuesta (cómo escalar)',
      finalAnswer: 'Respuesta definitiva (antes de la respuesta en sí)',
      duplicate: 'Cerrado como duplicado',
      windowClosed: 'Caso cerrado tras el periodo de escalado',
      registrant: 'Denuncia de abuso reenviada al titular',
    },
    descriptions: {},
  },
  'calendar-settings': {
    label: 'Calendario',
    fields: { closureDays: 'Días de cierre', 'closureDays.date': 'Fecha', 'closureDays.reason': 'Motivo' },
    rows: { closureDays: 'Día de cierre' },
    descriptions: {
      closureDays:
        'Días en que la oficina cierra además de los fines de semana y los festivos del Sarre. Los plazos ya prometidos no se mueven.',
    },
  },
  'retention-settings': {
    label: 'Conservación',
    fields: { caseMonths: 'Casos: meses tras el cierre', feedbackMonths: 'Opiniones: meses tras la recepción' },
    descriptions: {
      caseMonths: 'Meses tras el cierre de un caso antes de eliminar sus datos personales.',
      feedbackMonths: 'Meses tras la recepción de una opinión antes de eliminar el mensaje y los datos de contacto.',
    },
  },
};
