/**
 * Settings that differ per deployment, read at start from /config.json (the gateway serves it;
 * the Helm chart writes it from values), so one build runs everywhere.
 */
export interface AppConfig {
  oidcAuthority: string;
  oidcClientId: string;
}

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  const config = (await response.json()) as Partial<AppConfig>;
  if (!config.oidcAuthority || !config.oidcClientId) throw new Error('config.json is incomplete');
  return { oidcAuthority: config.oidcAuthority, oidcClientId: config.oidcClientId };
}
