import type { StudyTexts } from '../texts.js';

const reasons = ['26 pacientes, y las visitas posteriores cuentan solo a quienes no pasaron a cirugía'];
const all = 'Los 26 pacientes, hasta 12 meses';
const noSurgery = 'Solo quienes no se operaron (21 a los 2 años, 20 a los 3 años)';
const disability = 'Discapacidad (índice de Oswestry, 0–100)';
const pain = 'Dolor (EVA 0–100)';

const texts: StudyTexts = {
  titleNote:
    '«Reduce significativamente» compara a los pacientes consigo mismos antes del tratamiento. No hubo grupo de control, así que no muestra que las células causaran el cambio.',
  headline:
    'Un estudio de un solo grupo con 26 personas con uno o dos discos lumbares desgastados, candidatas a cirugía, tratadas con un concentrado de su propia médula ósea y seguidas hasta 3 años.',
  design: {
    description:
      'Estudio abierto de un solo grupo tratado, sin grupo de control, publicado tres veces: hasta 12 meses, hasta 2 años y hasta 3 años',
  },
  population: {
    condition:
      'Dolor lumbar crónico (más de 6 meses) por uno o dos discos lumbares desgastados, en personas candidatas a cirugía',
  },
  intervention: {
    cellType: 'Concentrado de médula ósea (células no cultivadas en laboratorio)',
    tissueSource: 'Médula ósea',
    dose: 'Unos 2 mL de concentrado, con 121 millones de células nucleadas por mL de media',
    delivery: 'Una inyección en cada disco tratado',
  },
  outcomes: [
    {
      finding: 'Menos dolor que antes del tratamiento',
      measure: pain,
      certainty: reasons,
      sourceNote:
        'calculado a partir de las puntuaciones medias que da el estudio: 79,3 antes del tratamiento, 33,2 a los 12 meses',
    },
    {
      finding: 'Menos discapacidad que antes del tratamiento',
      measure: 'Discapacidad (índice de discapacidad de Oswestry, 0–100)',
      certainty: reasons,
      sourceNote:
        'calculado a partir de las puntuaciones medias que da el estudio: 56,5 antes del tratamiento, 25,0 a los 12 meses',
    },
    {
      finding: 'No se habían operado a los 2 años (6 de 26 se operaron antes de los 3 años)',
      sourceNote: 'El informe a dos años (International Orthopaedics 2016;40:135–140, doi:10.1007/s00264-015-2886-4)',
    },
    {
      finding: 'El disco se veía un grado mejor en la resonancia; ninguno se veía peor',
      measure: 'Resonancia magnética (grado de Pfirrmann modificado)',
    },
    {
      finding:
        'Un indicio, no una prueba: más células se asociaron a más mejora. Los pacientes de más de 40 años con menos de 2.000 UFC-F por mL mejoraron un 33,7 % (discapacidad) y un 29,1 % (dolor); los demás, un 69,5 % y un 70,6 %',
    },
  ],
  safety: ['No se informaron efectos adversos por la extracción de médula ni por la inyección.'],
  limitations: [
    'Sin grupo de control: la recuperación natural y el efecto placebo pueden explicar parte del cambio.',
    'Solo 26 pacientes.',
    'Las cifras a 2 y 3 años cuentan solo a quienes no se operaron (21 y luego 20), que pueden ser quienes mejor evolucionaron.',
    'Una revisión indica que 2 de los 26 recibieron una segunda inyección a los 6 meses.',
  ],
  series: [
    { label: all, measure: disability },
    { label: noSurgery, measure: disability },
    { label: all, measure: pain },
    { label: noSurgery, measure: pain },
  ],
};

export default texts;
