import { createGraphEmulator } from '../../../../src/demo/graphEmulator';
import { loadDefaultDemoSeed } from '../../../../src/demo/seed/defaultDemoSeed';

export interface SeedTeamsUser {
  userPrincipalName: string;
  userId: string;
  userDisplayName: string;
  loginHint: string;
}

/** People of the demo seed as the emulated Teams names them (src/demo/seed/defaultSeed.json). */
export const SEED_TEAMS_USERS: Record<'claire' | 'ethan' | 'sophie', SeedTeamsUser> = {
  claire: {
    userPrincipalName: 'claire.tremblay@contoso.ca',
    userId: '4b2e8f3a-9c1d-4e6b-8a7f-1d3c5e9b2a60',
    userDisplayName: 'Claire Tremblay',
    loginHint: 'claire.tremblay@contoso.ca',
  },
  ethan: {
    userPrincipalName: 'ethan.wong@contoso.ca',
    userId: '5c8a1f3d-0e7b-4d26-b9a4-2f6e8c1d7a35',
    userDisplayName: 'Ethan Wong',
    loginHint: 'ethan.wong@contoso.ca',
  },
  sophie: {
    userPrincipalName: 'sophie.lavoie@contoso.ca',
    userId: '9b2d7e4f-6c1a-4a38-8f5b-3e9d0c7a1b82',
    userDisplayName: 'Sophie Lavoie',
    loginHint: 'sophie.lavoie@contoso.ca',
  },
};

const seedEmulator = createGraphEmulator({ seed: loadDefaultDemoSeed() });

/** The Teams meeting chat of a seed event (derived from its join URL, which the week shift keeps). */
export function seedChatIdFor(subject: string): string {
  return seedEmulator.chatIdForEvent(subject) ?? '';
}
