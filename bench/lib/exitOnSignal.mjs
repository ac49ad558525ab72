// Preloaded by `npm run bench:profile` (NODE_OPTIONS=--import): a server stopped
// with SIGTERM exits normally, so V8 writes its CPU profile (--cpu-prof).
process.once('SIGTERM', () => process.exit(0));
