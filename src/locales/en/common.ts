/** Strings every element shows, in English. */
const common = {
  disclosure: 'This site’s interest:',
  regulatory:
    'Not approved: the US FDA has not approved any stem-cell or disc-cell treatment for degenerative disc disease. They are experimental: outside clinical trials and regulated expanded-access programs, they are unapproved products.',
};

export default common;
