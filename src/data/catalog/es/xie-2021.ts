import type { StudyTexts } from '../texts.js';

const pain = 'Dolor (EVA)';
const disability = 'Discapacidad (índice de discapacidad de Oswestry)';
const lowerPain = 'Menos dolor que en los grupos de comparación';
const rated = ['pocos ensayos pequeños', 'los resultados variaron de un ensayo a otro'];
const reached = (what: string) =>
  `Más personas alcanzaron ${what} con células madre que en los grupos de comparación (no se dieron las proporciones)`;

const texts: StudyTexts = {
  headline:
    'Una revisión que combinó ensayos aleatorizados que comparaban inyecciones de células madre con tratamientos de control o la atención habitual en personas con degeneración discal.',
  design: { description: 'Una revisión sistemática que combinó los resultados de ensayos controlados aleatorizados' },
  comparator: 'Tratamiento de control o atención habitual',
  population: { condition: 'Degeneración del disco intervertebral' },
  intervention: { cellType: 'Células madre mesenquimales (MSC)' },
  outcomes: [
    {
      finding:
        'Menos dolor que en los grupos de comparación, sumando todos los momentos del seguimiento: alrededor de media desviación estándar, un tamaño que los investigadores llaman moderado',
      measure: pain,
      certainty: rated,
    },
    { finding: lowerPain, measure: pain, certainty: rated },
    { finding: lowerPain, measure: pain, certainty: rated },
    { finding: lowerPain, measure: pain, certainty: rated },
    { finding: lowerPain, measure: pain, certainty: rated },
    {
      finding:
        'Mejor función en la vida diaria que en los grupos de comparación, en conjunto: un tamaño del efecto pequeño',
      measure: disability,
      certainty: rated,
    },
    {
      finding: 'Mejor función que en los grupos de comparación; a los 3, 6 y 12 meses, solo una tendencia',
      measure: disability,
      certainty: rated,
    },
    { finding: reached('la mejoría del dolor más pequeña que los pacientes notan'), measure: pain, certainty: rated },
    { finding: reached('una gran mejoría del dolor'), measure: pain, certainty: rated },
    {
      finding: reached('la mejoría de la función más pequeña que los pacientes notan'),
      measure: disability,
      certainty: rated,
    },
    { finding: reached('una gran mejoría de la función'), measure: disability, certainty: rated },
    {
      finding:
        'Los efectos secundarios relacionados con el tratamiento fueron más frecuentes con células madre que en los grupos de comparación',
      measure: 'Efectos secundarios relacionados con el tratamiento',
      certainty: ['un margen de incertidumbre amplio, con pocos ensayos'],
    },
  ],
  safety: [
    'Dolor de espalda, dolor articular y espasmos musculares: la revisión no encontró una diferencia significativa con los grupos de comparación.',
    'Los efectos secundarios relacionados con el tratamiento fueron más frecuentes con células madre (razón de probabilidades 3,05; intervalo de confianza del 95\u00a0%: de 1,11 a 8,40).',
    'Los efectos adversos graves fueron raros; la revisión no encontró una diferencia significativa con los grupos de comparación, lo que no demuestra que sean igual de raros.',
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
