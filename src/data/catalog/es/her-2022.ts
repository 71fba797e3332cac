import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  headline:
    'Una revisión sistemática de 16 estudios, con 607 participantes en total, sobre células de médula ósea inyectadas en el disco para el dolor de disco, descritos uno a uno y no agrupados.',
  design: {
    description:
      'Revisión sistemática de 16 estudios, descritos sin agrupar; la certeza la calificaron los propios autores de la revisión',
  },
  comparator: 'Los grupos de control de los estudios que lo tenían (las fuentes revisadas no dan detalles)',
  population: { condition: 'Dolor de disco (dolor lumbar discogénico)' },
  intervention: {
    cellType:
      'Concentrado de aspirado de médula ósea, o células estromales mesenquimales cultivadas en laboratorio a partir de médula ósea',
    tissueSource: 'Médula ósea',
    delivery: 'Inyección en el disco',
  },
  outcomes: [
    {
      measure: 'Dolor, en los estudios revisados',
      finding: 'Los estudios informaron de menos dolor que antes del tratamiento; la revisión no combinó sus cifras',
      certainty: [
        'los estudios eran muy distintos entre sí',
        'puede que los resultados no se apliquen a la mayoría de los pacientes',
      ],
    },
  ],
  safety: ['Ningún efecto adverso grave salvo un caso de infección del disco (discitis).'],
  limitations: [
    'La mayoría de los resultados son cambios respecto a antes del tratamiento, no comparaciones con un grupo de control.',
    'Los estudios no se agruparon, así que no hay una cifra global.',
    'Los propios autores de la revisión calificaron la certeza de la evidencia como muy baja.',
  ],
};

export default texts;
