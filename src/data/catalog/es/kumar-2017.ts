import type { StudyTexts } from '../texts.js';

const texts: StudyTexts = {
  headline:
    'Un estudio de fase I con 10 personas con dolor crónico de disco, tratadas con células madre de su propia grasa junto con ácido hialurónico en una de dos dosis, seguidas durante un año.',
  design: {
    description:
      'Estudio abierto de fase I con un solo grupo tratado y sin grupo de control: 20 millones de células para 5 pacientes y 40 millones para los otros 5; no se perdió ninguno en el seguimiento',
  },
  population: {
    condition:
      'Dolor lumbar crónico de origen discal durante más de 3 meses (dolor de al menos 4 sobre 10, índice de Oswestry de al menos 30\u00a0%)',
  },
  intervention: {
    cellType: 'Células madre mesenquimales (MSC)',
    tissueSource: 'Tejido graso (adiposo)',
    dose: '20 millones o 40 millones de células por disco, con un relleno de ácido hialurónico',
    delivery: 'Una inyección en el disco',
  },
  outcomes: [
    {
      measure: 'Dolor (EVA), discapacidad (Oswestry) y calidad de vida (SF-36)',
      finding:
        'El dolor, la discapacidad y la calidad de vida mejoraron de forma significativa en 6 de 10 personas, 3 con cada dosis',
      certainty: ['un solo grupo de 10, y no encontramos valores promedio'],
    },
    { measure: 'Agua en el disco (resonancia magnética)', finding: 'Más agua en el disco en la resonancia magnética' },
  ],
  safety: ['Ningún efecto adverso del procedimiento ni de las células en un año.'],
  limitations: [
    'Solo 10 pacientes y sin grupo de control.',
    'No encontramos valores promedio en las fuentes revisadas.',
    'No se vio diferencia entre las dos dosis.',
    'Los autores piden un ensayo aleatorizado.',
    'No encontramos quién pagó el estudio; la afiliación de un autor menciona una empresa (CHA Biotec).',
    'La entrada del registro se asoció a este estudio por su contenido.',
  ],
  arms: [
    { label: 'Dosis menor', dose: '20 millones de células por disco' },
    { label: 'Dosis mayor', dose: '40 millones de células por disco' },
  ],
};

export default texts;
