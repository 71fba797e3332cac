import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  headline:
    'La página web de una clínica informa de un ensayo aleatorizado de 2025 en 52 pacientes con mejorías tras células madre de médula ósea, pero no da cifras ni cita.',
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
  outcomes: [{ finding: 'Se describieron mejorías en la estructura del disco y en los síntomas, sin ninguna cifra' }],
  limitations: [
    'No se dan cifras, autores ni revista, así que los resultados no se pueden comprobar.',
    'Solo 6 meses de seguimiento.',
  ],
  provenance: { reportedBy: 'La página web de una clínica' },
};

export default texts;
