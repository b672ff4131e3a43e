/** What the middleware puts on a request's context for the handlers after it. */
import type { Role } from '../storage/tables.js';
import type { TokenIdentity } from '../storage/tokens.js';
import type { Workspace } from '../storage/workspaces.js';

export interface ApiEnv {
  Variables: {
    /** The token the request was made with (every route but health). */
    identity: TokenIdentity;
    /** On workspace routes: the workspace and the token's role in it. */
    workspace: Workspace;
    role: Role;
  };
}
