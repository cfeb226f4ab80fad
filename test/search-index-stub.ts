/**
 * What `virtual:examflow/search-index` gives a unit test (the build makes the real one): the address of a head
 * no test serves, so an index loaded for real in a test fails as a load does offline, as data. A component test
 * that searches mocks `src/search/load-index` (or this module) with `vi.mock`; this one is there because a module
 * that imports the loader on first use makes Vite transform the real loader, whose import must then resolve.
 */
export const head = '/assets/search-head-in-no-test.json';
