/**
 * Old addresses that must keep working, maintained by the directory's maintainers (not by
 * contributors: content/ has a fixed layout). When an entry is renamed, moved to another
 * organisation or deleted, add its old site-relative path here, pointing at the new one (or at
 * the organisation or the search page), then run `npm run urls:update`.
 *
 *   'toiminta/vanha-jarjesto/ryhma/': 'toiminta/uusi-jarjesto/ryhma/',
 *
 * Paths are site-relative, without the base path and with the trailing slash. The build writes a
 * small page at each old address (src/pages/[...moved].astro) that forwards to the new one and
 * links to it, in the language of the old address; tests/published-urls.test.ts checks that an
 * old address does not hide a real page and that the target exists.
 */
export const REDIRECTS: Record<string, string> = {
  // An example of the form (this old address never held a page): a renamed entry's old path → its new one.
  'sv/verksamhet/osterbottens-minnesforening/minneskafe-vasa/': 'sv/verksamhet/osterbottens-minnesforening/minnescafe-vasa/',
};
