import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  headline:
    'Una revisión sistemática de los estudios clínicos de terapia con células madre para la enfermedad degenerativa del disco y el dolor lumbar, descritos uno a uno y no agrupados.',
  design: {
    description:
      'Revisión sistemática: cumplieron sus criterios 11 estudios clínicos y 10 resúmenes de congresos, solo 1 de los estudios aleatorizado; descritos sin agrupar',
  },
  comparator: 'Los grupos de control de los estudios que lo tenían; solo 1 de los 11 fue aleatorizado',
  population: { condition: 'Enfermedad degenerativa del disco y dolor lumbar' },
  intervention: { cellType: 'Células madre, de los tipos que usaron los estudios revisados' },
  outcomes: [
    {
      measure: 'La conclusión de la revisión sobre todos los resultados',
      finding:
        'La revisión no encontró pruebas que apoyen el uso de la terapia con células madre para esta enfermedad en personas',
      certainty: ['solo 1 de los 11 estudios clínicos fue aleatorizado'],
    },
  ],
  limitations: [
    'Solo 1 de los 11 estudios clínicos fue aleatorizado.',
    'No tener pruebas de beneficio no es lo mismo que tener pruebas de que no hay beneficio: los estudios eran demasiado pocos y débiles para saberlo.',
    'Los resúmenes de congresos dan pocos detalles.',
  ],
};

export default texts;
