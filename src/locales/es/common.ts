import type english from '../en/common.js';

/** Strings every element shows, in Spanish. */
const common: typeof english = {
  disclosure: 'Interés de este sitio:',
  regulatory:
    'Sin aprobación: la FDA de EE. UU. no ha aprobado ningún tratamiento con células madre ni con células del disco para la degeneración discal. Son experimentales: fuera de los ensayos clínicos y de los programas regulados de acceso ampliado, son productos no aprobados.',
};

export default common;
