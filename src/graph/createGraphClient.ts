import {
  AuthenticationHandler,
  type AuthenticationProvider,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
} from '@microsoft/microsoft-graph-client';
import { AuthError, type TokenProvider } from '../auth/TokenProvider';
import { toGraphRequestError } from './graphRequestError';

export interface GraphRetryPolicy {
  /** Seconds to wait when Graph sends no Retry-After. */
  delaySeconds: number;
  maxRetries: number;
}

/** Graph's client retries 429, 503 and 504, honouring Retry-After; three tries keep a throttled UI responsive. */
export const DEFAULT_RETRY_POLICY: GraphRetryPolicy = { delaySeconds: 1, maxRetries: 3 };

/** The one handle the graph modules use: the SDK client plus the mapping of its failures. */
export interface GraphConnection {
  readonly client: Client;
  /** Runs a request; any failure becomes a GraphRequestError. */
  run<T>(request: (client: Client) => Promise<T>): Promise<T>;
}

class TokenProviderAuthentication implements AuthenticationProvider {
  lastAuthError: AuthError | null = null;

  constructor(
    private readonly tokens: TokenProvider,
    private readonly scopes: readonly string[],
  ) {}

  async getAccessToken(): Promise<string> {
    try {
      const token = await this.tokens.getAccessToken(this.scopes);
      this.lastAuthError = null;
      return token;
    } catch (error) {
      if (error instanceof AuthError) this.lastAuthError = error;
      throw error;
    }
  }
}

/** The one Graph client factory: authentication, the SDK's own RetryHandler (configured), then fetch. */
export function createGraphClient(
  tokens: TokenProvider,
  scopes: readonly string[],
  retry: GraphRetryPolicy = DEFAULT_RETRY_POLICY,
): GraphConnection {
  const authentication = new TokenProviderAuthentication(tokens, scopes);
  const authHandler = new AuthenticationHandler(authentication);
  const retryHandler = new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries));
  authHandler.setNext(retryHandler);
  retryHandler.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: authHandler });
  return {
    client,
    async run(request) {
      try {
        return await request(client);
      } catch (error) {
        throw toGraphRequestError(error, authentication.lastAuthError);
      }
    },
  };
}
