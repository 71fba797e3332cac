import type { StudyTexts } from '../texts.js';

const companyRelease = 'Comunicado de prensa de la empresa, enero de 2022';

const texts: StudyTexts = {
  title:
    'Ensayo aleatorizado de fase 3 con células precursoras de donante (rexlemestrocel-L) para el dolor lumbar crónico (MSB-DR003)',
  titleNote:
    'No encontramos ningún artículo de revista sobre este ensayo: este título describe el ensayo y no es el de una publicación.',
  headline:
    'Un ensayo aleatorizado y doble ciego en 404 pacientes que compara células precursoras de donante, solas o con ácido hialurónico, con inyecciones de suero salino, con seguimiento de tres años.',
  design: {
    description:
      'Fase 3 aleatorizado, doble ciego y controlado con suero salino en 49 centros de EE. UU. y Australia (la empresa dice 48), con Quintiles, de marzo de 2015 a junio de 2021. Objetivo principal: un 50\u00a0% menos de dolor, 15 puntos de mejora en el Oswestry y ningún otro tratamiento, a los 12 y 24 meses',
  },
  comparator: 'Inyecciones de suero salino (132 pacientes)',
  population: {
    condition:
      'Dolor lumbar crónico durante al menos 6 meses por degeneración moderada de un disco lumbar (de L1 a S1), tras 6 meses de tratamiento conservador que no ayudó',
  },
  intervention: {
    cellType: 'Células precursoras mesenquimales (rexlemestrocel-L)',
    dose: 'Unos 6 millones de células en 2 mL, solas (143 pacientes) o con ácido hialurónico (129 pacientes)',
    delivery: 'Una inyección en el disco',
  },
  outcomes: [
    {
      measure: 'Objetivo principal: «éxito del tratamiento» a los 12 y a los 24 meses a la vez (definido en Diseño)',
      finding:
        'No está verificado si el ensayo cumplió su objetivo principal: ninguna fuente que pudimos leer da el resultado, y la empresa no ha dicho que se cumpliera',
    },
    {
      measure: 'Sin opioides a los 36 meses, entre quienes los tomaban al inicio',
      finding:
        'Más personas de las que tomaban opioides al inicio los habían dejado: 28\u00a0% con células y ácido hialurónico frente a 8\u00a0% con suero salino. El valor P no se ajustó por las muchas comparaciones hechas',
      sourceNote: companyRelease,
    },
  ],
  limitations: [
    'No está verificado en ninguna fuente que pudimos leer si se cumplió el objetivo principal, y ninguno de los comunicados de la empresa dice que se cumpliera.',
    'No encontramos ningún artículo de revista con los resultados; se publicaron en el registro de ensayos en enero de 2022.',
    'La cifra de opioides procede de un comunicado de prensa de la empresa, para un subgrupo (quienes tomaban opioides al inicio), con un valor P no ajustado por las muchas comparaciones hechas.',
    'En enero de 2026 la empresa dijo que la FDA describió el efecto sobre el dolor como aparentemente favorable a las células; no pudimos comprobarlo en una fuente primaria.',
    'La empresa lleva a cabo un nuevo ensayo con un objetivo principal más sencillo, el dolor a los 12 meses (NCT06325566).',
  ],
  mainGoal: {
    description:
      'Éxito del tratamiento a los 12 y a los 24 meses: al menos 50\u00a0% menos dolor, al menos 15 puntos de mejora en el índice de Oswestry y ningún tratamiento más en ese disco',
    note: 'Ninguna fuente que pudimos leer da el resultado, y la empresa no ha dicho que se cumpliera.',
  },
  arms: [
    { label: 'Células solas', dose: 'unos 6 millones de células' },
    { label: 'Células con ácido hialurónico', dose: 'unos 6 millones de células' },
    { label: 'Suero salino' },
  ],
};

export default texts;
