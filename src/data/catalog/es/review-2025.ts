import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  title:
    'Revisión sistemática de estudios clínicos controlados (2025), tal como la describe la página web de una clínica',
  headline:
    'La página web de una clínica describe una revisión de 2025 de 13 estudios controlados. No cita la revisión, así que sus resultados no se pueden comprobar.',
  design: {
    description:
      'Presentada como una revisión sistemática según PRISMA de estudios clínicos controlados publicados entre 2011 y 2025',
  },
  comparator: 'Los grupos de control de los estudios incluidos (sin detalles)',
  limitations: [
    'No se dan los autores, la revista ni el DOI, así que no pudimos encontrar ni comprobar la revisión.',
    'Solo se conoce por la página web promocional de una clínica.',
  ],
  provenance: { reportedBy: 'La página web de una clínica' },
};

export default texts;
