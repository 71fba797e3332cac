import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  headline:
    'Estudios combinados sin grupo de control: el dolor y la discapacidad podrían bajar mucho tras las células madre, pero sin nada con qué comparar no se sabe cuánto se debe a las células.',
  design: {
    description:
      'Revisión sistemática y metaanálisis de estudios de antes y después; búsqueda en cuatro bases de datos hasta septiembre de 2022, 2392 registros revisados, calidad valorada con la escala de Newcastle-Ottawa',
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
    },
    {
      finding: 'La discapacidad bajó desde antes del tratamiento hasta el último control (con datos de 5 estudios)',
      measure: 'Discapacidad (índice de discapacidad de Oswestry)',
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
    'Los resultados solo valen para células madre de médula ósea.',
  ],
};

export default texts;
