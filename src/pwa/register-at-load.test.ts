import { registerAtLoad, type LoadHost } from './register-at-load';

function fakeHost(register?: (url: string, options: { scope: string }) => Promise<unknown>) {
  const loads: (() => void)[] = [];
  const host: LoadHost = { navigator: register ? { serviceWorker: { register } } : {}, addEventListener: (_, listener) => loads.push(listener) };
  return { host, load: () => loads.forEach((listener) => listener()) };
}

describe('registerAtLoad', () => {
  test('registers the worker under its scope once the page has loaded, not before', () => {
    const register = vi.fn(() => Promise.resolve({}));
    const { host, load } = fakeHost(register);
    registerAtLoad(host, '/examflow/sw.js', '/examflow/');
    expect(register).not.toHaveBeenCalled();
    load();
    expect(register).toHaveBeenCalledWith('/examflow/sw.js', { scope: '/examflow/' });
  });

  test('a refused registration is not an error of the page', async () => {
    const refused = Promise.reject(new Error('insecure'));
    const { host, load } = fakeHost(() => refused);
    registerAtLoad(host, '/sw.js', '/');
    load();
    await expect(refused.catch(() => 'handled')).resolves.toBe('handled');
  });

  test('a browser without service workers is left alone', () => {
    const { host, load } = fakeHost();
    expect(() => {
      registerAtLoad(host, '/sw.js', '/');
      load();
    }).not.toThrow();
  });
});
