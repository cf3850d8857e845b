import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppManifestUtils, TeamsManifestConverter } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { buildEnv, readPackageEnv, templateValues } from '../../scripts/packaging/env.mjs';
import {
  bundledSchemaPath,
  loadBundledSchema,
  validateAgainstBundledSchema,
} from '../../scripts/packaging/schema.mjs';
import { fillTemplate, placeholdersIn } from '../../scripts/packaging/template.mjs';
import { GRAPH_SCOPES } from '../../src/auth/authConfig';
import { PERSONAL_TAB_ENTITY_ID } from '../../src/domain/appDeployment';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));

const EXAMPLE_ENV = {
  APP_ID: '7c9f3e2a-1b4d-4e8f-9a6b-2c3d4e5f6a7b',
  AAD_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  APP_ORIGIN: 'https://agenda.contoso.ca',
  APP_VERSION: '1.2.3',
};

/** The parts of the manifest these tests look at; the schema checks the rest. */
interface Action {
  id: string;
  type: string;
}
interface Runtime {
  id: string;
  code: { page: string; script?: string };
  lifetime?: string;
  actions: Action[];
}
interface Capability {
  name: string;
  minVersion?: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  staticTabs: { entityId: string; contentUrl: string; scopes: string[]; context: string[] }[];
  configurableTabs: {
    configurationUrl: string;
    canUpdateConfiguration: boolean;
    scopes: string[];
    context: string[];
    meetingSurfaces: string[];
  }[];
  validDomains: string[];
  showLoadingIndicator: boolean;
  isFullScreen: boolean;
  webApplicationInfo: {
    id: string;
    resource?: string;
    nestedAppAuthInfo: { redirectUri: string; scopes: string[] }[];
  };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  extensions: {
    requirements: { scopes: string[]; capabilities: Capability[] };
    runtimes: Runtime[];
    ribbons: {
      contexts: string[];
      tabs: { groups: { controls: { type: string; actionId: string }[] }[] }[];
    }[];
    autoRunEvents: {
      requirements: { capabilities: Capability[] };
      events: { type: string; actionId: string }[];
    }[];
  }[];
}

function exampleConfig() {
  const result = readPackageEnv(EXAMPLE_ENV);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const template = readJson('manifest/manifest.template.json');
const manifest = fillTemplate(template, templateValues(exampleConfig())) as Manifest;
const frCa = fillTemplate(readJson('manifest/fr-ca.json'), templateValues(exampleConfig())) as Record<
  string,
  string
>;
const extension = manifest.extensions[0]!;
const runtimeById = (id: string) => extension.runtimes.find((runtime) => runtime.id === id);

describe('manifest template', () => {
  it('uses exactly the placeholders npm run package fills', () => {
    expect(placeholdersIn(template)).toEqual([
      'AAD_CLIENT_ID',
      'APP_HOST',
      'APP_ID',
      'APP_ORIGIN',
      'APP_VERSION',
    ]);
    expect(JSON.stringify(manifest)).not.toContain('${');
  });

  it('is manifest 1.22 (the first with nestedAppAuthInfo) and its schema is bundled, so validation is offline', () => {
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
    );
    expect(readFileSync(bundledSchemaPath(manifest.$schema), 'utf8')).toContain('nestedAppAuthInfo');
  });

  it('filled with example values, validates against the official schema with zero errors', async () => {
    expect(await validateAgainstBundledSchema(manifest)).toEqual([]);
  });

  it("passes @microsoft/app-manifest's own validator and typed converter too", async () => {
    const schema = await loadBundledSchema(manifest.$schema);
    const asPackageSchema = schema as unknown as Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];
    const typed = TeamsManifestConverter.jsonToManifest(JSON.stringify(manifest));
    expect(typed.manifestVersion).toBe('1.22');
    expect(await AppManifestUtils.validateAgainstSchema(typed, asPackageSchema)).toEqual([]);
  });

  it('reports each schema error with its JSON path', async () => {
    const broken = structuredClone(manifest) as unknown as Record<string, unknown>;
    delete broken.version;
    (broken.staticTabs as { context: string[] }[])[0]!.context.push('calendarTab');
    const errors = await validateAgainstBundledSchema(broken);
    expect(errors).toContainEqual({ path: '/', message: "must have required property 'version'" });
    expect(errors.map((error) => error.path)).toContain('/staticTabs/0/context/2');
  });

  it('carries the deployment values', () => {
    expect(manifest.id).toBe(EXAMPLE_ENV.APP_ID);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toEqual(['agenda.contoso.ca']);
    expect(manifest.showLoadingIndicator).toBe(true);
    expect(manifest.isFullScreen).toBe(false);
    expect(buildEnv(exampleConfig())).toEqual({
      VITE_AAD_CLIENT_ID: EXAMPLE_ENV.AAD_CLIENT_ID,
      VITE_APP_ORIGIN: EXAMPLE_ENV.APP_ORIGIN,
      VITE_TEAMS_APP_ID: EXAMPLE_ENV.APP_ID,
    });
  });
});

describe('Teams surfaces', () => {
  it('has the personal "My 1:1s" tab, also offered in the side panel of calls and 1:1 meetings', () => {
    expect(manifest.staticTabs).toHaveLength(1);
    const tab = manifest.staticTabs[0]!;
    expect(tab.entityId).toBe(PERSONAL_TAB_ENTITY_ID);
    expect(tab.contentUrl).toBe('https://agenda.contoso.ca/?host=teams');
    expect(tab.scopes).toEqual(['personal']);
    expect(tab.context).toEqual(expect.arrayContaining(['personalTab', 'meetingSidePanel']));
  });

  it('has the meeting tab: side panel, details tab and meeting chat tab, in meetings only', () => {
    const tab = manifest.configurableTabs[0]!;
    expect(tab.configurationUrl).toBe('https://agenda.contoso.ca/config.html?host=teams');
    expect(tab.canUpdateConfiguration).toBe(true);
    expect(tab.scopes).toEqual(['groupChat']);
    expect([...tab.context].sort()).toEqual(['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel']);
    expect(tab.context).not.toContain('privateChatTab');
    expect(tab.meetingSurfaces).toEqual(['sidePanel']);
  });

  it('declares nested app auth with the brk-multihub redirect of the origin and the app scopes in order', () => {
    const { webApplicationInfo } = manifest;
    expect(webApplicationInfo.id).toBe(EXAMPLE_ENV.AAD_CLIENT_ID);
    // NAA needs no exposed API, so no `resource` (that is for the older Teams SSO token).
    expect(webApplicationInfo.resource).toBeUndefined();
    expect(webApplicationInfo.nestedAppAuthInfo).toHaveLength(1);
    const naa = webApplicationInfo.nestedAppAuthInfo[0]!;
    expect(naa.redirectUri).toBe('brk-multihub://agenda.contoso.ca');
    expect(naa.scopes).toEqual([
      'User.Read',
      'User.ReadBasic.All',
      'Calendars.ReadWrite',
      'Files.ReadWrite.All',
      'Chat.ReadBasic',
      'Tasks.ReadWrite',
      'MailboxSettings.Read',
    ]);
    // The host serves the prefetched token only when the app asks for the same scopes in the same order.
    const asked = naa.scopes.filter((scope) => (GRAPH_SCOPES as readonly string[]).includes(scope));
    expect(asked).toEqual([...GRAPH_SCOPES]);
  });

  it('keeps the host in brk-multihub and validDomains for an origin with a port', () => {
    const config = readPackageEnv({ ...EXAMPLE_ENV, APP_ORIGIN: 'https://localhost:5173' });
    if (!config.ok) throw new Error('example env rejected');
    const local = fillTemplate(template, templateValues(config.config)) as Manifest;
    expect(local.validDomains).toEqual(['localhost:5173']);
    expect(local.webApplicationInfo.nestedAppAuthInfo[0]!.redirectUri).toBe('brk-multihub://localhost:5173');
  });

  it('asks for the one resource-specific permission the add-in needs, delegated', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
    ]);
  });
});

describe('Outlook add-in', () => {
  const launchSource = readFileSync(resolve(root, 'src/app/entries/outlookLaunchEvents.ts'), 'utf8');
  const associated = [...launchSource.matchAll(/\bassociate\(\s*['"]([^'"]+)['"]/g)].map((match) => match[1]);

  it('runs in Outlook (mail scope) from Mailbox 1.10', () => {
    expect(extension.requirements.scopes).toEqual(['mail']);
    expect(extension.requirements.capabilities).toEqual([{ name: 'Mailbox', minVersion: '1.10' }]);
  });

  it('has a task pane on appointments, opened from a ribbon button when composing or reading', () => {
    const pane = runtimeById('agendaTaskPaneRuntime');
    expect(pane?.code.page).toBe('https://agenda.contoso.ca/taskpane.html');
    const openPage = pane?.actions.find((action) => action.type === 'openPage');
    expect(openPage).toBeDefined();
    const ribbon = extension.ribbons[0]!;
    expect([...ribbon.contexts].sort()).toEqual(['meetingDetailsAttendee', 'meetingDetailsOrganizer']);
    const controls = ribbon.tabs.flatMap((tab) => tab.groups.flatMap((group) => group.controls));
    expect(controls).toContainEqual(expect.objectContaining({ type: 'button', actionId: openPage?.id }));
  });

  it('has a short-lived launch-event runtime loading the built page and the classic-Outlook script', () => {
    const launch = runtimeById('launchEventRuntime');
    expect(launch?.lifetime).toBe('short');
    expect(launch?.code).toEqual({
      page: 'https://agenda.contoso.ca/outlook/launchevents.html',
      script: 'https://agenda.contoso.ca/outlook/launchevents.js',
    });
    expect(launch?.actions.every((action) => action.type === 'executeFunction')).toBe(true);
  });

  it('declares exactly the actions that src/app/entries/outlookLaunchEvents.ts associates', () => {
    expect(associated.length).toBeGreaterThan(0);
    const launchActions = runtimeById('launchEventRuntime')?.actions.map((action) => action.id) ?? [];
    expect([...launchActions].sort()).toEqual([...associated].sort());
  });

  it('runs on a new appointment (Mailbox 1.10) and on attendee changes (Mailbox 1.11)', () => {
    const byEvent = new Map(
      extension.autoRunEvents.flatMap((entry) =>
        entry.events.map((event) => [
          event.type,
          { actionId: event.actionId, requirements: entry.requirements },
        ]),
      ),
    );
    expect([...byEvent.keys()].sort()).toEqual([
      'appointmentAttendeesChanged',
      'newAppointmentOrganizerCreated',
    ]);
    expect(byEvent.get('newAppointmentOrganizerCreated')?.actionId).toBe('onNewAppointmentOrganizer');
    expect(byEvent.get('newAppointmentOrganizerCreated')?.requirements.capabilities).toEqual([
      { name: 'Mailbox', minVersion: '1.10' },
    ]);
    expect(byEvent.get('appointmentAttendeesChanged')?.actionId).toBe('onAppointmentAttendeesChanged');
    expect(byEvent.get('appointmentAttendeesChanged')?.requirements.capabilities).toEqual([
      { name: 'Mailbox', minVersion: '1.11' },
    ]);
    for (const { actionId } of byEvent.values()) expect(associated).toContain(actionId);
  });
});

describe('localization', () => {
  it('defaults to en-us and adds fr-ca', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en-us');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'fr-ca', file: 'fr-ca.json' },
    ]);
  });

  it('fr-ca.json validates against the bundled localization schema', async () => {
    expect(frCa.$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json',
    );
    expect(await validateAgainstBundledSchema(frCa)).toEqual([]);
  });

  it('translates only strings that exist in the manifest', () => {
    const lookUp = (key: string): unknown =>
      key
        .replace(/\[(\d+)\]/g, '.$1')
        .split('.')
        .reduce<unknown>(
          (node, part) =>
            node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
          manifest,
        );
    for (const key of Object.keys(frCa).filter((name) => name !== '$schema')) {
      expect(typeof lookUp(key), key).toBe('string');
    }
  });
});
