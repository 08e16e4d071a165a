/* The reason codes the judge gives.  Codes are stable and documented in
 * docs/reference.md; what each means for the user (the advice, whether
 * another OpenSSL helps) is in cmake/OpenSSLProbe/guidance.tsv, read by
 * the module and embedded in the command.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_CODES_H
#define OSP_CODES_H

#define OSP_CODE_WRONG_LIBRARY "wrong-library-loaded"
#define OSP_CODE_LIBRARY_PATH "library-path-override"
#define OSP_CODE_DLL_SHADOWED "dll-shadowed"
#define OSP_CODE_MISMATCH "headers-library-mismatch"
#define OSP_CODE_MIN_INVALID "min-version-invalid"
#define OSP_CODE_VERSION_UNREADABLE "version-unreadable"
#define OSP_CODE_TOO_OLD "version-too-old"
#define OSP_CODE_FORK_FLOOR "fork-needs-floor"
#define OSP_CODE_FLAVOR_EXCLUDED "flavor-excluded"
#define OSP_CODE_TLS_DISABLED "tls-disabled"
#define OSP_CODE_TLS_UNSUPPORTED "tls-unsupported"
#define OSP_CODE_CLIENT_DISABLED "tls-client-disabled"
#define OSP_CODE_CONFIGURATION "tls-refused-by-configuration"
#define OSP_CODE_HANDSHAKE_FAILED "handshake-failed"
#define OSP_CODE_NO_HANDSHAKE "handshake-not-attempted"
#define OSP_CODE_END_OF_LIFE "end-of-life"
#define OSP_CODE_KNOWN_VULNERABLE "known-vulnerable"
#define OSP_CODE_FIPS_UNAVAILABLE "fips-unavailable"
#define OSP_CODE_FIPS_NOT_INSTALLED "fips-not-installed"
#define OSP_CODE_FIPS_SELF_TEST "fips-self-test-failed"
#define OSP_CODE_FIPS_NOT_ENABLED "fips-not-enabled"
#define OSP_CODE_FIPS_NOT_EXAMINED "fips-not-examined"
#define OSP_CODE_NO_SECURITY_LEVELS "security-levels-unsupported"
#define OSP_CODE_SECURITY_LEVEL "security-level-too-low"

#endif
