import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  title:
    'Ensayo aleatorizado de fase IIB con células madre de médula ósea (2025), tal como lo describe la página web de una clínica',
  headline:
    'La página web de una clínica describe un ensayo aleatorizado de 2025 con células madre de médula ósea frente a una inyección simulada en 52 pacientes, sin cifras ni cita.',
  design: {
    description:
      'Presentado como un ensayo aleatorizado de fase IIB que compara una inyección en el disco con una inyección simulada',
  },
  comparator: 'Inyección simulada',
  population: { condition: 'Degeneración discal moderada a avanzada en más de un nivel' },
  intervention: {
    cellType: 'Células madre mesenquimales (MSC)',
    tissueSource: 'Médula ósea',
    delivery: 'Inyección en el disco',
  },
  outcomes: [
    {
      finding:
        'La página describe mejorías en la estructura del disco y en los síntomas en el grupo con células madre, sin cifras y sin compararlas con el grupo de la inyección simulada',
    },
  ],
  limitations: [
    'No se dan cifras, autores ni revista, así que los resultados no se pueden comprobar.',
    'Solo 6 meses de seguimiento.',
  ],
  provenance: { reportedBy: 'La página web de una clínica' },
};

export default texts;
