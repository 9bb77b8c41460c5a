/** One page of every type, in English; the Khmer twin is the same path under /km/. */
export const pageTypes = [
  '/en/',
  '/en/about/',
  '/en/search/?q=cybersecurity',
  '/en/directives/',
  '/en/directives/ocm-265-scn-pb-2025/',
  '/en/directives/ocm-265-scn-pb-2025/recommendations/4/',
  '/en/bodies/',
  '/en/bodies/ministry-of-commerce/',
  '/en/references/',
  '/en/references/mptc-letter-298-bt-2025/',
  '/en/themes/',
  '/en/themes/cybersecurity/',
  '/en/instruments/',
  '/en/instruments/national-data-center/',
  '/en/follow-up/',
  '/en/follow-up/propose/',
];

/** Every page type in both languages, and the bilingual landing page. */
export const bothLanguages = [...pageTypes, ...pageTypes.map((path) => path.replace(/^\/en\//, '/km/')), '/'];
