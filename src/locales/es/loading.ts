import type english from '../en/loading.js';

/** The line each widget shows while it loads, in Spanish (see `en/loading.ts`). */
const loading: typeof english = {
  study: 'Cargando el estudio…',
  studies: 'Cargando los resultados…',
  checklist: 'Cargando la lista de preguntas…',
};

export default loading;
