import type { CriteriaTexts } from '../texts.js';

const NICE = 'Guía NG59 de NICE y resúmenes clínicos del NHS (Reino Unido) sobre el dolor lumbar';
const CLINIC = 'Perfil habitual de candidato que describen las clínicas que ofrecen terapia celular';
const TRIALS =
  'Criterios de participación de ensayos controlados (IDCT fase I/II, Gornet 2024; NCT04530071; NCT04042844)';
const BATES = 'Bates y cols., Future Science OA 2022 (9 personas; un estudio sin grupo de control)';

const caudaEquina =
  'Junto con el dolor de espalda, esto puede indicar presión sobre los nervios de la parte baja de la columna (síndrome de la cola de caballo), que necesita tratamiento en pocas horas.';
const seeDoctor =
  'Con dolor de espalda, esto puede apuntar a una causa distinta de un disco desgastado, que un médico debe revisar primero.';
const spineInfection =
  'Con dolor de espalda, esto aumenta la probabilidad de una infección en la columna, que un médico debe descartar primero.';

/** The built-in criteria in Spanish: the questions as Spanish-language patient materials put them. */
const texts: CriteriaTexts = {
  title: '¿Podría ser para mí la terapia celular para un disco lumbar desgastado?',
  questions: {
    'bladder-bowel': {
      text: '¿Ha tenido hace poco problemas nuevos para orinar, o ha perdido el control de la vejiga o del intestino?',
      why: caudaEquina,
      source: NICE,
    },
    'saddle-numbness': {
      text: '¿Tiene adormecimiento alrededor de los genitales, las nalgas o la parte interna de los muslos, o nota menos de lo habitual al limpiarse después de ir al baño?',
      why: caudaEquina,
      source: NICE,
    },
    'sexual-function': {
      text: '¿Ha notado problemas nuevos en su función sexual, como menos sensibilidad en los genitales?',
      why: caudaEquina,
      source: NICE,
    },
    'legs-weakness': {
      text: '¿Tiene debilidad o adormecimiento en las dos piernas, o debilidad en una pierna que va a peor?',
      why: caudaEquina,
      source: NICE,
    },
    fever: {
      text: '¿Tiene fiebre, o se siente mal en general, además del dolor de espalda?',
      why: seeDoctor,
      source: NICE,
    },
    'disc-infection': {
      text: '¿Le han dicho que tiene una infección en un disco o en la columna (discitis) que todavía no se ha curado?',
      why: 'Una infección de la columna necesita tratamiento primero, y una inyección en el disco podría extenderla.',
      source: `${NICE}; ${CLINIC}`,
    },
    'recent-procedure-infection': {
      text: 'En los últimos meses, ¿le han hecho algún procedimiento en la columna (como una inyección o una operación), o ha tenido una infección en otra parte del cuerpo?',
      why: spineInfection,
      source: NICE,
    },
    'injected-drugs': {
      text: '¿Se inyecta drogas, o lo ha hecho hace poco?',
      why: spineInfection,
      source: NICE,
    },
    'cancer-history': { text: '¿Ha tenido cáncer alguna vez?', why: seeDoctor, source: NICE },
    'weight-loss': { text: '¿Ha perdido peso sin proponérselo?', why: seeDoctor, source: NICE },
    trauma: {
      text: '¿Empezó el dolor después de una caída fuerte, un accidente u otra lesión grave?',
      why: seeDoctor,
      source: NICE,
    },
    'fracture-risk': {
      text: '¿Empezó el dolor después de una caída o un esfuerzo leves, y tiene osteoporosis o toma corticoides desde hace tiempo?',
      why: 'Con huesos finos o frágiles, incluso una caída pequeña puede romper un hueso de la columna.',
      source: NICE,
    },
    'age-at-onset': {
      text: '¿Empezó este dolor de espalda antes de los 20 años o después de los 55?',
      why: seeDoctor,
      source: NICE,
    },
    'night-pain': {
      text: '¿El dolor está siempre, incluso de noche cuando está acostado/a sin moverse?',
      why: seeDoctor,
      source: NICE,
    },
    'steroids-immunity': {
      text: '¿Toma medicamentos con corticoides, o un médico le ha dicho que tiene las defensas bajas?',
      why: seeDoctor,
      source: NICE,
    },
    'mri-degeneration': {
      text: '¿Una resonancia magnética ha mostrado desgaste en uno o más discos de la parte baja de la espalda? Si conoce su grado de Pfirrmann (una escala del desgaste del disco): las clínicas indican los grados III a V, mientras que los ensayos han tomado un rango intermedio y suelen excluir los discos hundidos. Si no lo sabe, responda «No estoy seguro/a».',
      why: 'El tratamiento está pensado para discos desgastados; la resonancia muestra si los suyos lo están, y cuánto.',
      source: `${CLINIC}; ${TRIALS}`,
    },
    'six-months': {
      text: '¿Ha probado el tratamiento habitual para su dolor de espalda, como fisioterapia, ejercicio o analgésicos, durante al menos 6 meses, y sigue teniendo el dolor?',
      why: 'Los ensayos y las clínicas solo plantean la terapia celular cuando el tratamiento habitual se ha probado el tiempo suficiente para ayudar.',
      source: `${CLINIC}; ${TRIALS}`,
    },
    'back-worse-than-leg': {
      text: '¿Le duele más la espalda que las piernas?',
      why: 'El dolor sobre todo en la pierna suele venir de un nervio comprimido, y este tratamiento no actúa sobre eso.',
      source: TRIALS,
    },
    'instability-compression': {
      text: '¿Un especialista le ha dicho que su columna es inestable, o que un nervio está muy comprimido y quizá necesite una operación?',
      why: 'Esos problemas necesitan su propio tratamiento; una inyección en el disco no los resuelve.',
      source: `${CLINIC}; ${TRIALS}`,
    },
    'outpatient-fit': {
      text: '¿Se encuentra en general lo bastante bien para un procedimiento con inyección en el mismo día?',
      why: 'La inyección se hace de forma ambulatoria, normalmente con anestesia local.',
      source: CLINIC,
    },
    osteoporosis: {
      text: '¿Le han dicho que tiene osteoporosis grave (huesos finos y frágiles)?',
      why: 'Las clínicas no ofrecen el procedimiento a personas con osteoporosis grave.',
      source: CLINIC,
    },
    'modic-3': {
      text: '¿Algún informe de resonancia menciona cambios de «Modic tipo 3»?',
      why: 'Los ensayos han excluido a personas con estos cambios en el hueso junto al disco.',
      source: TRIALS,
    },
    'prior-surgery': {
      text: '¿Le han operado de la parte baja de la espalda en el nivel que le duele?',
      why: 'Los ensayos han excluido a personas operadas en ese nivel.',
      source: TRIALS,
    },
    pregnancy: {
      text: '¿Está embarazada?',
      why: 'Los ensayos han excluido a mujeres embarazadas; no se conocen los efectos durante el embarazo.',
      source: TRIALS,
    },
    'active-cancer': {
      text: '¿Tiene un cáncer que se está tratando ahora?',
      why: 'Los ensayos han excluido a personas con cáncer activo.',
      source: TRIALS,
    },
    'modic-2-no-tear': {
      text: '¿Algún informe de resonancia menciona cambios de «Modic tipo 2», y ninguna rotura en el anillo externo del disco (desgarro o fisura anular)?',
      why: 'En un estudio de 9 personas, a quienes tenían cambios de Modic tipo 2 junto con ninguna rotura anular pareció irles mejor. Es un indicio provisional, no una regla.',
      source: BATES,
    },
  },
};

export default texts;
