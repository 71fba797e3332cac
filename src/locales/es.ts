import type { Messages } from './en.js';
import { esCommon } from './es-common.js';

/**
 * The study texts in Spanish, in the words Spanish-language patient materials use. Loaded only
 * when a widget shows Spanish.
 */
const es: Messages = {
  notReported: 'No se informó',
  design: {
    'meta-analysis-rct': 'Metaanálisis de ensayos aleatorizados',
    'meta-analysis-cohort': 'Metaanálisis de estudios sin grupo de control',
    rct: 'Ensayo controlado aleatorizado',
    'single-arm': 'Estudio de un solo grupo',
    'ongoing-trial': 'Ensayo en curso',
    'secondary-report': 'Informe de segunda mano',
  },
  reportedAs: (design) => `Presentado como: ${design}`,
  level: (rank, of) => `Nivel de evidencia ${rank} de ${of}`,
  levelUnrated: 'Nivel de evidencia: sin clasificar',
  hedge: {
    likely: 'El diseño más sólido de esta colección: es probable que sus resultados se confirmen.',
    suggests: 'Un solo ensayo aleatorizado: sugiere un efecto, pero hacen falta ensayos más grandes para confirmarlo.',
    may: 'Sin grupo de control: el tratamiento podría ayudar, pero este diseño no puede demostrarlo.',
    unverified: 'Información de segunda mano: no pudimos compararla con el estudio original.',
    pending: 'Todavía no hay resultados.',
  },
  comparison: {
    'versus-control': 'frente a un grupo de control',
    'change-from-baseline': 'cambio desde antes del tratamiento, sin grupo de comparación',
    responders: 'proporción de participantes',
    'event-rate': 'frecuencia en los pacientes tratados, sin grupo de comparación',
  },
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
    studies: 'Estudios combinados',
    condition: 'Afección',
    comparator: 'Comparado con',
    followUp: 'Seguimiento',
    cells: 'Células',
    tissue: 'Origen de las células',
    origin: 'De quién son las células',
    dose: 'Dosis',
    delivery: 'Cómo se administra',
  },
  noControl: 'Sin grupo de control',
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
      `Alcanza el cambio más pequeño que los pacientes notan (${threshold}), pero el margen de incertidumbre queda por debajo`,
    below: (threshold) => `Por debajo del cambio más pequeño que los pacientes notan (${threshold})`,
    'not-comparable': 'No se puede comparar con el cambio más pequeño que se nota',
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
  ongoing: 'En curso: todavía no hay resultados.',
  regulatory: esCommon.regulatory,
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
  },
  expand: 'Ver toda la evidencia',
  collapse: 'Ver menos',
  cardLabel: (headline) => `Evidencia del estudio: ${headline}`,
};

export default es;
