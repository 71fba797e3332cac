import type { Certainty, Direction, Domain } from '../../data/model.js';
import type { Messages } from '../en/study.js';
import common from './common.js';

/** De qué trata un resultado, y el verbo para un resultado mejor y uno peor: [infinitivo, tercera persona]. */
const EFFECT: Record<Domain, { thing: string; better: [string, string]; worse: [string, string] }> = {
  pain: { thing: 'el dolor', better: ['reducir', 'reduce'], worse: ['aumentar', 'aumenta'] },
  function: { thing: 'la función en la vida diaria', better: ['mejorar', 'mejora'], worse: ['empeorar', 'empeora'] },
  structure: { thing: 'el disco en las imágenes', better: ['mejorar', 'mejora'], worse: ['empeorar', 'empeora'] },
  work: { thing: 'la capacidad de trabajar', better: ['mejorar', 'mejora'], worse: ['empeorar', 'empeora'] },
  medication: { thing: 'el uso de analgésicos', better: ['reducir', 'reduce'], worse: ['aumentar', 'aumenta'] },
  safety: { thing: 'los efectos secundarios', better: ['reducir', 'reduce'], worse: ['aumentar', 'aumenta'] },
  other: { thing: 'este resultado', better: ['mejorar', 'mejora'], worse: ['empeorar', 'empeora'] },
};

/** Las frases de GRADE en lenguaje sencillo, en español: la fuerza del verbo sale solo de la certeza. */
function effectStatement(certainty: Certainty, domain: Domain, direction: Direction, slight: boolean): string {
  const { thing, ...verbs } = EFFECT[domain];
  if (direction === 'no-difference') {
    const none = `poco o ningún efecto sobre ${thing}`;
    switch (certainty) {
      case 'high':
        return `El tratamiento tiene ${none}.`;
      case 'moderate':
        return `Probablemente el tratamiento tiene ${none}.`;
      case 'low':
        return `El tratamiento podría tener ${none}.`;
      case 'very-low':
        return `No sabemos si el tratamiento tiene algún efecto sobre ${thing}: la evidencia es muy incierta.`;
    }
  }
  const [verb, verb3] = verbs[direction];
  const size = slight ? ' ligeramente' : '';
  switch (certainty) {
    case 'high':
      return `El tratamiento ${verb3}${size} ${thing}.`;
    case 'moderate':
      return `Probablemente el tratamiento ${verb3}${size} ${thing}.`;
    case 'low':
      return `El tratamiento podría ${verb}${size} ${thing}.`;
    case 'very-low':
      return `No sabemos si el tratamiento ${verb3} ${thing}: la evidencia es muy incierta.`;
  }
}

/**
 * The study texts in Spanish, in the words Spanish-language patient materials use. Loaded only
 * when a widget shows Spanish.
 */
const study: Messages = {
  notReported: 'No se informó',
  design: {
    'meta-analysis-rct': 'Metaanálisis de ensayos aleatorizados',
    'meta-analysis-cohort': 'Metaanálisis de cambios antes y después',
    'systematic-review': 'Revisión sistemática, sin agrupar',
    rct: 'Ensayo controlado aleatorizado',
    'single-arm': 'Estudio de un solo grupo',
    'ongoing-trial': 'Ensayo en curso',
    'secondary-report': 'Informe de segunda mano',
  },
  reportedAs: (design) => `Presentado como: ${design}`,
  comparison: {
    between: 'diferencia entre el grupo tratado y el grupo de control',
    within: 'cambio desde antes del tratamiento',
    responders: 'personas que tuvieron este resultado',
    'event-rate': 'con qué frecuencia ocurrió',
    controlled: 'solo en este grupo, sin comparar con los otros grupos',
    single: 'sin grupo de comparación',
  },
  certainty: {
    line: (level, reasons) => `Certeza: ${level}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''}`,
    level: { high: 'alta', moderate: 'moderada', low: 'baja', 'very-low': 'muy baja' },
    notRated: 'sin valorar',
    start: {
      'within-group': 'un cambio dentro de un solo grupo',
      'not-randomized': 'grupos no formados al azar',
      'second-hand': 'solo se conoce de segunda mano',
    },
    startsLow: (why) => `${why}, por lo que parte de baja`,
  },
  effect: effectStatement,
  domain: {
    pain: 'Dolor',
    function: 'Función',
    structure: 'Estructura del disco',
    work: 'Trabajo',
    medication: 'Analgésicos',
    safety: 'Seguridad',
    other: 'Resultado',
  },
  heading: {
    facts: 'El estudio en resumen',
    findings: 'Qué encontraron',
    moreFindings: (count) => `Todos los resultados (${count} más)`,
    safety: 'Seguridad',
    limitations: 'Limitaciones',
    source: 'Fuente',
  },
  fact: {
    design: 'Diseño',
    participants: 'Participantes',
    studiesPooled: 'Estudios combinados',
    studiesReviewed: 'Estudios revisados',
    condition: 'Afección',
    comparator: 'Comparado con',
    funding: 'Financiado por',
    followUp: 'Seguimiento',
    cells: 'Células',
    tissue: 'Origen de las células',
    origin: 'De quién son las células',
    dose: 'Dosis',
    delivery: 'Cómo se administra',
  },
  noControl: 'Sin grupo de control',
  funding: {
    maker: (sponsor) => `${sponsor}, la empresa que fabrica el tratamiento`,
  },
  origin: {
    autologous: 'Células del propio paciente (autólogas)',
    allogeneic: 'Células de un donante (alogénicas)',
    mixed: 'Células propias o de un donante',
  },
  participants: {
    enrolled: (n) => n,
    planned: (n) => `${n} previstos`,
    'more-than': (n) => `Más de ${n}`,
  },
  unit: {
    weeks: { one: 'semana', other: 'semanas' },
    months: { one: 'mes', other: 'meses' },
  },
  timepoint: (duration, atLeast) => (atLeast ? `tras ${duration} o más` : `tras ${duration}`),
  value: {
    'vas-10': (n) => `${n} puntos en una escala de dolor de 0 a 10`,
    'vas-100': (n) => `${n} puntos en una escala de dolor de 0 a 100`,
    odi: (n) => `${n} puntos en el índice de discapacidad de 0 a 100`,
    percent: (n) => `${n}\u00a0% respecto al inicio`,
    smd: (n) => `Diferencia de medias estandarizada ${n} (un tamaño del efecto, no puntos de la escala)`,
    'odds-ratio': (n) => `Razón de probabilidades (odds ratio) ${n}`,
    proportion: (n) => n,
    count: (n) => n,
  },
  responders: (count, of, percent) => `${count} de ${of} (${percent})`,
  ci: (low, high) => `Intervalo de confianza del 95\u00a0%: de ${low} a ${high}`,
  p: (value) => `P\u00a0${value}`,
  threshold: {
    meets: (threshold) => `Alcanza el cambio más pequeño que los pacientes notan (${threshold})`,
    'meets-uncertain': (threshold) =>
      `Alcanza el cambio más pequeño que los pacientes notan (${threshold}), pero su margen de incertidumbre llega a valores por debajo de ese cambio`,
    below: (threshold) => `Por debajo del cambio más pequeño que los pacientes notan (${threshold})`,
    'not-comparable': 'No se puede comparar con el cambio más pequeño que se nota',
    withinCaution: 'Un cambio dentro de un solo grupo no demuestra que el tratamiento lo causara.',
    'no-number': 'No se informó ninguna cifra',
  },
  thresholdValue: {
    'vas-10': '2 puntos',
    'vas-100': '15 puntos',
    odi: '10 puntos',
    percent: '30\u00a0%',
  },
  thresholdSource: 'Cambio más pequeño que se nota: Ostelo y cols., Spine 2008',
  sourceNote: (note) => `Fuente de este resultado: ${note}`,
  secondary: 'Fuente secundaria: no se cita el estudio original.',
  reportedBy: (by) => `Informado por: ${by}`,
  registration: (id) => `Registro del ensayo: ${id}`,
  titleNote: (note) => `Sobre el título: ${note}`,
  ongoing: 'En curso: todavía no hay resultados.',
  disclosure: common.disclosure,
  regulatory: common.regulatory,
  lastReviewed: (date) => `Ficha revisada por última vez el ${date}`,
  links: {
    doi: 'DOI',
    pubmed: 'PubMed',
    pmc: 'Texto completo (PMC)',
    registry: 'Registro del ensayo',
    url: 'Fuente',
    newWindow: '(se abre en una pestaña nueva)',
  },
  copy: {
    button: 'Copiar la cita',
    done: 'Cita copiada',
    failed: 'No se pudo copiar: seleccione la cita y cópiela a mano.',
    file: (format: string) => `Archivo de cita (${format})`,
  },
  expand: 'Ver toda la evidencia',
  collapse: 'Ver menos',
  cardLabel: (headline) => `Evidencia del estudio: ${headline}`,
};

export default study;
