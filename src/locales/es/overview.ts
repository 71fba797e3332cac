import type { OverviewMessages } from '../en/overview.js';

const count = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;

/** Las cadenas de la vista de conjunto, en español. */
const overview: OverviewMessages = {
  heading: 'La evidencia de un vistazo',
  summary: {
    total: (n, randomized, running) =>
      `${count(n, 'estudio', 'estudios')}, ${randomized} de ellos aleatorizados` +
      (running > 0 ? `; ${running} ${running === 1 ? 'sigue' : 'siguen'} en curso.` : '.'),
    benefit: (n, levels) => `${n} ${n === 1 ? 'apunta' : 'apuntan'} a un beneficio: ${levels}.`,
    level: (n, level) => `${n} con certeza ${level}`,
    noneStrong: 'Ninguno tiene certeza alta ni moderada.',
    unclear: (n) =>
      `${n} no ${n === 1 ? 'muestra' : 'muestran'} un beneficio claro, o un resultado principal que nadie pudo comprobar.`,
    chosen: (shown, all) =>
      `Este sitio eligió ${shown} de los ${all} estudios del catálogo; los demás no se muestran aquí.`,
  },
  group: {
    high: 'Certeza alta',
    moderate: 'Certeza moderada',
    low: 'Certeza baja',
    'very-low': 'Certeza muy baja',
    'not-rated': 'Certeza sin calificar',
    'no-results': 'Sin resultados que calificar',
  },
  groupNote: {
    'very-low': 'Estos resultados son muy inciertos: es probable que el efecto real sea muy distinto.',
    'not-rated': 'Nadie ha calificado cuánto se puede confiar en estos resultados.',
  },
  name: (author, year, more) => `${author}${more ? ' et al.' : ''}${year === undefined ? '' : ` ${year}`}`,
  mainResult: 'Resultado principal',
  arms: {
    label: 'Grupos',
    arm: (label, dose, size) => `${label}${dose ? `, ${dose}` : ''}${size ? ` (${size})` : ''}`,
    treated: (groups) => `Tratados: ${groups}`,
    control: (groups) => `comparados con: ${groups}`,
    sizesMissing: 'el tamaño de algunos grupos no figura en las fuentes que consultamos',
  },
  mainGoal: 'Objetivo principal',
  goalStatus: {
    met: 'cumplido',
    'not-met': 'no cumplido',
    'not-verified': 'sin verificar',
    awaited: 'resultado pendiente',
  },
  noGoal: 'No se nombra en las fuentes que consultamos',
  product: {
    'mesenchymal-cells': 'Células madre o precursoras mesenquimales',
    'disc-progenitor-cells': 'Células progenitoras del disco',
    'bone-marrow-concentrate': 'Concentrado de médula ósea (células no cultivadas)',
    'blood-forming-cells': 'Células madre formadoras de sangre',
    'tissue-allograft': 'Tejido de disco donado, no células',
    several: 'Varios tipos (una revisión)',
  },
  filter: {
    label: 'Mostrar solo',
    randomized: 'Estudios aleatorizados',
    results: 'Estudios con resultados',
    product: 'Tipo de tratamiento',
    allProducts: 'Todos los tipos',
  },
  showing: (shown, total) => `Se muestran ${shown} de ${count(total, 'estudio', 'estudios')}.`,
  noMatch: 'Ningún estudio cumple estas condiciones.',
  open: 'Ver la ficha completa',
  cardFailed: 'No se pudo cargar la ficha completa. Compruebe la conexión e inténtelo de nuevo.',
  close: 'Ocultar la ficha completa',
  forStudy: (name) => `: ${name}`,
};

export default overview;
