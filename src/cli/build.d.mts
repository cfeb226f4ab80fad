/** See build.mjs: the environment `npm run build` gives Vite. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
