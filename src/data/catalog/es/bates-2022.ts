import type { StudyTexts } from '../texts.js';

const mri = 'Resonancia magnética';

const texts: StudyTexts = {
  headline:
    'Un estudio pequeño sin grupo de control: tras una inyección de sus propias células madre obtenidas de la grasa, la mayoría de 9 personas tenía menos dolor al cabo de un año. Las células podrían ayudar, pero este diseño no puede demostrarlo.',
  design: { description: 'Estudio prospectivo de viabilidad con un solo grupo tratado y sin grupo de control' },
  population: { condition: 'Dolor lumbar crónico por un disco lumbar desgastado' },
  intervention: {
    cellType: 'Células madre mesenquimales (MSC)',
    tissueSource: 'Tejido graso (adiposo)',
    dose: '10 millones de células en una solución salina; se permitía una segunda inyección a los 6 meses',
    delivery: 'Una inyección en el disco',
  },
  outcomes: [
    { finding: 'Menos dolor promedio', measure: 'Dolor promedio' },
    { finding: 'Menos dolor en el peor momento', measure: 'Peor dolor' },
    { finding: 'Pudieron trabajar más' },
    { finding: 'Tomaron menos analgésicos' },
    { finding: 'Empeoraron' },
    { finding: 'Puntuaciones de discapacidad', measure: 'Discapacidad (índice de discapacidad de Oswestry)' },
    { finding: 'Los discos tratados se mantuvieron estables, sin más pérdida de altura', measure: mri },
    { finding: 'Algunas roturas del anillo externo del disco habían cicatrizado en parte o del todo', measure: mri },
    { finding: 'La protrusión del disco se hizo más pequeña (causa no aclarada)', measure: mri },
    {
      finding:
        'A quienes tenían cambios de Modic tipo 2 y ninguna rotura en el anillo externo del disco les fue mejor; a quienes tenían roturas u otros tipos de Modic les fue peor',
    },
  ],
  safety: [
    'Ningún efecto secundario inesperado o grave relacionado con el tratamiento.',
    'Una persona tuvo un aumento breve del dolor, que cedió con sus analgésicos habituales.',
  ],
  limitations: [
    'Solo 9 participantes.',
    'Sin grupo de control: parte de la mejoría podría deberse a la recuperación natural o al efecto placebo.',
    'No se incluyó a personas con enfermedad grave ni con más de un disco desgastado.',
    'Quienes no habían mejorado a los 6 meses ganaron poco a los 12 meses, incluso con una segunda inyección.',
  ],
};

export default texts;
