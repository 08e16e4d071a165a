/* Whether a TLS handshake really completes for the client a program gets:
 * a client and a server in one process, joined by a BIO pair.  No sockets,
 * no network.  The server is pinned to exactly the protocol under test; the
 * client is the version-flexible one with the library's and the
 * configuration's defaults, so a completed handshake proves that a default
 * client offers and completes that protocol.  This catches what headers
 * cannot show: a 1.0.1 built with -DOPENSSL_NO_TLS1_2_CLIENT (its fixed
 * TLSv1_2_client_method still works, its default client stops offering
 * 1.2), a configuration's MinProtocol, a policy that refuses the key, a
 * header/library mismatch.
 * Builds as C99 and as C++14 or later. */
#ifndef OSP_HANDSHAKE_H
#define OSP_HANDSHAKE_H

#include <openssl/bio.h>
#include <openssl/err.h>

#include "osp_header.h"

/* Before 1.0.1 there is no TLS 1.2 to shake hands with, and none of this
 * is compiled: the probe still builds and reports the version. */
#if defined(OSP_API_PROTO_BOUNDS) || defined(OSP_API_FIXED_TLS1_2)
#  define OSP_HAVE_HANDSHAKE 1
#endif

#if defined(OSP_HAVE_HANDSHAKE) && defined(OSP_API_FIXED_TLS1_2) &&          \
  !defined(LIBRESSL_VERSION_NUMBER) && !defined(OPENSSL_NO_EC) &&             \
  OPENSSL_VERSION_NUMBER < 0x10002000L
#  include <openssl/ec.h>
#  include <openssl/objects.h>
/* 1.0.1: ECDHE only with an explicit curve.  A build without EC has no
 * ec.h to include (and no way to use the P-256 key below: its handshake
 * fails, and says so). */
#  define OSP_NEEDS_TMP_ECDH 1
#elif defined(OSP_HAVE_HANDSHAKE) && defined(OSP_API_FIXED_TLS1_2) &&          \
  !defined(LIBRESSL_VERSION_NUMBER) && OPENSSL_VERSION_NUMBER >= 0x10002000L
#  define OSP_NEEDS_ECDH_AUTO 1 /* 1.0.2 (a 1.0.1 without EC has neither) */
#endif

#if defined(OSP_HAVE_HANDSHAKE)

#include <stdint.h>

/* The widths the API takes: BoringSSL (and AWS-LC) and LibreSSL declare
 * functions with exact widths where OpenSSL has macros over long. */
#if defined(OPENSSL_IS_BORINGSSL)
typedef uint32_t osp_error_code;
#else
typedef unsigned long osp_error_code;
#endif
#if defined(OPENSSL_IS_BORINGSSL) || defined(LIBRESSL_VERSION_NUMBER)
#  define OSP_PROTOCOL(version) OSP_CAST(uint16_t, version)
#else
#  define OSP_PROTOCOL(version) (version)
#endif

/* A self-signed P-256 server certificate and its key, in DER.  P-256 is
 * quick to use and passes security levels up to 3, where an RSA-2048 key
 * would be refused ("ee key too small").  The client does not verify it:
 * the fact under test is the protocol, not the trust store.
 * Not const: 1.0.x takes these as unsigned char *. */
static unsigned char osp_server_key_der[] = {
  0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, 0x98, 0x38, 0xbe, 0x3e, 0x11,
  0xdb, 0x15, 0xac, 0x8d, 0x5d, 0xa4, 0x0b, 0x85, 0xe8, 0xd7, 0xf1, 0x5e,
  0x51, 0xd7, 0xb4, 0x8e, 0x6f, 0xff, 0x7a, 0xda, 0x26, 0x9e, 0x1b, 0x3b,
  0x25, 0x47, 0x25, 0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d,
  0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04, 0xbb, 0x12, 0xb5,
  0x26, 0x59, 0x8b, 0x0b, 0x40, 0x3f, 0x60, 0x68, 0xb9, 0x6d, 0xf8, 0x84,
  0x0b, 0xf7, 0x93, 0x22, 0x20, 0x93, 0x0f, 0xda, 0x51, 0xe4, 0x73, 0x90,
  0x52, 0x2f, 0x74, 0xad, 0xdc, 0xe3, 0xc1, 0x81, 0xb9, 0xe7, 0x79, 0x5d,
  0x2a, 0xd1, 0x23, 0x5f, 0x30, 0xe6, 0x87, 0xb8, 0xf8, 0x31, 0xa3, 0x98,
  0x8e, 0x7e, 0xba, 0x98, 0x34, 0x11, 0x95, 0xe0, 0x6b, 0x66, 0x8f, 0x46,
  0x88,
};
static unsigned char osp_server_cert_der[] = {
  0x30, 0x82, 0x01, 0x98, 0x30, 0x82, 0x01, 0x3d, 0xa0, 0x03, 0x02, 0x01,
  0x02, 0x02, 0x14, 0x61, 0x31, 0xb3, 0x1c, 0x62, 0x6c, 0x28, 0x10, 0x62,
  0xff, 0x2c, 0x6a, 0x32, 0x1b, 0xb5, 0xbf, 0x9a, 0x07, 0x37, 0xb6, 0x30,
  0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02, 0x30,
  0x20, 0x31, 0x1e, 0x30, 0x1c, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, 0x15,
  0x6f, 0x70, 0x65, 0x6e, 0x73, 0x73, 0x6c, 0x2d, 0x70, 0x72, 0x6f, 0x62,
  0x65, 0x2e, 0x69, 0x6e, 0x76, 0x61, 0x6c, 0x69, 0x64, 0x30, 0x20, 0x17,
  0x0d, 0x32, 0x36, 0x31, 0x31, 0x32, 0x36, 0x32, 0x33, 0x32, 0x37, 0x33,
  0x37, 0x5a, 0x18, 0x0f, 0x32, 0x31, 0x32, 0x36, 0x31, 0x31, 0x30, 0x32,
  0x32, 0x33, 0x32, 0x37, 0x33, 0x37, 0x5a, 0x30, 0x20, 0x31, 0x1e, 0x30,
  0x1c, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0c, 0x15, 0x6f, 0x70, 0x65, 0x6e,
  0x73, 0x73, 0x6c, 0x2d, 0x70, 0x72, 0x6f, 0x62, 0x65, 0x2e, 0x69, 0x6e,
  0x76, 0x61, 0x6c, 0x69, 0x64, 0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a,
  0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce,
  0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04, 0xbb, 0x12, 0xb5, 0x26,
  0x59, 0x8b, 0x0b, 0x40, 0x3f, 0x60, 0x68, 0xb9, 0x6d, 0xf8, 0x84, 0x0b,
  0xf7, 0x93, 0x22, 0x20, 0x93, 0x0f, 0xda, 0x51, 0xe4, 0x73, 0x90, 0x52,
  0x2f, 0x74, 0xad, 0xdc, 0xe3, 0xc1, 0x81, 0xb9, 0xe7, 0x79, 0x5d, 0x2a,
  0xd1, 0x23, 0x5f, 0x30, 0xe6, 0x87, 0xb8, 0xf8, 0x31, 0xa3, 0x98, 0x8e,
  0x7e, 0xba, 0x98, 0x34, 0x11, 0x95, 0xe0, 0x6b, 0x66, 0x8f, 0x46, 0x88,
  0xa3, 0x53, 0x30, 0x51, 0x30, 0x1d, 0x06, 0x03, 0x55, 0x1d, 0x0e, 0x04,
  0x16, 0x04, 0x14, 0x58, 0x81, 0x25, 0x19, 0x12, 0x96, 0x0f, 0x31, 0xf7,
  0xbe, 0x47, 0xcb, 0xe3, 0x8d, 0x66, 0xa8, 0x7f, 0x5e, 0x05, 0x14, 0x30,
  0x1f, 0x06, 0x03, 0x55, 0x1d, 0x23, 0x04, 0x18, 0x30, 0x16, 0x80, 0x14,
  0x58, 0x81, 0x25, 0x19, 0x12, 0x96, 0x0f, 0x31, 0xf7, 0xbe, 0x47, 0xcb,
  0xe3, 0x8d, 0x66, 0xa8, 0x7f, 0x5e, 0x05, 0x14, 0x30, 0x0f, 0x06, 0x03,
  0x55, 0x1d, 0x13, 0x01, 0x01, 0xff, 0x04, 0x05, 0x30, 0x03, 0x01, 0x01,
  0xff, 0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03,
  0x02, 0x03, 0x49, 0x00, 0x30, 0x46, 0x02, 0x21, 0x00, 0xb7, 0x90, 0x8f,
  0x4b, 0x72, 0xf8, 0x82, 0xea, 0x14, 0x54, 0x19, 0x5b, 0x49, 0x50, 0xb8,
  0x73, 0x1c, 0x11, 0x71, 0x4a, 0x59, 0x5a, 0x37, 0xd8, 0x41, 0xee, 0xcd,
  0x56, 0xdb, 0x02, 0x15, 0x90, 0x02, 0x21, 0x00, 0xc8, 0x5c, 0x6c, 0x14,
  0xac, 0x0c, 0xa3, 0xaf, 0xdf, 0xe1, 0x56, 0xed, 0x81, 0xac, 0xb5, 0xcd,
  0x95, 0x47, 0x1d, 0x20, 0xd2, 0xe7, 0x7c, 0x03, 0xf0, 0x10, 0xc0, 0x58,
  0x1a, 0x2a, 0xa7, 0x50,
};

/* Appends the library's queued error texts to fact->error. */
static inline void osp_handshake_fail(osp_tls_fact *fact, const char *what)
{
  osp_error_code code;
  size_t used =
    OSP_CAST(size_t, snprintf(fact->error, sizeof fact->error, "%s", what));
  while ((code = ERR_get_error()) != 0) {
    char text[OSP_TEXT_MAX];
    size_t i;
    ERR_error_string_n(code, text, sizeof text);
    if (used + 2 < sizeof fact->error) {
      fact->error[used++] = ':';
      fact->error[used++] = ' ';
    }
    for (i = 0; text[i] != '\0' && used + 1 < sizeof fact->error; ++i)
      fact->error[used++] = text[i];
    fact->error[used < sizeof fact->error ? used : sizeof fact->error - 1] = '\0';
  }
}

/* Gives ctx the server's key and certificate; returns 0 on failure. */
static inline int osp_handshake_credentials(SSL_CTX *ctx)
{
  if (SSL_CTX_use_certificate_ASN1(ctx, sizeof osp_server_cert_der,
                                   osp_server_cert_der) != 1 ||
      SSL_CTX_use_PrivateKey_ASN1(EVP_PKEY_EC, ctx, osp_server_key_der,
                                  sizeof osp_server_key_der) != 1)
    return 0;
#if defined(OSP_NEEDS_TMP_ECDH)
  {
    EC_KEY *curve = EC_KEY_new_by_curve_name(NID_X9_62_prime256v1);
    if (curve != OSP_NULL) {
      /* SSL_CTX_set_tmp_ecdh, without the macro's C cast. */
      SSL_CTX_ctrl(ctx, SSL_CTRL_SET_TMP_ECDH, 0, curve);
      EC_KEY_free(curve);
    }
  }
#elif defined(OSP_NEEDS_ECDH_AUTO)
  SSL_CTX_set_ecdh_auto(ctx, 1);
#endif
  return 1;
}

/* The one context both ends share, made as a program makes its own, so the
 * configuration's system_default settings apply to it.  Contexts are
 * costly (OpenSSL 3 fetches every algorithm and decodes the key for each),
 * so a single one serves the configuration facts and client and server
 * alike; the generic method takes the same configuration commands as the
 * client method.  The server's key is added when a handshake needs it. */
static inline SSL_CTX *osp_handshake_context(void)
{
#if defined(OSP_API_PROTO_BOUNDS)
  return SSL_CTX_new(TLS_method());
#else
  return SSL_CTX_new(SSLv23_method());
#endif
}

/* Pins ssl to exactly one protocol version; returns 0 if it cannot be. */
static inline int osp_handshake_pin(SSL *ssl, int version, int client)
{
#if defined(OSP_API_PROTO_BOUNDS)
  (void)client;
  return SSL_set_min_proto_version(ssl, OSP_PROTOCOL(version)) &&
         SSL_set_max_proto_version(ssl, OSP_PROTOCOL(version));
#else
  /* 1.0.1 and 1.0.2 know TLS 1.2 at most.  A client pinned the way
   * programs did it then: the fixed method.  A server: every other
   * version switched off. */
  if (version != TLS1_2_VERSION)
    return 0;
  if (client)
    return SSL_set_ssl_method(ssl, TLSv1_2_client_method());
  SSL_set_options(ssl, SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 |
                         SSL_OP_NO_TLSv1_1);
  return 1;
#endif
}

/* One handshake step; returns 0 on a hard failure. */
static inline int osp_handshake_step(SSL *ssl, int *done)
{
  int rc = SSL_do_handshake(ssl);
  int error;
  if (rc == 1) {
    *done = 1;
    return 1;
  }
  error = SSL_get_error(ssl, rc);
  return error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE;
}

/* Runs one handshake against a server pinned to version.  The client is
 * pinned too only when pin_client is set.  Returns 1 if it completed with
 * that version; with a non-NULL record, fills its protocol, cipher and
 * error. */
static inline int osp_handshake_run(SSL_CTX *ctx, int version, int pin_client,
                                    osp_tls_fact *record)
{
  osp_tls_fact scratch;
  SSL *client = OSP_NULL;
  SSL *server = OSP_NULL;
  BIO *client_io = OSP_NULL;
  BIO *server_io = OSP_NULL;
  int client_done = 0;
  int server_done = 0;
  int round;
  int ok = 0;

  if (record == OSP_NULL)
    record = &scratch;
  if (ctx == OSP_NULL) {
    osp_handshake_fail(record, "cannot create a TLS context");
    goto done;
  }
  client = SSL_new(ctx);
  server = SSL_new(ctx);
  if (client == OSP_NULL || server == OSP_NULL ||
      !osp_handshake_pin(server, version, 0) ||
      (pin_client && !osp_handshake_pin(client, version, 1)) ||
      !BIO_new_bio_pair(&client_io, 0, &server_io, 0)) {
    osp_handshake_fail(record, "cannot set up a connection for this version");
    goto done;
  }
  SSL_set_bio(client, client_io, client_io);
  SSL_set_bio(server, server_io, server_io);
  SSL_set_connect_state(client);
  SSL_set_accept_state(server);
  /* A handshake takes a handful of flights; the bound only stops a loop. */
  for (round = 0; round < 32 && !(client_done && server_done); ++round) {
    if ((!client_done && !osp_handshake_step(client, &client_done)) ||
        (!server_done && !osp_handshake_step(server, &server_done))) {
      osp_handshake_fail(record, "the handshake failed");
      goto done;
    }
  }
  if (!(client_done && server_done)) {
    osp_handshake_fail(record, "the handshake did not finish");
    goto done;
  }
  snprintf(record->protocol, sizeof record->protocol, "%s",
           SSL_get_version(client));
  if (SSL_version(client) != version) {
    snprintf(record->error, sizeof record->error,
             "the server allows only %s, the client negotiated %s",
             osp_protocol_name(version), SSL_get_version(client));
    goto done;
  }
  snprintf(record->cipher, sizeof record->cipher, "%s",
           SSL_CIPHER_get_name(SSL_get_current_cipher(client)));
  ok = 1;
done:
  SSL_free(client); /* frees the BIOs too */
  SSL_free(server);
  ERR_clear_error();
  return ok;
}

#if defined(OSP_API_CONFIG)
/* A context with the configuration's settings undone: the protocol range,
 * cipher lists, options and security level of a library used without a
 * configuration file.  From 3.0 on it lives in a library context of its
 * own, which loads no configuration (and so no fips=yes default). */
static inline SSL_CTX *osp_handshake_unconfigured(void **libctx_out)
{
  SSL_CTX *ctx;
  *libctx_out = OSP_NULL;
#  if OPENSSL_VERSION_NUMBER >= 0x30000000L
  {
    OSSL_LIB_CTX *libctx = OSSL_LIB_CTX_new();
    if (libctx == OSP_NULL)
      return OSP_NULL;
    *libctx_out = libctx;
    ctx = SSL_CTX_new_ex(libctx, OSP_NULL, TLS_method());
  }
#  else
  ctx = SSL_CTX_new(TLS_method());
#  endif
  if (ctx == OSP_NULL)
    return OSP_NULL;
  SSL_CTX_set_min_proto_version(ctx, 0);
  SSL_CTX_set_max_proto_version(ctx, 0);
  SSL_CTX_clear_options(ctx, SSL_OP_NO_SSLv3 | SSL_OP_NO_TLSv1 |
                               SSL_OP_NO_TLSv1_1 | SSL_OP_NO_TLSv1_2 |
                               SSL_OP_NO_TLSv1_3);
  SSL_CTX_set_security_level(ctx, OSP_DEFAULT_SECURITY_LEVEL);
  if (SSL_CTX_set_cipher_list(ctx, "DEFAULT") != 1 ||
#  if defined(TLS_DEFAULT_CIPHERSUITES)
      SSL_CTX_set_ciphersuites(ctx, TLS_DEFAULT_CIPHERSUITES) != 1 ||
#  endif
      !osp_handshake_credentials(ctx)) {
    SSL_CTX_free(ctx);
    return OSP_NULL;
  }
  return ctx;
}

static inline void osp_handshake_unconfigured_free(SSL_CTX *ctx, void *libctx)
{
  SSL_CTX_free(ctx);
#  if OPENSSL_VERSION_NUMBER >= 0x30000000L
  OSSL_LIB_CTX_free(OSP_CAST(OSSL_LIB_CTX *, libctx));
#  else
  (void)libctx;
#  endif
}
#endif /* OSP_API_CONFIG */

/* Records in *fact whether a default client completes version against a
 * server pinned to it; when it does not, whether a pinned client does, and
 * whether one does with the configuration undone: the cause. */
static inline void osp_handshake(osp_tls_fact *fact, int version, SSL_CTX *ctx)
{
  if (ctx != OSP_NULL && !osp_handshake_credentials(ctx)) {
    /* A policy may refuse the key itself (a security level above 3). */
    osp_handshake_fail(fact, "cannot load the server's P-256 key");
    fact->handshake = 0;
  } else {
    fact->handshake = osp_handshake_run(ctx, version, 0, fact);
    if (fact->handshake)
      return;
    if (ctx != OSP_NULL)
      fact->pinned = osp_handshake_run(ctx, version, 1, OSP_NULL);
  }
#if defined(OSP_API_CONFIG)
  if (fact->pinned != 1) {
    void *libctx = OSP_NULL;
    SSL_CTX *plain = osp_handshake_unconfigured(&libctx);
    fact->unconfigured =
      plain != OSP_NULL && osp_handshake_run(plain, version, 1, OSP_NULL);
    osp_handshake_unconfigured_free(plain, libctx);
  }
#endif
}

/* Runs the handshakes for the protocol the client needs (12 or 13) on ctx.
 * The other version is reported as compiled in or not, without a
 * handshake: each costs about as much as the rest of the probe. */
static inline void osp_handshake_facts(osp_facts *facts, int tls, SSL_CTX *ctx)
{
  osp_tls_fact *fact = tls >= 13 ? &facts->tls1_3 : &facts->tls1_2;
  if (!fact->compiled)
    return;
#  if defined(OSP_API_PROTO_BOUNDS) && defined(TLS1_3_VERSION)
  osp_handshake(fact, tls >= 13 ? TLS1_3_VERSION : TLS1_2_VERSION, ctx);
#  else
  /* TLS 1.3 is never compiled in here (osp_header.h): fact is TLS 1.2's. */
  osp_handshake(fact, TLS1_2_VERSION, ctx);
#  endif
}

#endif /* OSP_HAVE_HANDSHAKE */

#endif
