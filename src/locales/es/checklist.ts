import type { ChecklistMessages } from '../en/checklist.js';
import common from './common.js';

/** Strings only the candidacy checklist uses, in Spanish. */
const checklist: ChecklistMessages = {
  disclosure: common.disclosure,
  regulatory: common.regulatory,
  intro:
    'Responda unas preguntas para ver si podría encajar en el perfil que buscan los ensayos y las clínicas. Sus respuestas se quedan en esta página: no se envían ni se guardan.',
  notAdvice: 'Esto es información, no consejo médico, y no puede diagnosticar nada.',
  answer: { yes: 'Sí', no: 'No', unsure: 'No estoy seguro/a' },
  section: {
    redFlags: 'Primero: señales que necesitan un médico ya',
    requirements: 'Lo que buscan los ensayos y las clínicas',
    exclusions: 'Lo que lo descarta por ahora',
    predictors: 'Lo que podría anticipar una mejor respuesta (opcional)',
  },
  sectionHint: {
    redFlags:
      'Responda estas primero: un «sí» aquí, o un «no estoy seguro/a» ante una posible emergencia, importa más que todo lo demás.',
    predictors: 'Viene de un solo estudio de 9 personas. Es un indicio provisional, nunca un requisito.',
  },
  why: 'Por qué lo preguntamos',
  source: (source) => `Fuente: ${source}`,
  status: {
    incomplete: (left) => (left === 1 ? 'Falta 1 pregunta por responder.' : `Faltan ${left} preguntas por responder.`),
    emergency:
      'Llame ahora al número de emergencias o vaya a urgencias. Estas señales pueden indicar que los nervios de la parte baja de la columna están comprimidos, y eso necesita tratamiento en pocas horas.',
    checkToday:
      'Si no está seguro/a, hágase revisar hoy: llame ahora a su médico o a un servicio de atención urgente. Si la señal está claramente presente o va a peor, llame al número de emergencias o vaya a urgencias.',
    urgent:
      'Consulte pronto a un médico, antes de pensar en cualquier tratamiento para la espalda. Junto con el dolor de espalda, estas señales deben revisarse primero.',
    unlikely: 'Es poco probable que hoy le ofrezcan terapia celular, por estas razones:',
    possible:
      'Podría encajar en el perfil que buscan los ensayos y las clínicas. Solo un especialista que le examine y vea sus imágenes puede decirlo.',
  },
  because: 'Porque respondió que sí a:',
  unsureAbout: 'Porque no estaba seguro/a de:',
  askAbout: 'Pregunte a su especialista por:',
  betterResponse:
    'En un estudio de 9 personas, quienes tenían este patrón parecieron responder mejor (un indicio provisional):',
  ctaUnlikely: 'Hable con un especialista sobre otras opciones',
  ctaPossible: 'Hable con un especialista',
  reset: 'Empezar de nuevo',
  copy: 'Copiar mis respuestas',
  print: 'Imprimir mis respuestas',
  copied: 'Respuestas copiadas',
  copyFailed: 'No se pudo copiar: use «Imprimir mis respuestas».',
};

export default checklist;
