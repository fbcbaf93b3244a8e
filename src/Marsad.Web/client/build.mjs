// Bundles the front-end into ../../../web-dist/ (embedded into Marsad.Web.dll by the .NET build).
// Libraries and fonts come from node_modules; nothing is fetched at run time.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const outdir = fileURLToPath(new URL('../../../web-dist/', import.meta.url));
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/main.js', graph: 'src/graph.js', camps: 'src/camps.js', map: 'src/map.js', app: 'src/app.css' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2022'],
  chunkNames: 'chunks/[name]-[hash]',
  assetNames: 'fonts/[name]-[hash]',
  loader: { '.woff2': 'file' },
  legalComments: 'linked',
  logLevel: 'warning',
});

// The site icon (also answered at /favicon.ico).
await copyFile('src/favicon.svg', `${outdir}favicon.svg`);

// The map's country shapes (Natural Earth via world-atlas), fetched by the map page from this server.
await mkdir(outdir + 'geo', { recursive: true });
await copyFile('node_modules/world-atlas/countries-50m.json', `${outdir}geo/countries-50m.json`);

// The licences of the bundled fonts travel with them (cytoscape's is in graph.js.LEGAL.txt).
await mkdir(outdir + 'licenses', { recursive: true });
for (const font of ['ibm-plex-sans-arabic', 'noto-naskh-arabic'])
  await copyFile(`node_modules/@fontsource/${font}/LICENSE`, `${outdir}licenses/${font}.LICENSE.txt`);
await copyFile('node_modules/world-atlas/LICENSE', `${outdir}licenses/world-atlas.LICENSE.txt`);
