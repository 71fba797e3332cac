import type { StudyTexts } from '../texts.js';

const painHigh = 'Dolor (EVA), dosis alta';
const cells = 'Células progenitoras del disco (rebonuputemcel, IDCT), no células madre mesenquimales';

const texts: StudyTexts = {
  headline:
    'Un ensayo aleatorizado y controlado con placebo en 60 pacientes sugiere que las células de disco de donante podrían reducir el dolor de espalda a menos de la mitad al cabo de un año, aunque la solución sin células también ayudó algo.',
  design: {
    description:
      'Ensayo de fase I/II aleatorizado y doble ciego en 13 centros; objetivo principal: más de un 30\u00a0% menos de dolor a las 52 semanas; visitas a las 4, 12, 26, 52, 78 y 104 semanas',
  },
  comparator: 'La solución sin células sola (vehículo, 10 pacientes) o un placebo (10 pacientes)',
  population: { condition: 'Degeneración de un disco lumbar; edad media de 37,9 años, 60\u00a0% hombres' },
  intervention: {
    cellType: cells,
    tissueSource: 'Tejido de disco donado por adultos',
    dose: 'Dosis baja (20 pacientes) o dosis alta de 9 millones de células por mL (20 pacientes)',
    delivery: 'Una inyección en el disco',
  },
  outcomes: [
    { finding: 'El dolor promedio bajó respecto al inicio (dosis alta)', measure: painHigh },
    { finding: 'La mejoría se mantuvo hasta los dos años; no encontramos las cifras', measure: painHigh },
    {
      finding: 'La solución sin células sola también bajó el dolor, menos pero de forma significativa',
      measure: 'Dolor (EVA), vehículo',
      sourceNote: 'Comunicado de prensa de la empresa, enero de 2023',
    },
    { finding: 'Puntuaciones de discapacidad', measure: 'Discapacidad (índice de discapacidad de Oswestry)' },
    { finding: 'El volumen del disco aumentó', measure: 'Imágenes' },
  ],
  safety: [
    'Ningún efecto adverso grave iniciado después del tratamiento en ninguno de los grupos con células (comunicado de prensa de la empresa, enero de 2023).',
  ],
  limitations: [
    'Solo 60 pacientes en un ensayo de fase temprana (I/II).',
    'La solución sin células sola también alivió el dolor, así que parte del efecto podría no venir de las células.',
    'No encontramos en las fuentes revisadas las cifras de los grupos de control, de la discapacidad ni de cada visita.',
    'Algunos resultados vienen del comunicado de prensa del fabricante, no del artículo de la revista.',
  ],
};

export default texts;
