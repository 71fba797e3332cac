import type { StudyTexts } from '../texts.js';

const companyRelease = 'Comunicado de prensa de la empresa, enero de 2015, según la prensa';
const certainty = ['las cifras proceden del comunicado de prensa del patrocinador, no del artículo', 'grupos pequeños'];
const noPain = 'Dolor mínimo o ninguno (EVA de 20 o menos sobre 100), grupo de 6 millones de células';
const success = '«Éxito del tratamiento» a los 6 y a los 12 meses a la vez';

const texts: StudyTexts = {
  headline:
    'Un ensayo aleatorizado y doble ciego en 100 pacientes que compara dos dosis de células precursoras de donante (con ácido hialurónico) con el ácido hialurónico solo y con suero salino, con seguimiento de tres años.',
  design: {
    description:
      'Ensayo de fase 2 aleatorizado y doble ciego (MSB-DR001) en 13 centros, 12 en EE. UU. y 1 en Australia; grupos en proporción 3:3:2:2; visitas a los 1, 3, 6, 12, 24 y 36 meses',
  },
  comparator: 'Ácido hialurónico solo, o suero salino',
  population: {
    condition:
      'Dolor lumbar crónico durante al menos 6 meses por degeneración moderada de un disco lumbar (de L1 a S1), tras 3 meses de tratamiento conservador, con fisioterapia, que no ayudó',
  },
  intervention: {
    cellType:
      'Células precursoras mesenquimales (STRO-3+, rexlemestrocel-L), seleccionadas y cultivadas en laboratorio',
    dose: '6 millones o 18 millones de células, con ácido hialurónico',
    delivery: 'Una inyección en el disco',
  },
  outcomes: [
    {
      measure: noPain,
      finding:
        'Más personas tenían dolor mínimo o ninguno: 46\u00a0% con 6 millones de células frente a 13\u00a0% con suero salino',
      sourceNote: companyRelease,
      certainty,
    },
    {
      measure: noPain,
      finding:
        'El 48\u00a0% con 6 millones de células frente al 13\u00a0% con suero salino tenía dolor mínimo o ninguno; la diferencia no fue estadísticamente significativa',
      sourceNote: companyRelease,
    },
    {
      measure: `${success}, grupo de 6 millones de células`,
      finding:
        'Más personas cumplieron la definición de éxito de la empresa: 44\u00a0% con 6 millones de células frente a 13\u00a0% con suero salino',
      sourceNote: companyRelease,
      certainty,
    },
    {
      measure: `${success}, grupo de 18 millones de células`,
      finding:
        'Más personas cumplieron la definición de éxito de la empresa: 42\u00a0% con 18 millones de células frente a 13\u00a0% con suero salino',
      sourceNote: companyRelease,
      certainty,
    },
  ],
  safety: [
    'Bien tolerado, sin signos de reacción inmunitaria, según un resumen del ensayo; no encontramos los resultados de seguridad del propio artículo en las fuentes revisadas.',
  ],
  limitations: [
    'Todas las cifras proceden del comunicado de prensa de la empresa de enero de 2015, según la prensa: no encontramos los resultados del artículo de la revista en las fuentes revisadas.',
    'Grupos pequeños, y la diferencia de dolor a los 24 meses no fue estadísticamente significativa.',
    'No encontramos el tamaño de los cuatro grupos en las fuentes revisadas.',
    'El «éxito del tratamiento» de la empresa significaba al menos un 50\u00a0% menos de dolor, al menos 15 puntos de mejora en el índice de Oswestry y ningún otro tratamiento, a los 6 y a los 12 meses.',
    'Xie et al. 2021 contó este ensayo como 80 pacientes, comparando células con ácido hialurónico frente al ácido hialurónico solo.',
  ],
  arms: [
    { label: '6 millones de células con ácido hialurónico' },
    { label: '18 millones de células con ácido hialurónico' },
    { label: 'Ácido hialurónico solo' },
    { label: 'Suero salino' },
  ],
};

export default texts;
