// Validates every object in the given multi-document YAML files against its published schema:
// Kubernetes (kubernetes-models), Strimzi, CloudNativePG and Gateway API (@kubernetes-models/*).
// Kinds without a schema package on the registries we reach are listed in NO_SCHEMA and reported;
// any other unknown apiVersion/kind fails, so nothing slips through unchecked.
// Usage: node validate.mjs rendered.yaml [more.yaml ...]; exit 1 on the first file with errors.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const PACKAGES = {
  "": "kubernetes-models",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
};
const NO_SCHEMA = new Set(["k8s.keycloak.org/Keycloak", "k8s.keycloak.org/KeycloakRealmImport"]);

async function modelFor(apiVersion, kind) {
  const slash = apiVersion.lastIndexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const pkg = PACKAGES[group] ?? (group.includes(".") && !group.endsWith(".k8s.io") ? undefined : PACKAGES[""]);
  if (!pkg) return undefined;
  try {
    const module = await import(`${pkg}/${apiVersion}`);
    return module[kind];
  } catch {
    return undefined;
  }
}

let failed = 0;
let checked = 0;
const unchecked = new Map();
for (const file of process.argv.slice(2)) {
  for (const doc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (doc.errors.length) {
      console.error(`${file}: YAML error: ${doc.errors[0].message}`);
      failed++;
      continue;
    }
    const object = doc.toJS();
    if (!object) continue;
    const id = `${object.kind} ${object.metadata?.name} (${object.apiVersion})`;
    if (NO_SCHEMA.has(`${object.apiVersion.split("/")[0]}/${object.kind}`)) {
      unchecked.set(object.kind, (unchecked.get(object.kind) ?? 0) + 1);
      continue;
    }
    const Model = await modelFor(object.apiVersion, object.kind);
    if (!Model) {
      console.error(`${file}: ${id}: no schema known for this apiVersion and kind`);
      failed++;
      continue;
    }
    try {
      new Model(object).validate();
      checked++;
    } catch (e) {
      console.error(`${file}: ${id}: ${e.message}`);
      failed++;
    }
  }
}
for (const [kind, n] of unchecked) console.log(`not schema-checked (no published schema package): ${n} × ${kind}`);
console.log(`${checked} objects valid, ${failed} invalid`);
process.exit(failed ? 1 : 0);
