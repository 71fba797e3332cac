import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  headline:
    'Un estudio de un solo grupo con 10 personas con dolor de disco, tratadas con células madre formadoras de sangre de su propia médula ósea y después con dos semanas de oxígeno hiperbárico, seguidas durante un año.',
  design: { description: 'Diez pacientes tratados, sin grupo de control; un informe breve' },
  population: { condition: 'Dolor de disco confirmado por discografía' },
  intervention: {
    cellType: 'Células madre hematopoyéticas (formadoras de sangre)',
    tissueSource: 'Médula ósea de la pelvis',
    dose: 'No consta',
    delivery: 'Una inyección en el disco y después dos semanas de oxígeno hiperbárico para todos los pacientes',
  },
  outcomes: [
    {
      finding: 'El dolor de disco no había mejorado en ningún paciente al año',
      measure: 'Dolor de disco',
      certainty: [
        'un solo grupo de 10 personas',
        'todos recibieron también oxígeno hiperbárico, así que no son solo las células',
      ],
    },
  ],
  limitations: [
    'Solo 10 pacientes y sin grupo de control.',
    'Todos los pacientes recibieron también dos semanas de oxígeno hiperbárico.',
    'Un informe de dos páginas: no da la dosis ni los posibles efectos adversos.',
    'Los autores consideraron que la inyección tenía poco valor.',
  ],
};

export default texts;
