/** The one Graph endpoint the emulator answers; production code calls the same URLs. */
export const GRAPH_ORIGIN = 'https://graph.microsoft.com';
export const GRAPH_V1_BASE = `${GRAPH_ORIGIN}/v1.0`;
