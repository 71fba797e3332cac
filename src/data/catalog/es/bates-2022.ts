import type { StudyTexts } from '../texts.js';

const mri = 'Resonancia magnética';

const texts: StudyTexts = {
  headline:
    'Un estudio de un solo grupo con 9 personas con un disco lumbar desgastado, tratadas con sus propias células madre obtenidas de la grasa y seguidas durante un año; se permitía una segunda inyección a los 6 meses.',
  design: { description: 'Estudio prospectivo de viabilidad con un solo grupo tratado y sin grupo de control' },
  population: { condition: 'Dolor lumbar crónico por un disco lumbar desgastado' },
  intervention: {
    cellType: 'Células madre mesenquimales (MSC)',
    tissueSource: 'Tejido graso (adiposo)',
    dose: '10 millones de células en una solución salina',
    delivery: 'Una inyección en el disco, con una segunda permitida a los 6 meses',
  },
  outcomes: [
    { finding: 'Menos dolor promedio', measure: 'Dolor promedio', certainty: ['un solo grupo de 9 personas'] },
    { finding: 'Menos dolor en el peor momento', measure: 'Peor dolor' },
    { finding: 'Pudieron trabajar más' },
    { finding: 'Tomaron menos analgésicos' },
    { finding: 'Su estado empeoró durante el estudio' },
    { finding: 'Puntuaciones de discapacidad', measure: 'Discapacidad (índice de discapacidad de Oswestry)' },
    { finding: 'Los discos tratados se mantuvieron estables, sin más pérdida de altura', measure: mri },
    {
      finding:
        'Algunas roturas del anillo externo del disco se habían cerrado en parte o del todo; no está claro si se debió a las células',
      measure: mri,
    },
    { finding: 'La protrusión del disco se hizo más pequeña (causa no aclarada)', measure: mri },
    {
      finding:
        'Un indicio provisional: a quienes tenían cambios de Modic tipo 2 junto con ninguna rotura en el anillo externo del disco pareció irles mejor; a quienes tenían roturas u otros tipos de Modic pareció irles peor',
    },
  ],
  safety: [
    'Ningún efecto secundario inesperado o grave relacionado con el tratamiento.',
    'Una persona tuvo un aumento breve del dolor, que cedió con sus analgésicos habituales.',
  ],
  limitations: [
    'Solo 9 participantes.',
    'Sin grupo de control: parte de la mejoría podría deberse a la recuperación natural o al efecto placebo.',
    'Se permitía una segunda inyección a los 6 meses, así que los resultados a los 12 meses no son los de una sola inyección.',
    'No se incluyó a personas con enfermedad grave ni con más de un disco desgastado.',
    'Quienes no habían mejorado a los 6 meses ganaron poco a los 12 meses, incluso con una segunda inyección.',
  ],
};

export default texts;
