import type { TimelineMessages } from '../en/timeline.js';

/** Strings only the outcome timeline uses, in Spanish. */
const timeline: TimelineMessages = {
  laneLabel: (author, year) => `${author} y cols.${year ? ` ${year}` : ''}`,
  noTimedResults: 'No se informó ningún resultado en un momento concreto del seguimiento.',
  more: (count) => `+${count} más`,
  axis: { weeks: 'Semanas desde el tratamiento', months: 'Meses desde el tratamiento' },
  chart: 'Gráfico',
  table: 'Tabla',
  showAs: 'Mostrar como',
  chartLabel: 'Gráfico de los resultados en el tiempo. La tabla tiene los mismos datos en texto.',
  journeyLane: 'Qué esperar',
  journey: {
    injection: 'Inyección en el disco (día 0)',
    rest: 'Menos carga durante 1–2 semanas',
    relief: 'Primer alivio del dolor, por lo general a las 4–8 semanas',
    improvement: 'Mejoría continua hasta los 3–6 meses',
    mri: 'Resonancia magnética de control',
    durability: 'Los datos sobre cuánto dura llegan a los 24 meses',
  },
  journeySource:
    'Qué esperar: el curso habitual que las clínicas describen a sus pacientes; no es un resultado de ningún estudio ni una promesa para nadie en particular.',
  column: {
    study: 'Estudio',
    series: 'Grupo',
    time: 'Momento',
    finding: 'Qué se informó',
    value: 'Valor',
    ci: 'Intervalo de confianza del 95\u00a0%',
    n: 'Personas',
    comparison: 'Tipo de comparación',
  },
  threshold: (value) => `Cambio más pequeño que los pacientes notan: ${value} desde el inicio`,
  example: 'datos de ejemplo',
  summaryMilestones: (count) =>
    count === 1 ? 'Resultados en el tiempo de 1 estudio.' : `Resultados en el tiempo de ${count} estudios.`,
  summaryLane: (label, times) => `${label}: resultados ${times}.`,
  summarySeries: (label, values, comparison) => `${label}: ${values.join(', luego ')} (${comparison}).`,
  and: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`,
};

export default timeline;
