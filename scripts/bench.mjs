/**
 * `npm run bench`: runs each benchmark section in scripts/bench/ and prints its figures
 * (never asserts them). `npm run bench -- search` runs only the named sections.
 */
const sections = ['materials', 'search', 'lighthouse'];
const wanted = process.argv.slice(2);
for (const name of sections) {
  if (wanted.length && !wanted.includes(name)) continue;
  const { run, title } = await import(`./bench/${name}.mjs`);
  if (title) console.log(`\n=== ${title} ===`);
  const started = performance.now();
  await run();
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
