import type { ErrorMessages } from '../en/errors.js';

/** Error messages, in Spanish. */
const errors: ErrorMessages = {
  title: {
    'disc-evidence-card': 'No se puede mostrar este estudio',
    'disc-outcome-timeline': 'No se puede mostrar esta línea de tiempo',
    'disc-candidacy-checklist': 'No se puede mostrar esta lista de preguntas',
  },
  defaultTitle: 'No se puede mostrar esta evidencia',
  render: 'Algo falló al mostrar esto.',
  data: {
    'no-source': () => 'No hay datos: añada el id de un estudio, una URL en src o JSON en la página.',
    'no-series': () =>
      'La vista de trayectoria necesita series de datos (una URL en src, JSON en la página o la propiedad series). Los estudios del catálogo se muestran como hitos.',
    'unknown-id': ([id, known]) => `Nada de lo incluido tiene el id "${id}". Ids conocidos: ${known}.`,
    'blocked-url': ([url]) => `La dirección "${url}" no está permitida: use un enlace http o https.`,
    network: ([url]) => `No se pudieron cargar los datos de "${url}".`,
    'http-status': ([status, url]) => `El servidor respondió ${status} para "${url}".`,
    timeout: ([url]) => `Los datos de "${url}" tardaron demasiado en cargar.`,
    'not-json': ([url]) => `"${url}" devolvió una página web, no datos JSON.`,
    'too-large': ([what]) => `Los datos de ${what} son demasiado grandes.`,
    'invalid-json': ([reason]) => `Los datos no son JSON válido (${reason}).`,
    'invalid-data': ([first, ...rest]) =>
      rest.length > 0
        ? `Los datos tienen problemas: ${first} (y ${rest.length} más).`
        : `Los datos tienen un problema: ${first}.`,
  },
};

export default errors;
