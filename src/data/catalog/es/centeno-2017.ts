import type { StudyTexts } from '../texts.js';

const certainty = ['un solo grupo de 33, y no encontramos cifras con intervalos'];

const texts: StudyTexts = {
  headline:
    'Una serie de 33 pacientes del registro propio de una clínica, tratados con células madre cultivadas a partir de su propia médula ósea, con seguimiento de hasta 6 años.',
  design: {
    description: 'Serie de casos sin grupo de control, tomada del registro de pacientes de la clínica de los autores',
  },
  population: {
    condition: 'Dolor lumbar con degeneración del disco y un disco abombado hacia atrás en la resonancia magnética',
  },
  intervention: {
    cellType: 'Células madre mesenquimales (MSC), cultivadas en laboratorio',
    tissueSource: 'Médula ósea',
    dose: 'No consta',
    delivery: 'Inyección en el disco',
  },
  outcomes: [
    {
      measure: 'Puntuación de dolor',
      finding: 'El dolor fue significativamente menor que antes del tratamiento a los 3, 36, 48, 60 y 72 meses',
      certainty,
    },
    {
      measure: 'Índice de discapacidad',
      finding:
        'La bajada de la discapacidad superó el menor cambio importante en todas las visitas salvo a los 12 meses',
      certainty,
    },
    {
      measure: 'Mejoría según los propios pacientes',
      finding: 'Los pacientes se calificaron, de promedio, un 60\u00a0% mejor',
    },
    { measure: 'Cirugía posterior', finding: 'Se operaron más tarde', sourceNote: 'La tabla de una revisión' },
  ],
  safety: [
    'Tres pacientes tuvieron dolor por el procedimiento, que desapareció.',
    'Ningún efecto adverso grave (muerte, infección o tumor).',
  ],
  limitations: [
    'Sin grupo de control: pacientes del registro de la propia clínica de los autores.',
    'Solo 33 pacientes.',
    'No encontramos cifras con intervalos en las fuentes revisadas.',
    'No encontramos quién pagó el estudio; los datos proceden de un registro de la clínica de los autores.',
  ],
};

export default texts;
