import type { Certainty, Domain } from '../../data/model.js';
import type { ResultParts, TimelineMessages } from '../en/timeline.js';

/** Lo que mide un resultado: si mejora, si empeora, y la cosa misma. */
const FOUND: Record<Domain, [better: string, worse: string, thing: string]> = {
  pain: ['menos dolor', 'más dolor', 'el dolor'],
  function: ['mejor función', 'peor función', 'la función'],
  structure: ['un disco de aspecto más sano', 'un disco más desgastado', 'el disco en las imágenes'],
  work: ['más capacidad para trabajar', 'menos capacidad para trabajar', 'el trabajo'],
  medication: ['menos analgésicos', 'más analgésicos', 'los analgésicos'],
  safety: ['menos efectos adversos', 'más efectos adversos', 'los efectos adversos'],
  other: ['este resultado', 'un resultado peor', 'este resultado'],
};

const HEDGE: Record<Certainty, string> = {
  high: '',
  moderate: 'probablemente ',
  low: 'posiblemente ',
  'very-low': 'muy incierto: ',
};

function found(r: ResultParts): string {
  const [better, worse, thing] = FOUND[r.domain];
  if (!r.direction) return `${thing}: tamaño no informado`;
  const hedge = r.certainty ? HEDGE[r.certainty] : '';
  if (r.direction === 'no-difference') return `${hedge}sin diferencia clara en ${thing}`;
  const words = r.direction === 'better' ? better : worse;
  if (r.responders) return `${r.responders[0]} de ${r.responders[1]} tuvieron ${words}`;
  return hedge + (r.amount ? `${r.amount} ${words}` : `${r.slight ? 'ligeramente ' : ''}${words}`);
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Strings only the outcome timeline uses, in Spanish. */
const timeline: TimelineMessages = {
  laneLabel: (author, year) => `${author} y cols.${year ? ` ${year}` : ''}`,
  noTimedResults: 'No se informó ningún resultado en un momento concreto del seguimiento.',
  more: (count) => `+${count} más`,
  result: (r) => [
    capital(found(r)),
    r.comparison === 'versus-control'
      ? 'frente a los otros grupos'
      : r.comparison === 'change-from-baseline'
        ? r.controlled
          ? 'frente al inicio, no al control'
          : 'frente al inicio (un grupo)'
        : r.controlled
          ? 'un grupo, no frente al control'
          : 'un grupo, sin comparación',
  ],
  resultPhrase: (r) => {
    const what = found(r);
    if (!r.direction) return what;
    const none = r.direction === 'no-difference';
    if (r.comparison === 'versus-control') return `${what} ${none ? 'frente a' : 'que'} los otros grupos`;
    const group = r.controlled ? 'en un grupo, sin compararlo con los controles' : 'en un grupo';
    if (r.comparison === 'change-from-baseline') return `${what} ${none ? 'respecto al' : 'que al'} inicio, ${group}`;
    return `${what}, ${r.controlled ? group : 'en un grupo sin comparación'}`;
  },
  points: (n) => `${n} puntos`,
  people: (n) => `${n} personas`,
  axis: { weeks: 'Semanas desde el tratamiento', months: 'Meses desde el tratamiento' },
  chart: 'Gráfico',
  table: 'Tabla',
  showAs: 'Mostrar como',
  measure: 'Medida dibujada',
  chartLabel:
    'Gráfico de los resultados en el tiempo: las flechas pasan de un punto a otro. La tabla tiene los mismos datos en texto.',
  download: {
    label: 'Descargar',
    csv: 'Datos (CSV)',
    png: 'Imagen (PNG)',
    svg: 'Imagen (SVG)',
    failed: 'No se pudo crear el archivo aquí. La tabla tiene los mismos datos.',
    title: 'Resultados de los estudios en el tiempo desde el tratamiento',
    on: (date: string) => `Descargado el ${date}`,
  },
  journeyLane: 'Qué esperar, según las clínicas',
  journeyShort: {
    injection: 'Inyección',
    rest: 'Reposo, 1–2 semanas',
    relief: 'Primer alivio, 4–8 semanas',
    improvement: 'Mejoría hasta 3–6 meses',
    mri: 'Resonancia',
    durability: 'Datos hasta 2 años',
  },
  journey: {
    injection: 'Inyección en el disco (día 0)',
    rest: 'Menos carga durante 1–2 semanas',
    relief: 'Primer alivio del dolor, por lo general a las 4–8 semanas',
    improvement: 'Mejoría continua hasta los 3–6 meses',
    mri: 'Resonancia magnética de control',
    durability: 'Los datos sobre cuánto dura llegan a los 24 meses',
  },
  journeySource:
    'Qué esperar, según las clínicas: el curso habitual tal como las clínicas lo describen a sus pacientes; no es un resultado de ningún estudio ni una promesa para nadie en particular.',
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
  summaryTimes: (label, times) => `${label}: resultados ${times}.`,
  summaryLane: (label, results) => `${label}: ${results.join('; ')}.`,
  summaryResult: (phrase, times, certainty) => `${times}, ${phrase} (certeza: ${certainty})`,
  certainty: (level) => `certeza: ${level}`,
  summaryMore: (count) => (count === 1 ? 'y 1 resultado más en la tabla' : `y ${count} resultados más en la tabla`),
  noSize: (times) => `No se informó el tamaño del resultado ${times}.`,
  nothingAfter: (time) => `Nada informado después de ${time}.`,
  summarySeries: (label, values, comparison) => `${label}: ${values.join(', luego ')} (${comparison}).`,
  and: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`,
};

export default timeline;
