// The options of `npm start` / `npm run serve`, shared by the bootstrap (which checks the port before
// building) and the server. Plain JavaScript: the bootstrap runs on whatever Node the machine has.

export const defaultPort = 4321;

/**
 * `--port N` (or `--port=N`), `--host H`, `--dir D`; PORT from the environment otherwise.
 * @returns {{ port: number, host: string, dir: string }}
 */
export function parseServeOptions(args, env = {}) {
  const value = (name) => {
    const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
    if (index < 0) return undefined;
    const arg = args[index];
    return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
  };
  const portText = value('port') ?? env.PORT ?? String(defaultPort);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${portText}"`);
  return { port, host: value('host') ?? '127.0.0.1', dir: value('dir') ?? 'dist' };
}
