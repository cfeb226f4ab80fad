// @vitest-environment jsdom
// The store reads the saved settings when its module starts, so each test imports a fresh copy.
async function freshStore() {
  vi.resetModules();
  return (await import('./settings')).useSettings;
}

beforeEach(() => localStorage.clear());

test('the store starts from the saved settings and keeps the pre-rendered ones for hydration', async () => {
  localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: 'ko', theme: 'dark' }, version: 1 }));
  const useSettings = await freshStore();
  expect(useSettings.getState()).toMatchObject({ language: 'ko', theme: 'dark' });
  expect(useSettings.getInitialState()).toMatchObject({ language: 'en', theme: 'system' });
});

test('a change is saved in the persisted shape and a new start reads it back', async () => {
  const useSettings = await freshStore();
  useSettings.getState().update({ examMinutes: 90 });
  expect(JSON.parse(localStorage.getItem('examflow-settings') ?? 'null')).toMatchObject({ state: { examMinutes: 90 }, version: 1 });
  expect((await freshStore()).getState().examMinutes).toBe(90);
});
