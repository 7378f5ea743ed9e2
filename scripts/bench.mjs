/** `npm run bench`: runs each benchmark section in scripts/bench/ and prints its figures. */
const sections = ['materials'];
for (const name of sections) {
  const { run } = await import(`./bench/${name}.mjs`);
  await run();
}
