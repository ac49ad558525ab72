// Astro needs Node >= 22.12. npm scripts run on the Node 24 that the `node`
// devDependency brings; an install with --ignore-scripts or --omit=dev silently
// leaves the machine's older Node in charge, so say so before anything breaks.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old: this project needs >= 22.12.\n` +
      'Run `npm install` (without --ignore-scripts or --omit=dev) so the project brings its own Node, then use npm scripts.',
  );
  process.exit(1);
}
console.log(`Node ${process.versions.node}`);
