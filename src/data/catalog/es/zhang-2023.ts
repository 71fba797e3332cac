import type { StudyTexts } from '../texts.js';

const inconsistent = 'los resultados variaron mucho de un estudio a otro (I² 98\u00a0%)';

const texts: StudyTexts = {
  headline:
    'Una revisión de 9 estudios clínicos (245 pacientes) que combinó el cambio de cada paciente desde antes del tratamiento con células madre, sin grupo de comparación.',
  design: {
    description:
      'Revisión sistemática y metaanálisis de estudios clínicos; el análisis combinó los cambios desde antes del tratamiento. Búsqueda en cuatro bases de datos hasta septiembre de 2022, 2392 registros revisados, calidad valorada con la escala de Newcastle-Ottawa',
  },
  population: { condition: 'Degeneración del disco con dolor que viene del propio disco' },
  intervention: {
    cellType: 'Células madre mesenquimales (MSC)',
    tissueSource: 'Médula ósea en la mayoría de los pacientes (193 de 245)',
  },
  outcomes: [
    {
      finding:
        'El dolor bajó desde antes del tratamiento hasta el último control (solo 4 estudios dieron datos completos)',
      measure: 'Dolor (EVA 0–100)',
      certainty: [inconsistent],
    },
    {
      finding: 'La discapacidad bajó desde antes del tratamiento hasta el último control (con datos de 5 estudios)',
      measure: 'Discapacidad (índice de discapacidad de Oswestry)',
      certainty: [inconsistent],
    },
    {
      finding: 'Unos 7 de cada 100 pacientes tratados necesitaron después otra operación (en conjunto)',
      measure: 'Nueva operación',
    },
  ],
  safety: [
    'Ningún efecto adverso grave se relacionó con las células madre.',
    'Algunos pacientes tuvieron dolor leve de espalda, de articulaciones o muscular.',
  ],
  limitations: [
    'Son cambios desde el punto de partida de cada paciente, no diferencias frente a un grupo de control: parte de la mejoría quizá habría llegado de todos modos.',
    'Los resultados variaron mucho de un estudio a otro (I² 98\u00a0%).',
    'Pocos pacientes, y los estudios presentaron sus resultados de maneras distintas.',
    'Sobre todo pacientes muy seleccionados, con un solo disco afectado.',
    'Seguimiento corto.',
    'La mayoría de los pacientes (193 de 245) recibió células de médula ósea, así que los resultados dicen menos sobre células de otros tejidos.',
  ],
};

export default texts;
