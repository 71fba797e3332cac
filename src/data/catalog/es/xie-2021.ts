import type { StudyTexts } from '../texts.js';

const pain = 'Dolor (EVA)';
const disability = 'Discapacidad (índice de discapacidad de Oswestry)';
const lowerPain = 'Menos dolor que en los grupos de comparación';

const texts: StudyTexts = {
  headline:
    'Ensayos aleatorizados combinados: las inyecciones de células madre probablemente alivian el dolor de espalda algo más que los tratamientos de comparación, con algo más de efectos secundarios leves.',
  design: { description: 'Una revisión sistemática que combinó los resultados de ensayos controlados aleatorizados' },
  comparator: 'Tratamiento de control o atención habitual',
  population: { condition: 'Degeneración del disco intervertebral' },
  intervention: { cellType: 'Células madre mesenquimales (MSC)' },
  outcomes: [
    {
      finding: 'Menos dolor que en los grupos de comparación, sumando todos los momentos del seguimiento',
      measure: pain,
    },
    { finding: lowerPain, measure: pain },
    { finding: lowerPain, measure: pain },
    { finding: lowerPain, measure: pain },
    { finding: lowerPain, measure: pain },
    {
      finding: 'Algo mejor función en la vida diaria que en los grupos de comparación, en conjunto',
      measure: disability,
    },
    {
      finding: 'Mejor función que en los grupos de comparación; a los 3, 6 y 12 meses, solo una tendencia',
      measure: disability,
    },
    {
      finding:
        'Más personas tratadas con células madre alcanzaron la mejoría del dolor más pequeña que los pacientes notan',
      measure: pain,
    },
    { finding: 'Más personas tratadas con células madre lograron una gran mejoría del dolor', measure: pain },
    {
      finding:
        'Más personas tratadas con células madre alcanzaron la mejoría de la función más pequeña que los pacientes notan',
      measure: disability,
    },
    { finding: 'Más personas tratadas con células madre lograron una gran mejoría de la función', measure: disability },
    {
      finding: 'Los efectos secundarios relacionados con el tratamiento fueron más frecuentes con células madre',
      measure: 'Efectos secundarios relacionados con el tratamiento',
    },
  ],
  safety: [
    'El dolor de espalda, el dolor articular y los espasmos musculares fueron más o menos igual de frecuentes que en los grupos de comparación.',
    'Los efectos secundarios relacionados con el tratamiento fueron algo más frecuentes con células madre.',
    'Los efectos adversos graves fueron raros y no más frecuentes que en los grupos de comparación.',
  ],
  limitations: [
    'Pocos ensayos, con pocos pacientes en cada uno.',
    'Los ensayos no siempre coincidieron entre sí.',
    'Los ensayos midieron el dolor y la función de maneras distintas.',
    'Cada ensayo preparó sus células de forma diferente.',
    'Los pacientes eran distintos en edad, salud general y grado de desgaste de sus discos.',
    'Aquí no se indica cuántos ensayos y pacientes se combinaron: no pudimos comprobarlo con el artículo.',
  ],
};

export default texts;
