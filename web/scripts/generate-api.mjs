// Generates the typed API client's types from the OpenAPI documents the services' builds write
// (quarkus.smallrye-openapi.store-schema-directory=target/openapi). --check fails when the
// committed files differ from what the documents say, so a changed API cannot go unnoticed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(here, '..', 'src', 'api', 'generated');
const services = ['participant', 'scheduling', 'training', 'payout'];
const check = process.argv.includes('--check');

let stale = [];
await mkdir(out, { recursive: true });
for (const service of services) {
  const source = join(root, `${service}-service`, 'target', 'openapi', 'openapi.json');
  if (!existsSync(source)) {
    console.error(`${source} is missing: build the services first (./mvnw package -DskipTests)`);
    process.exit(2);
  }
  const document = JSON.parse(await readFile(source, 'utf8'));
  const ast = await openapiTS(document, { alphabetize: true });
  const text = `// Generated from ${service}-service's OpenAPI document by scripts/generate-api.mjs. Do not edit.\n`
    + astToString(ast);
  const target = join(out, `${service}.ts`);
  const current = existsSync(target) ? await readFile(target, 'utf8') : '';
  if (current !== text) {
    if (check) stale.push(service);
    else await writeFile(target, text);
  }
}
if (stale.length) {
  console.error(`The generated API types are out of date for: ${stale.join(', ')}. Run: npm run api:generate`);
  process.exit(1);
}
console.log(check ? 'API types match the services\' OpenAPI documents' : `API types written to ${out}`);
