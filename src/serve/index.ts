// `spamsift serve`: an Akismet-compatible HTTP endpoint over the public API. Used by the CLI;
// not part of the library's entry point (it opens sockets and writes files).
export { ANSWER, ROUTES, commentFromFields, readKey, readSite, testHook, type Fields } from './akismet.js';
export { parseFields, type BodyLimits } from './body.js';
export { parseKeys } from './keys.js';
export { createAccessLog, type AccessLogEntry } from './log.js';
export { createRateLimiter, type RateLimiter } from './rate-limit.js';
export { DEFAULT_LIMITS, createSpamsiftServer, shortReasons, type ServeLimits, type ServeOptions, type SpamsiftServer } from './server.js';
export { modelFileName, type SiteStore } from './store.js';
