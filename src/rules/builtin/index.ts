/**
 * The built-in rules. Each is one module with its metadata, its check and its own tests
 * (test/rules/<id>.test.ts); add a rule by adding its module and listing it here.
 */
import type { Rule } from '../rule.js';
import { netSingleHostExclusive } from './net-single-host-exclusive.js';
import { secWeakAuthOnIdentityLink } from './sec-weak-auth-on-identity-link.js';

export const BUILTIN_RULES: readonly Rule[] = [netSingleHostExclusive, secWeakAuthOnIdentityLink];
