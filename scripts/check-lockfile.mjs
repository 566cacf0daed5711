// Checks that package-lock.json is one `npm ci` accepts on any machine: every optional dependency
// of a locked package (the per-platform binaries of Biome, esbuild, Rollup…) must be locked too.
// npm writes lock files without the other platforms' entries when node_modules already exists,
// and `npm ci` then refuses them on a fresh machine.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = new Map(Object.entries(lock.packages ?? {}));
const missing = [];
for (const [path, entry] of packages) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    // Resolved like Node does: next to the package first, then up the tree, then at the root.
    const candidates = [];
    let base = path;
    while (true) {
      candidates.push(`${base ? `${base}/` : ''}node_modules/${name}`);
      const cut = base.lastIndexOf('/node_modules/');
      if (cut < 0) break;
      base = base.slice(0, cut);
    }
    candidates.push(`node_modules/${name}`);
    if (!candidates.some((candidate) => packages.has(candidate)))
      missing.push(`${name} (for ${path || 'the root'})`);
  }
}
if (missing.length > 0) {
  console.error(
    `package-lock.json lacks optional packages that npm ci will ask for:\n  ${missing.join('\n  ')}`,
  );
  console.error(
    'Regenerate it on a clean tree: rm -rf node_modules package-lock.json && npm install',
  );
  process.exit(1);
}
console.log(`package-lock.json: ${packages.size} entries, every optional dependency locked`);
