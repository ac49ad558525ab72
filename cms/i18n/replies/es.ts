// Spanish labels for writing to the customer; typed against the English (./en.ts).
import type { RepliesTranslations } from './en';

export const es: RepliesTranslations = {
  heading: 'Escribir al cliente',
  intro:
    'Se envía por correo a {{to}}, con saludo y firma, en el idioma elegido, y queda en el historial. No cambia el estado ni ningún plazo: la respuesta sigue siendo un paso aparte.',
  introNoEmail: 'Este cliente no tiene dirección de correo: escríbale por correo postal.',
  language: 'Idioma del mensaje',
  customerLanguage: '{{language}} (el del cliente)',
  canned: 'Empezar con una respuesta predefinida',
  cannedNone: 'Ninguna: escribir la mía',
  cannedNoneInLanguage: 'Aún no hay respuestas predefinidas en este idioma.',
  cannedLoading: 'Cargando las respuestas predefinidas…',
  cannedLoadFailed: 'No se pudieron cargar las respuestas predefinidas. Puede escribir su propio mensaje.',
  cannedReplaces: 'Una respuesta predefinida elegida sustituye el texto de abajo.',
  text: 'Mensaje',
  textHint: 'Marcadores que puede usar: {{list}}. Una línea vacía empieza un párrafo nuevo.',
  question: 'Es una pregunta: el correo pide al cliente que responda',
  attachments: 'Adjuntos (opcional)',
  attachmentsHint:
    'Hasta {{count}} archivos de {{size}} como máximo cada uno: PDF, texto, imágenes (PNG, JPEG, GIF, WebP) o correo.',
  send: 'Enviar al cliente',
  sending: 'Enviando…',
  sent: 'Enviado a {{to}}: el mensaje está en la bandeja de salida y en el historial.',
  sentKeepEdits:
    'Esta página tiene cambios sin guardar, por eso no se ha recargado: guárdelos para ver el mensaje en la conversación.',
  failed: 'No enviado.',
  offline: 'No se pudo contactar con el servicio. No se envió nada; inténtelo de nuevo.',
  notAllowed:
    'Solo quien tramita este expediente escribe a su cliente: los gestores de reclamaciones en reclamaciones y escalados, los especialistas en abuso en las denuncias de abuso.',
  noEmail: 'Este cliente no tiene dirección de correo: escríbale por correo postal y anótelo en el expediente.',
  empty: 'Escriba el mensaje o elija una respuesta predefinida.',
  tooLong: 'El mensaje tiene más de {{max}} caracteres.',
  badLanguage: 'Elija uno de los idiomas ofrecidos.',
  cannedUnknown: 'Esa respuesta predefinida no se ofrece para este expediente en este idioma.',
  tooManyFiles: 'Se pueden adjuntar como máximo {{limit}} archivos; ha elegido {{count}}.',
  fileTooLarge: '{{filename}} ocupa {{size}}; cada archivo puede ocupar como máximo {{limit}}.',
  fileRefused:
    '{{filename}} fue rechazado: solo se envían archivos PDF, de texto, imágenes (PNG, JPEG, GIF, WebP) y correos, reconocidos por su contenido.',
  tooLarge: 'Los archivos juntos son demasiado grandes para enviarlos.',
};
