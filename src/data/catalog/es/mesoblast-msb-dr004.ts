import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  title:
    'Ensayo confirmatorio de fase 3 con células precursoras de donante (rexlemestrocel-L) y ácido hialurónico para el dolor lumbar crónico',
  titleNote: 'Este título describe el ensayo, que aún no tiene resultados publicados.',
  headline:
    'Está reclutando pacientes un ensayo aleatorizado y doble ciego de células precursoras de donante frente a una inyección simulada, previsto para unos 300 pacientes. Aún no hay resultados.',
  design: {
    description:
      'Aleatorizado, doble ciego, con intervención simulada; de julio de 2024 a octubre de 2027 (previsto). Objetivo principal: cambio del dolor lumbar diario a los 12 meses; efectos adversos hasta los 24 meses. En enero de 2026 la empresa habló de unos 40 centros de EE. UU. y más de la mitad inscritos.',
  },
  comparator: 'Una intervención simulada: suero salino inyectado junto al disco, no dentro de él',
  population: {
    condition:
      'Dolor lumbar crónico durante 6 a 60 meses por degeneración moderada de un disco lumbar (de L1 a S1), tras al menos 3 meses de tratamiento conservador que no ayudó',
  },
  intervention: {
    cellType: 'Células precursoras mesenquimales (rexlemestrocel-L)',
    dose: 'Unos 6 millones de células mezcladas con ácido hialurónico',
    delivery: 'Una inyección en el disco',
  },
  limitations: [
    'Aún no hay resultados.',
    'Su objetivo principal es más sencillo que el del ensayo de fase 3 anterior (NCT02412735), cuyo resultado principal no pudimos verificar.',
    'La intervención simulada es una inyección junto al disco, no dentro de él.',
  ],
  mainGoal: { description: 'Cambio del dolor lumbar diario promedio (EVA) a los 12 meses' },
  arms: [
    { label: 'Células con ácido hialurónico, dentro del disco', dose: 'unos 6 millones de células' },
    { label: 'Simulación: suero salino junto al disco, no dentro' },
  ],
};

export default texts;
