import type { StudyTexts } from '../texts.js';

const painHigh = 'Dolor (EVA), grupo de dosis alta';
const cells = 'Células progenitoras del disco (rebonuputemcel, IDCT), no células madre mesenquimales';

const texts: StudyTexts = {
  titleNote:
    '«FDA-approved» significa aquí que la FDA autorizó que el ensayo se llevara a cabo; las células no son un tratamiento aprobado.',
  headline:
    'Un ensayo aleatorizado y doble ciego en 60 pacientes que compara dos dosis de células de disco de donante con la solución sin células sola (vehículo) y con un placebo.',
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
    {
      finding: 'El dolor promedio bajó respecto a su punto de partida en el grupo de dosis alta',
      measure: painHigh,
      controlNote:
        'El grupo del vehículo también tuvo menos dolor, aunque menos (comunicado de prensa de la empresa). Las fuentes revisadas no dan ninguna cifra que compare los grupos con células y los de control.',
      certainty: [
        '20 pacientes en este grupo',
        'el grupo del vehículo también mejoró, así que parte del cambio podría no deberse a las células',
      ],
    },
    {
      finding: 'La mejoría del grupo de dosis alta se mantuvo hasta los dos años; no encontramos las cifras',
      measure: painHigh,
    },
    {
      finding:
        'El dolor también bajó en el grupo que recibió solo la solución sin células, menos pero de forma significativa',
      measure: 'Dolor (EVA), grupo del vehículo',
      sourceNote: 'Comunicado de prensa de la empresa, enero de 2023',
    },
    { finding: 'El volumen del disco aumentó', measure: 'Imágenes' },
  ],
  safety: [
    'Ningún efecto adverso grave iniciado después del tratamiento en ninguno de los grupos con células (comunicado de prensa de la empresa, enero de 2023).',
  ],
  limitations: [
    'Solo 60 pacientes en un ensayo de fase temprana (I/II).',
    'El 62,8\u00a0% es el cambio del grupo de dosis alta desde su propio punto de partida, no una comparación con los grupos de control: las fuentes revisadas no dan ninguna cifra que compare los grupos.',
    'La solución sin células sola también bajó el dolor, así que parte del cambio podría no venir de las células.',
    'No encontramos en las fuentes revisadas las cifras de los grupos de control ni de cada visita, ni ningún resultado de discapacidad (Oswestry).',
    'Algunos resultados vienen del comunicado de prensa del fabricante, no del artículo de la revista.',
  ],
  mainGoal: {
    description: 'Dolor (EVA) en promedio más de un 30\u00a0% menor a las 52 semanas que al inicio',
    note: 'Lo alcanzó el grupo de dosis alta: en promedio, 62,8\u00a0% menos dolor que al inicio (P = 0,0005). La meta compara cada grupo con su propio inicio, no con los grupos de control, y el grupo del vehículo también tuvo menos dolor.',
  },
  arms: [
    { label: 'Dosis alta', dose: '9 millones de células por mL' },
    { label: 'Dosis baja' },
    { label: 'Vehículo (la solución sin células)' },
    { label: 'Placebo' },
  ],
};

export default texts;
