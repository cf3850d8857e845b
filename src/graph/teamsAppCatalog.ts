import type { BatchItemResult, BatchRequest } from './batch';

/** The catalog id Graph binds to (`teamsApp@odata.bind`): for an org-uploaded app it is not the manifest id. */
export const catalogAppBind = (catalogAppId: string) =>
  `https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/${encodeURIComponent(catalogAppId)}`;

/**
 * `GET /appCatalogs/teamsApps?$filter=externalId eq '{manifest id}'` (AppCatalog.Read.All): an app the admin
 * uploaded carries the manifest id as `externalId`; store apps have none, so the filter finds only ours.
 */
export function catalogAppRequest(id: string, manifestId: string): BatchRequest {
  const filter = `externalId eq '${manifestId.replace(/'/g, "''")}'`;
  return { id, method: 'GET', url: `/appCatalogs/teamsApps?$filter=${encodeURIComponent(filter)}` };
}

interface CatalogPage {
  value?: { id?: string; distributionMethod?: string }[];
}

/** The app's catalog id, preferring the org-uploaded copy; null when the catalog does not hold the app. */
export function catalogAppIdOf(result: BatchItemResult): string | null {
  const apps = (result.body as CatalogPage | undefined)?.value ?? [];
  const organization = apps.find((app) => app.distributionMethod === 'organization');
  return (organization ?? apps[0])?.id ?? null;
}
