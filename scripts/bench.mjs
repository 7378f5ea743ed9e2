/**
 * `npm run bench`: prints measurements (never asserts them). Each feature adds a section
 * module exporting `title` and `run()`; pass section names to run only some:
 * `npm run bench -- search`.
 */
const SECTIONS = {
  search: () => import('./bench/search.mjs'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(SECTIONS)) {
  if (wanted.length && !wanted.includes(name)) continue;
  const section = await load();
  console.log(`\n=== ${section.title} ===`);
  const started = performance.now();
  await section.run();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
