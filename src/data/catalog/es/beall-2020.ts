import type { StudyTexts } from '../texts.js';

const certainty = [
  'no encontramos el tamaño de los grupos ni los valores P',
  'tejido de disco donado, no un producto de células cultivadas',
];
const pain = 'Dolor promedio (EVA)';
const disability = 'Discapacidad promedio (índice de Oswestry)';

const texts: StudyTexts = {
  headline:
    'Un ensayo aleatorizado que compara inyecciones de tejido de disco donado (no células madre) con inyecciones de suero salino y con seguir el tratamiento no quirúrgico, con seguimiento de un año.',
  design: {
    description:
      'Asignación aleatoria a un injerto de tejido de disco donado o a suero salino, en uno o dos niveles, o a seguir el tratamiento no quirúrgico (con posibilidad de cambiar de grupo más tarde); no encontramos si hubo enmascaramiento en las fuentes revisadas',
  },
  comparator: 'Inyecciones de suero salino, o seguir el tratamiento no quirúrgico',
  population: { condition: 'Enfermedad degenerativa del disco en uno o dos niveles lumbares' },
  intervention: {
    cellType:
      'Tejido de disco donado (un injerto viable de núcleo pulposo): no son células madre ni otro producto de células cultivadas',
    tissueSource: 'Tejido de disco donado (núcleo pulposo)',
    dose: 'No consta',
    delivery: 'Inyección en el disco, en uno o dos niveles',
  },
  outcomes: [
    {
      measure: pain,
      finding:
        'El dolor promedio fue de 16,0 con el injerto frente a 41,0 con suero salino (54,8 frente a 55,3 al inicio)',
      certainty,
    },
    {
      measure: pain,
      finding: 'El dolor promedio fue de 12,3 con el injerto frente a 19,7 con suero salino',
      certainty,
    },
    {
      measure: disability,
      finding:
        'El grupo del suero salino tuvo menos discapacidad: 15,7 con el injerto frente a 9,3 con suero salino (53,7 frente a 49,3 al inicio)',
      certainty,
    },
    {
      measure: disability,
      finding: 'La discapacidad promedio fue de 18,5 con el injerto frente a 28,8 con suero salino',
      certainty,
    },
  ],
  safety: ['Los efectos adversos fueron pasajeros.'],
  limitations: [
    'Tejido de disco donado, no células madre ni otro producto de células cultivadas.',
    'No encontramos en las fuentes revisadas el número de pacientes de cada grupo, los valores P ni si el ensayo fue enmascarado.',
    'A los 12 meses el grupo del suero salino tenía menos discapacidad que el del injerto; también empezó más bajo (49,3 frente a 53,7).',
    'El grupo de tratamiento no quirúrgico podía pasar después al tratamiento, así que no es una comparación duradera.',
  ],
  arms: [
    { label: 'Aloinjerto de tejido de disco de donante' },
    { label: 'Suero salino' },
    { label: 'Tratamiento no quirúrgico habitual (después cambiaron de grupo)' },
  ],
};

export default texts;
