/**
 * What `virtual:examflow/note-parts` gives a unit test (the build makes the real one): no long notes. A
 * component test that needs parts or an outline mocks this module with `vi.mock`.
 */
export const readPart = (): string | undefined => undefined;
/** No part to load. */
export const loadPart = async (): Promise<string | undefined> => undefined;
/** No widgets' data. */
export const readWidgets = (): undefined => undefined;
/** No widgets' data to load. */
export const loadWidgets = async (): Promise<undefined> => undefined;
/** No outline held. */
export const readOutline = (): readonly string[] | undefined => undefined;
/** No outline to load. */
export const loadOutline = async (): Promise<readonly string[] | undefined> => undefined;
