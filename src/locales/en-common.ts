/** Strings every element shows, in English. */
export const enCommon = {
  regulatory:
    'Not approved: the US FDA has not approved any stem-cell or disc-cell treatment for degenerative disc disease. These treatments are offered mainly in clinical trials.',
};
