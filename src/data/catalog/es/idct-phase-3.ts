import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  title: 'Programa de fase 3 de la terapia celular inyectable para el disco (IDCT): los ensayos PIVOT y CONFIRM',
  headline:
    'Hay en marcha dos grandes ensayos de células de disco de donante con un procedimiento simulado como control. Todavía no hay resultados.',
  design: {
    description:
      'Dos ensayos aleatorizados, doble ciego y controlados con un procedimiento simulado, en muchos centros y al mismo tiempo. Autorizados por la FDA en 2024; primer paciente tratado en enero de 2026. Resultados principales a las 52 semanas, con 52 semanas más de seguimiento.',
  },
  comparator: 'Un procedimiento simulado (falso); por cada paciente con el procedimiento simulado, 2 reciben células',
  population: { condition: 'Degeneración sintomática de un disco lumbar (un disco de L3 a S1)' },
  intervention: {
    cellType: 'Células progenitoras del disco (rebonuputemcel, IDCT), no células madre mesenquimales',
    tissueSource: 'Tejido de disco donado por adultos',
    dose: 'una inyección de 1 mL con 9 millones de células por mL',
    delivery: 'Inyección en un disco',
  },
  limitations: [
    'Todavía no hay resultados.',
    'El número de participantes viene de un solo registro; no encontramos a cuál de los dos ensayos se refiere.',
    'La FDA dio al programa las designaciones RMAT y Fast Track. Aceleran la revisión; no son una aprobación.',
  ],
  arms: [
    { label: 'Células de disco de donante', dose: 'una inyección de 1 mL con 9 millones de células por mL' },
    { label: 'Procedimiento simulado' },
  ],
};

export default texts;
