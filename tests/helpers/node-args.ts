/**
 * How the suite runs the project's TypeScript entry points, as `npm start` does. The
 * `production` condition makes Lexical load its plain builds instead of its Node wrappers,
 * whose top-level awaits deadlock Node 20's module loader now and then (exit code 13).
 */
export const NODE_ARGS = ['--conditions=production', '--no-deprecation', '--import', 'tsx']
