/** Strings every element shows, in Spanish. */
export const esCommon = {
  regulatory:
    'Sin aprobación: la FDA de EE. UU. no ha aprobado ningún tratamiento con células madre ni con células del disco para la degeneración discal. Hoy se ofrecen sobre todo dentro de ensayos clínicos.',
};
